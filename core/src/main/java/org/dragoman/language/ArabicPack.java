package org.dragoman.language;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * Arabic: Lucene's Arabic analysis. Orthographic normalisation folds the hamza forms of alef
 * (أ إ آ) to ا, taa marbuta ة to ه, alef maqsura ى to ي and drops the diacritics (so "عَمّار"
 * finds "عمار"); Larkey's light stemmer strips the article and conjunction prefixes (ال، وال،
 * بال…) and common suffixes (ة، ات، ون…), so that "السفارة", "سفارة", "والسفارة" and "السفارات"
 * find each other. Tatweel and bidi marks are removed before, by {@link LanguagePacks}.
 */
public final class ArabicPack implements LanguagePack {

  @Override
  public String name() {
    return "ar";
  }

  @Override
  public Analyzer createAnalyzer() {
    return new ArabicAnalyzer();
  }

  // The conjunctions و and ف, the prepositions ب، ل، ك and the article ال, alone or combined.
  private static final List<String> PROCLITICS =
      List.of("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف", "ك");

  @Override
  public List<String> proclitics() {
    return PROCLITICS;
  }

  private static final List<String> NAME_ARTICLES = List.of("ال", "al-", "el-", "al ", "el ");

  @Override
  public List<String> nameArticles() {
    return NAME_ARTICLES;
  }

  // Arabic has no g: names write it ج (said g in Egypt), so a Latin g is also read j.
  private static final List<Reading> READINGS = List.of(new Reading("g", "j"));

  @Override
  public List<Reading> nameReadings() {
    return READINGS;
  }

  // what CLDR's Arabic lacks: the other words for "next" and "last" after a period or a weekday
  // (both genders), and the days as people say them across the regions (Levantine and Egyptian
  // بكرة، امبارح; Gulf and Iraqi البارحة؛ باجر)
  private static final java.util.Map<String, String> DATE_WORDS = LanguagePack.table(
      "المقبل=+1", "المقبلة=+1", "القادم=+1", "القادمة=+1", "التالي=+1", "التالية=+1",
      "الجاي=+1", "الجاية=+1", "الجايه=+1", "اللي جاي=+1", "الآتي=+1",
      "المنصرم=-1", "المنصرمة=-1", "الفائت=-1", "الفائتة=-1", "الأخير=-1", "الأخيرة=-1",
      "الماضي=-1", "الماضية=-1", "السابق=-1", "السابقة=-1", "اللي فات=-1", "اللي فاتت=-1",
      "بكرة=day+1", "بكره=day+1", "باكر=day+1", "باجر=day+1", "غدوة=day+1",
      "البارحة=day-1", "البارح=day-1", "امبارح=day-1", "إمبارح=day-1", "مبارح=day-1", "أمبارح=day-1",
      "بعد بكرة=day+2", "بعد بكره=day+2", "بعد باجر=day+2", "بعد غد=day+2", "يوم بعد غد=day+2",
      "أول امبارح=day-2", "اول امبارح=day-2", "أول البارحة=day-2", "قبل امبارح=day-2", "قبل البارحة=day-2",
      "بعد=in", "خلال=in", "منتصف=mid", "نص=mid", "نصف=mid", "أواسط=mid",
      // the feminine cardinals, which CLDR's Arabic spellout writes as the masculine, and the
      // Levantine 11 and 12 ("شهر حداش")
      "ثلاث=n3", "أربع=n4", "خمس=n5", "ست=n6", "سبع=n7", "ثمان=n8", "تسع=n9", "عشر=n10",
      "حداش=n11", "حدعش=n11", "اطنعش=n12", "طنعش=n12",
      "قبل يوم=span-1:day", "قبل أسبوع=span-1:week", "قبل جمعة=span-1:week", "قبل شهر=span-1:month",
      "قبل سنة=span-1:year", "قبل عام=span-1:year",
      "بعد يوم=span+1:day", "بعد أسبوع=span+1:week", "بعد جمعة=span+1:week", "بعد شهر=span+1:month",
      "بعد سنة=span+1:year", "بعد عام=span+1:year",
      "العام الماضي=period-1:year", "العام السابق=period-1:year", "العام الفائت=period-1:year",
      "العام المنصرم=period-1:year", "هذا العام=period0:year", "العام الحالي=period0:year",
      "العام المقبل=period+1:year", "العام القادم=period+1:year", "العام التالي=period+1:year",
      "العام الجاي=period+1:year", "السنة الجاية=period+1:year", "السنة التالية=period+1:year",
      "السنة السابقة=period-1:year", "السنة اللي فاتت=period-1:year",
      "الشهر التالي=period+1:month", "الشهر الجاي=period+1:month", "الشهر السابق=period-1:month",
      "الشهر اللي فات=period-1:month", "الأسبوع التالي=period+1:week", "الأسبوع الجاي=period+1:week",
      "الجمعة الجاية=period+1:week", "الأسبوع السابق=period-1:week", "الأسبوع اللي فات=period-1:week");

  @Override
  public java.util.Map<String, String> dateWords() {
    return DATE_WORDS;
  }

  private static final java.util.Map<String, String> NAME_CUES = LanguagePack.table(
      "الرفيق=PERSON", "الرفيقة=PERSON",
      "النائب=PERSON", "النائبة=PERSON",
      "الرئيس=PERSON", "الوزير=PERSON",
      "الناشط=PERSON", "الناشطة=PERSON",
      "الصحفي=PERSON", "السيد=PERSON",
      "السيدة=PERSON", "الدكتور=PERSON",
      "حزب=ORGANISATION", "نقابة=ORGANISATION",
      "اتحاد=ORGANISATION", "حملة=ORGANISATION",
      "حركة=ORGANISATION", "جمعية=ORGANISATION",
      "لجنة=ORGANISATION", "سفارة=ORGANISATION",
      "وزارة=ORGANISATION", "مدينة=PLACE",
      "إقليم=PLACE", "محافظة=PLACE",
      "ولاية=PLACE", "منطقة=PLACE");

  @Override
  public java.util.Map<String, String> nameCues() {
    return NAME_CUES;
  }
}
