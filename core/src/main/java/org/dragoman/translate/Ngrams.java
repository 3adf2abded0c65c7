package org.dragoman.translate;

import com.ibm.icu.text.Normalizer2;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The character n-grams a translation memory matches on, as Okapi's Pensieve does: text folded
 * (case, compatibility forms, combining marks such as Arabic short vowels and Latin accents,
 * spacing, bidirectional controls), then every run of {@value #N} characters.
 *
 * <pre>{@code
 * Ngrams.normal("The  Strike!");   // "the strike!"
 * Ngrams.of("the strike!");        // ["the ", "he s", "e st", …]
 * }</pre>
 */
public final class Ngrams {
  /** Characters per n-gram. */
  public static final int N = 4;

  private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private Ngrams() {}

  /** The text on one line, single-spaced: as the memory keeps and looks up segments. */
  public static String spaced(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The folded text n-grams are taken from. */
  public static String normal(String text) {
    String folded = NFD.normalize(FOLD.normalize(text));
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.FORMAT
          || type == Character.PRIVATE_USE) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = !out.isEmpty();
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(c);
    }
    return NFC.normalize(out);
  }

  /** The distinct n-grams of a folded text, in order; a text shorter than N is one gram. */
  public static Set<String> of(String normal) {
    Set<String> out = new LinkedHashSet<>();
    int count = normal.codePointCount(0, normal.length());
    if (count == 0) {
      return out;
    }
    if (count <= N) {
      out.add(normal);
      return out;
    }
    int start = 0;
    int end = normal.offsetByCodePoints(0, N);
    while (true) {
      out.add(normal.substring(start, end));
      if (end >= normal.length()) {
        break;
      }
      start = normal.offsetByCodePoints(start, 1);
      end = normal.offsetByCodePoints(end, 1);
    }
    return out;
  }

  /** Dice's coefficient on n-grams, 0 to 1: twice the shared grams over the grams of both. */
  public static double dice(int shared, int a, int b) {
    return a + b == 0 ? 0 : 2.0 * shared / (a + b);
  }
}
