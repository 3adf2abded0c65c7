package org.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

class ScriptsTest {

  @Test
  void isLatin_agreesWithIcuOnEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Scripts.isLatin(cp) != (UScript.getScript(cp) == UScript.LATIN)) {
        assertEquals(UScript.getScript(cp) == UScript.LATIN, Scripts.isLatin(cp),
            "U+" + Integer.toHexString(cp));
      }
    }
  }

  @Test
  void isMostlyLatin_countsLetters() {
    assertTrue(Scripts.isMostlyLatin("Amar Fayaz released"));
    assertFalse(Scripts.isMostlyLatin("أُطلق سراح عمار فياز CUPE"));
    assertFalse(Scripts.isMostlyLatin("اطلق سراح عمار فياز CUPE"));
    assertTrue(Scripts.isMostlyLatin("12345 !?"));
  }
}
