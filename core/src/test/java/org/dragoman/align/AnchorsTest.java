package org.dragoman.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorsTest {

  @Test
  void number_groupingStylesOfManyScripts_giveOneValue() {
    assertEquals("12282", Anchors.number("12,282"));
    assertEquals("12200", Anchors.number("12.200"));
    assertEquals("6.5", Anchors.number("6,5"));
    assertEquals("3400", Anchors.number("3 400"));
  }

  @Test
  void of_arabicIndicDigitsAndLatinNamesInsideArabic() {
    List<String> a = Anchors.of("وقّع ١٢٬٢٨٢ شخصا، منهم أعضاء في CUPE وUNIFOR، على Twitter؟");
    assertTrue(a.contains("#12282"), a.toString());
    assertTrue(a.contains("cupe"), a.toString());
    assertTrue(a.contains("twitter"), a.toString());
    assertTrue(a.contains("?"), a.toString());
  }

  @Test
  void of_englishSentence_skipsTheCapitalOfItsFirstWord() {
    List<String> a = Anchors.of("Supporters protested in Toronto and Montreal with #ReleaseAmarFayaz.");
    assertTrue(a.contains("toronto") && a.contains("montreal"), a.toString());
    assertTrue(a.contains("#releaseamarfayaz"), a.toString());
    assertTrue(!a.contains("supporters"), a.toString());
  }
}
