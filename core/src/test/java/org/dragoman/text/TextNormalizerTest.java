package org.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void forAnalysis_arabicWithTatweelAndBidiMarks_removesThem() {
    assertEquals("عمار فياز", TextNormalizer.forAnalysis("\u200Fعمـــار\u200E فيـاز\u200B"));
  }

  @Test
  void forAnalysis_arabicIndicDigits_foldToAscii() {
    assertEquals("12٬282 و 12200", TextNormalizer.forAnalysis("١٢٬٢٨٢ و ۱۲۲۰۰"));
  }

  @Test
  void forAnalysis_devanagariDigits_foldToAscii() {
    assertEquals("2024", TextNormalizer.forAnalysis("२०२४"));
  }

  @Test
  void nfc_decomposedAccent_composes() {
    assertEquals("Séville", TextNormalizer.nfc("Se\u0301ville"));
  }

  @Test
  void letterCount_onlyPunctuation_isZero() {
    assertEquals(0, TextNormalizer.letterCount("،؛؟!... ١٢٣"));
    assertEquals(4, TextNormalizer.letterCount("عمار!"));
  }
}
