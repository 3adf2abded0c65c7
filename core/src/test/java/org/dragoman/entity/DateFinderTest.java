package org.dragoman.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2021, 1, 5); // a Tuesday

  private static List<String> values(String lang, String text) {
    return DateFinder.forLanguage(lang).find(text, PUBLISHED, DatePreference.PAST).stream()
        .map(f -> f.date().value()).toList();
  }

  private static String parse(String lang, String text, DatePreference p) {
    DateFinder.Found f = DateFinder.forLanguage(lang).parse(text, LocalDate.of(2013, 2, 12), p);
    return f == null ? null : f.date().value();
  }

  @Test
  void sameDayInEnglishAndArabicWithAndWithoutDiacritics() {
    assertEquals(List.of("2020-11-08"), values("en", "The strike began on 8 November 2020 in Faisalabad."));
    assertEquals(List.of("2020-11-08"), values("ar", "بدأ الإضراب يوم 08 نوفمبر 2020 في فيصل آباد"));
    assertEquals(List.of("2020-11-08"), values("ar", "بدأ الإضراب يوم ٨ نُوفَمْبِر ٢٠٢٠"));
  }

  @Test
  void arabicRegionalMonthsDoubledFormsAndOrdinals() {
    assertEquals(List.of("2021-01-03"), values("ar", "في الثالث من كانون الثاني/يناير 2021 اجتمعوا"));
    assertEquals(List.of("2020-01-14"), values("ar", "يوم 14 جانفي 2020 في تونس"));
  }

  @Test
  void hijriDateIsConvertedAndKeepsItsCalendar() {
    DateFinder.Found f = DateFinder.forLanguage("ar").find("وصل يوم ١٥ رمضان ١٤٤٢ هـ", PUBLISHED, DatePreference.PAST).get(0);
    assertEquals("2021-04-27", f.date().value());
    assertEquals("islamic-umalqura", f.date().calendar());
    assertEquals("1442-09-15", f.date().original());
  }

  @Test
  void persianSolarCalendar() {
    DateFinder.Found f = DateFinder.forLanguage("fa").find("در ۱۸ آبان ۱۳۹۹ اعتصاب شد", PUBLISHED, DatePreference.PAST).get(0);
    assertEquals("2020-11-08", f.date().value());
    assertEquals("persian", f.date().calendar());
  }

  @Test
  void relativeDatesFollowThePreference() {
    assertEquals(List.of("2021-01-04"), values("en", "He was released yesterday."));
    assertEquals(List.of("2021-01-04"), values("ar", "أُطلق سراحه وأمس خرج"));
    assertEquals(List.of("2021-01-02"), values("ar", "قبل ثلاثة أيام"));
    assertEquals(List.of("2021-01-05"), values("en", "The vigil was held on Tuesday."));
    assertEquals(List.of("2020-12-30"), values("en", "The vigil was held on Wednesday."));
    assertEquals("2013-02-19", parse("en", "on Tuesday", DatePreference.FUTURE));
    // the reference is a Tuesday: "on Tuesday" is that day under past and nearest, in every
    // language; future keeps the dates gold's convention (a week on)
    assertEquals("2013-02-11", parse("en", "on Monday", DatePreference.PAST));
    assertEquals("2013-02-12", parse("en", "on Tuesday", DatePreference.PAST));
    assertEquals("2013-02-12", parse("ar", "يوم الثلاثاء", DatePreference.PAST));
    assertEquals("2013-02-12", parse("en", "on Tuesday", DatePreference.NEAREST));
    assertEquals("2013-02-12", parse("es", "el martes", DatePreference.NEAREST));
    assertEquals("2013-02-12", parse("ar", "يوم الثلاثاء", DatePreference.NEAREST));
    assertEquals("2012-04-22", parse("en", "22 April", DatePreference.PAST));
    assertEquals("2013-04-22", parse("en", "22 April", DatePreference.FUTURE));
    assertEquals("2013-02-05", parse("es", "el martes pasado", DatePreference.FUTURE));
    assertEquals("2013-01-22", parse("fr", "il y a trois semaines", DatePreference.FUTURE));
  }

  @Test
  void arabicAsPeopleSayIt_acrossTheRegions_withAndWithoutDiacritics() {
    // the reference, 2013-02-12, is a Tuesday
    assertEquals("2013-02-13", parse("ar", "بكرة", DatePreference.FUTURE));
    assertEquals("2013-02-13", parse("ar", "بُكْرَة", DatePreference.FUTURE));
    assertEquals("2013-02-13", parse("ar", "باجر", DatePreference.FUTURE));
    assertEquals("2013-02-11", parse("ar", "البارحة", DatePreference.FUTURE));
    assertEquals("2013-02-11", parse("ar", "امبارح", DatePreference.FUTURE));
    assertEquals("2013-02-14", parse("ar", "بعد بكرة", DatePreference.FUTURE));
    assertEquals("2013-02-14", parse("ar", "يوم بعد غد", DatePreference.FUTURE));
    assertEquals("2013-02-15", parse("ar", "بعد ثلاثة أيام", DatePreference.FUTURE));
    assertEquals("2013-02-05", parse("ar", "قبل أسبوع", DatePreference.FUTURE));
    assertEquals("2013-02-05", parse("ar", "قبل اسبوع", DatePreference.FUTURE));
    assertEquals("2013-03", parse("ar", "الشهر الجاي", DatePreference.FUTURE));
    assertEquals("2013-03", parse("ar", "الشهر التالي", DatePreference.FUTURE));
    assertEquals("2012", parse("ar", "السنة السابقة", DatePreference.FUTURE));
    assertEquals("2014", parse("ar", "العام المقبل", DatePreference.FUTURE));
    assertEquals("2012", parse("ar", "العامَ الماضي", DatePreference.FUTURE));
    // months by their number, as the Levant says them
    assertEquals("2013-10", parse("ar", "شهر عشرة", DatePreference.FUTURE));
    assertEquals("2013-10", parse("ar", "شهر 10", DatePreference.FUTURE));
    assertEquals("2013-10-03", parse("ar", "اليوم الثالث من شهر عشرة", DatePreference.FUTURE));
    assertEquals("2013-02", parse("ar", "2/2013", DatePreference.FUTURE));
    assertEquals("2013-02-12", parse("ar", "اليوم", DatePreference.FUTURE));
    assertEquals("2013-03", parse("ar", "شهر ثلاث", DatePreference.FUTURE)); // the feminine CLDR lacks
    assertEquals("2013-03-15", parse("ar", "نص شهر ثلاث", DatePreference.FUTURE));
    assertEquals("2013-03-15", parse("ar", "منتصف آذار", DatePreference.FUTURE));
    assertEquals("2013-03-15", parse("en", "mid-March", DatePreference.FUTURE));
    // counted things in running text are no dates
    assertTrue(DateFinder.forLanguage("ar").find("قالت ست نساء وخمس عاملات إن ثلاثة رجال طُردوا.",
        LocalDate.of(2013, 2, 12), DatePreference.PAST).isEmpty());
  }

  @Test
  void numericDatesInTheLanguagesOrder() {
    assertEquals("2014-02-20", parse("fr", "20/02/2014", DatePreference.FUTURE));
    assertEquals("1974-10-31", parse("en", "10/31/74", DatePreference.FUTURE));
    assertEquals("2015-03-03", parse("de", "2015-03-03", DatePreference.FUTURE));
    assertEquals("2013-10-01", parse("it", "primo martedì di ottobre", DatePreference.FUTURE));
  }

  @Test
  void impossibleDatesAreUnresolvedNotAbsurd() {
    DateFinder.Found feb = DateFinder.forLanguage("en").find("on 31 February 2020", PUBLISHED, DatePreference.PAST).get(0);
    assertFalse(feb.date().resolved());
    assertNull(feb.date().value());
    DateFinder.Found shubat = DateFinder.forLanguage("ar").find("30 شباط 2021", PUBLISHED, DatePreference.PAST).get(0);
    assertFalse(shubat.date().resolved());
    assertTrue(values("en", "In 0 AD and 99999 nothing").stream().allMatch(v -> v == null || v.compareTo("9999") <= 0));
  }

  @Test
  void otherCalendarYearBeyondIsoIsUnresolved() {
    // Persian Dey 9866 would be Gregorian 10487 (a transliterated name followed by a count)
    List<DateFinder.Found> found = DateFinder.forLanguage("ar")
        .find("كما قال دُيَ 9866 شخصا", PUBLISHED, DatePreference.PAST);
    assertTrue(found.stream().allMatch(f -> f.date().value() == null
        || f.date().value().length() <= 10 && f.date().value().compareTo("10000") < 0), found.toString());
    DateFinder.Found dey = DateFinder.forLanguage("fa").find("در دی ۹۸۶۶", PUBLISHED, DatePreference.PAST)
        .stream().findFirst().orElse(null);
    assertTrue(dey == null || !dey.date().resolved(), String.valueOf(dey));
  }

  @Test
  void runningTextIgnoresFractionsAndLoneNumbers() {
    assertEquals(List.of(), values("en", "Turnout rose 3.5 points; 3/4 of members and 12,282 signatures."));
    assertEquals(List.of(), values("en", "1234567890 ... !!! ؟؟؟ ٫٫٫"));
  }
}
