package org.dragoman.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dragoman.model.Mention;
import org.junit.jupiter.api.Test;

class SiteTextTest {
  @Test
  void datesInTheLanguagesOwnFormatAndCalendar() {
    LocalDate d = LocalDate.of(2025, 3, 1);
    assertEquals("March 1, 2025", SiteText.date(d, "en"));
    assertTrue(SiteText.date(d, "ar").contains("مارس"), SiteText.date(d, "ar"));
    assertTrue(SiteText.date(d, "es").contains("marzo"), SiteText.date(d, "es"));
    assertTrue(SiteText.date(d, "ur").contains("مارچ"), SiteText.date(d, "ur"));
    // Persian: the solar calendar CLDR gives Iran (1 March 2025 is 11 Esfand 1403)
    assertTrue(SiteText.date(d, "fa").contains("اسفند"), SiteText.date(d, "fa"));
    assertTrue(SiteText.month("2025-03", "ar").contains("مارس"), SiteText.month("2025-03", "ar"));
  }

  @Test
  void theHijriDateBesideTheGregorianWhenTheSourceGaveIt() {
    LocalDate d = LocalDate.of(2025, 3, 1);
    Mention hijri = new Mention(Mention.Type.DATE, "1 رمضان 1446", 0, 12, "2025-03-01", "day",
        null, "islamic-umalqura", "1446-09-01");
    String shown = SiteText.sourceCalendar(d, List.of(hijri), "ar");
    assertTrue(shown.contains("رمضان") && shown.contains("1446"), shown);
    Mention gregorian = new Mention(Mention.Type.DATE, "1 مارس 2025", 0, 11, "2025-03-01", "day",
        null, null, null);
    assertNull(SiteText.sourceCalendar(d, List.of(gregorian), "ar"));
    Mention otherDay = new Mention(Mention.Type.DATE, "2 رمضان 1446", 0, 12, "2025-03-02", "day",
        null, "islamic-umalqura", "1446-09-02");
    assertNull(SiteText.sourceCalendar(d, List.of(otherDay), "ar"));
  }

  @Test
  void wordsNamesAndPluralsPerLanguage() {
    assertEquals("العربية", SiteText.languageName("ar"));
    assertEquals("اردو", SiteText.languageName("ur"));
    assertEquals("Español", SiteText.languageName("es"));
    assertEquals("1 article", SiteText.count("en", 1));
    assertEquals("2 articles", SiteText.count("en", 2));
    assertEquals("مقالتان", SiteText.count("ar", 2)); // Arabic's dual
    assertTrue(SiteText.count("ar", 3).contains("مقالات"), SiteText.count("ar", 3));
    assertEquals("المقالات", SiteText.words("ar").get("articles"));
    assertEquals("Articles", SiteText.words("sw").get("articles")); // no bundle: English
  }
}
