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

  private static final java.util.Map<String, String> DATE_WORDS = java.util.Map.of(
      "المقبل", "+1", "المنصرم", "-1", "الفائت", "-1", "الأخير", "-1");

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
