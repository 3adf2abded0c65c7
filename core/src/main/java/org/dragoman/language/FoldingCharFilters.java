package org.dragoman.language;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.UnicodeSetIterator;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.dragoman.text.TextNormalizer;

/**
 * The analysis normalisation of {@link TextNormalizer#forAnalysis} as a Lucene char filter, so
 * that token offsets still point into the stored text: ignorable characters are dropped and
 * digits of every script become ASCII.
 */
final class FoldingCharFilters {

  private static final NormalizeCharMap MAP = buildMap();

  private FoldingCharFilters() {}

  static Reader wrap(Reader reader) {
    return new FoldingCharFilter(reader);
  }

  /** The same normalisation by Lucene's mapping filter, for comparison in tests. */
  static Reader wrapWithMapping(Reader reader) {
    return new MappingCharFilter(MAP, reader);
  }

  private static NormalizeCharMap buildMap() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    for (UnicodeSetIterator it = new UnicodeSetIterator(TextNormalizer.IGNORABLE); it.next(); ) {
      b.add(new String(Character.toChars(it.codepoint)), "");
    }
    for (UnicodeSetIterator it = new UnicodeSetIterator(TextNormalizer.DIGITS); it.next(); ) {
      if (it.codepoint > 0x7f) {
        b.add(new String(Character.toChars(it.codepoint)), String.valueOf(UCharacter.digit(it.codepoint, 10)));
      }
    }
    return b.build();
  }
}
