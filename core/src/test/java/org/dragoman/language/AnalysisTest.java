package org.dragoman.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** Analysis chains checked on terms and offsets. */
class AnalysisTest {

  private static final LanguagePacks PACKS = LanguagePacks.installed();

  /** Returns "term@start-end" for each token. */
  static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + off.startOffset() + "-" + off.endOffset());
      }
      ts.end();
    }
    return out;
  }

  static List<String> terms(Analyzer a, String text) throws IOException {
    return tokens(a, text).stream().map(t -> t.substring(0, t.indexOf('@'))).toList();
  }

  @Test
  void arabic_embassyForms_shareOneStem() throws IOException {
    Analyzer ar = PACKS.analyzer("ar");
    List<String> stems = terms(ar, "السفارة سفارة والسفارة السفارات");
    assertEquals(1, stems.stream().distinct().count(), stems.toString());
  }

  @Test
  void arabic_diacriticsAndTatweel_removedWithOffsetsIntoOriginal() throws IOException {
    Analyzer ar = PACKS.analyzer("ar");
    String text = "الرفيق عَمّار وعمـــار";
    List<String> t = tokens(ar, text);
    assertEquals(terms(ar, "عمار").get(0), terms(ar, "عَمّار").get(0));
    // The second token keeps the offsets of the original "عَمّار", diacritics included.
    String second = t.get(1);
    int start = Integer.parseInt(second.substring(second.indexOf('@') + 1, second.indexOf('-')));
    int end = Integer.parseInt(second.substring(second.indexOf('-') + 1));
    assertEquals("عَمّار", text.substring(start, end));
    assertEquals(terms(ar, "عمار").get(0), terms(ar, "عمـــار").get(0));
  }

  @Test
  void arabic_hamzaAlefForms_normalised() throws IOException {
    Analyzer ar = PACKS.analyzer("ar");
    assertEquals(terms(ar, "اطلاق"), terms(ar, "إطلاق"));
  }

  @Test
  void english_inflections_shareOneStem() throws IOException {
    Analyzer en = PACKS.analyzer("en");
    assertEquals(terms(en, "abduct"), terms(en, "abducted"));
    assertEquals(terms(en, "abduct"), terms(en, "abduction"));
  }

  @Test
  void urdu_withoutPack_usesIcuFoldingAndFoldsDigits() throws IOException {
    Analyzer ur = PACKS.analyzer("ur");
    assertEquals(List.of("مزدوروں", "نے", "2024"), terms(ur, "مزدوروں نے ۲۰۲۴"));
  }

  @Test
  void packs_unknownName_failsListingAvailable() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> PACKS.require("tlh"));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("ar, "), e.getMessage());
  }

  @Test
  void packs_everyLuceneLanguage_isInstalled() {
    for (String l : List.of("en", "ar", "fa", "es", "fr", "de", "it", "el", "pt", "ru", "tr")) {
      org.junit.jupiter.api.Assertions.assertTrue(PACKS.has(l), l);
    }
  }
}
