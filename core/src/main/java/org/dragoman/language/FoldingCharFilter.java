package org.dragoman.language;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.UnicodeSetIterator;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.dragoman.text.TextNormalizer;

/**
 * The analysis normalisation of {@link TextNormalizer#forAnalysis} as a Lucene char filter, with
 * token offsets still pointing into the stored text: ignorable characters (format characters,
 * tatweel) are dropped and decimal digits of every script become ASCII. Every mapping is of one
 * character, so a table lookup per character does it (Lucene's {@code MappingCharFilter} walks
 * an automaton per character, several times slower for the same result).
 */
final class FoldingCharFilter extends BaseCharFilter {

  /** Per BMP character: 0 keep, {@link #DROP} drop, else the replacement. */
  private static final char[] MAP = new char[0x10000];

  private static final char DROP = '\uFFFF';

  static {
    for (UnicodeSetIterator it = new UnicodeSetIterator(TextNormalizer.DIGITS); it.nextRange(); ) {
      for (int c = Math.max(0x80, it.codepoint); c <= Math.min(0xFFFF, it.codepointEnd); c++) {
        MAP[c] = (char) ('0' + UCharacter.digit(c, 10));
      }
    }
    for (UnicodeSetIterator it = new UnicodeSetIterator(TextNormalizer.IGNORABLE); it.nextRange(); ) {
      for (int c = it.codepoint; c <= Math.min(0xFFFF, it.codepointEnd); c++) {
        if (!Character.isSurrogate((char) c)) {
          MAP[c] = DROP;
        }
      }
    }
  }

  /** A character read ahead of what was returned, or -1. */
  private int pending = -1;

  /** Input characters consumed minus output characters returned. */
  private int diff;

  /** Output characters returned so far. */
  private int out;

  FoldingCharFilter(Reader in) {
    super(in);
  }

  private int next() throws IOException {
    if (pending >= 0) {
      int c = pending;
      pending = -1;
      return c;
    }
    return input.read();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = 0;
    while (n < len) {
      int c = next();
      if (c < 0) {
        break;
      }
      if (!Character.isHighSurrogate((char) c)) {
        char m = MAP[c];
        if (m == 0) {
          buf[off + n++] = (char) c;
          out++;
        } else if (m == DROP) {
          diff++;
          addOffCorrectMap(out, diff);
        } else {
          buf[off + n++] = m;
          out++;
        }
        continue;
      }
      int low = next();
      if (low < 0 || !Character.isLowSurrogate((char) low)) {
        pending = low;
        buf[off + n++] = (char) c; // a lone surrogate stays as it is
        out++;
        continue;
      }
      int cp = Character.toCodePoint((char) c, (char) low);
      if (TextNormalizer.IGNORABLE.contains(cp)) {
        diff += 2;
        addOffCorrectMap(out, diff);
      } else if (TextNormalizer.DIGITS.contains(cp)) {
        buf[off + n++] = (char) ('0' + UCharacter.digit(cp, 10));
        out++;
        diff++;
        addOffCorrectMap(out, diff);
      } else if (n + 1 < len) {
        buf[off + n++] = (char) c;
        buf[off + n++] = (char) low;
        out += 2;
      } else {
        pending = low; // no room for both halves: the low one comes first next time
        buf[off + n++] = (char) c;
        out++;
      }
    }
    return n == 0 && len > 0 ? -1 : n;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }
}
