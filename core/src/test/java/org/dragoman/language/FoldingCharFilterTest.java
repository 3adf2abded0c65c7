package org.dragoman.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharFilter;
import org.junit.jupiter.api.Test;

class FoldingCharFilterTest {

  /** The text read through the filter, and each output offset corrected back to the input. */
  private static String readAll(Reader r, List<Integer> corrected) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[3]; // small, so that surrogate pairs straddle reads
    for (int n; (n = r.read(buf, 0, buf.length)) > 0; ) {
      b.append(buf, 0, n);
    }
    for (int i = 0; i <= b.length(); i++) {
      corrected.add(((CharFilter) r).correctOffset(i));
    }
    return b.toString();
  }

  @Test
  void read_dropsIgnorablesFoldsDigitsAndCorrectsOffsetsLikeLucenesMappingFilter() throws IOException {
    String[] texts = {
        "عمّـــار\u200F فياز ١٢٬٢٨٢ 12,282",
        "Share\u00ADholders \u200B meet on ۱۴۰۳ and 𝟙𝟚 (math digits) 😀 end",
        "\u200E\u200E", "", "plain ascii text",
        "नमस्ते ४२ and a lone \uD800 surrogate"};
    for (String t : texts) {
      List<Integer> fast = new ArrayList<>();
      List<Integer> lucene = new ArrayList<>();
      String a = readAll(new FoldingCharFilter(new StringReader(t)), fast);
      String b = readAll(FoldingCharFilters.wrapWithMapping(new StringReader(t)), lucene);
      assertEquals(b, a, t);
      assertEquals(lucene, fast, t);
    }
    List<Integer> offsets = new ArrayList<>();
    assertEquals("عمار فياز 12٬282", readAll(new FoldingCharFilter(new StringReader(
        "عمـار\u200F فياز ١٢٬٢٨٢")), offsets));
    assertEquals(6, offsets.get(4), "the space after the name is at 6 in the input");
  }
}
