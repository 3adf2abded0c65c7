package org.dragoman.ingest;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * A right-to-left line of a PDF in logical order, from its glyphs as the page draws them (left
 * to right): the glyphs in reverse, then each run of left-to-right text (Latin words, numbers in
 * any digits) turned back, presentation forms as the letters they show; each glyph stands for
 * its logical character, so brackets come out the right way round. PDFBox's own
 * reordering works word by word, from its guess of each word: a combining mark drawn before its
 * letter ("عامًا") broke the word in two and the halves changed places, and a line that ends in
 * a Latin word came out as left-to-right.
 */
final class RightToLeft {

  private RightToLeft() {}

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  /** Whether a line's letters are mostly of right-to-left scripts. */
  static boolean isRightToLeft(String line) {
    int rtl = 0;
    int ltr = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      byte d = Character.getDirectionality(cp);
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        rtl++;
      } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        ltr++;
      }
    }
    return rtl > 0 && rtl >= ltr;
  }

  /** One glyph: what it stands for and where it is drawn. */
  private record Glyph(String text, float x, float width, float size) {}

  /** The line of {@code glyphs} (one right-to-left line of a page) in logical order. */
  static String logical(List<TextPosition> glyphs) {
    List<Glyph> visual = new ArrayList<>();
    for (TextPosition t : glyphs) {
      // a glyph without text (its letter comes with the mark drawn beside it) still takes room
      String u = t.getUnicode() == null ? "" : t.getUnicode();
      visual.add(new Glyph(u, t.getXDirAdj(), t.getWidthDirAdj(), t.getFontSizeInPt()));
    }
    visual.sort(Comparator.comparingDouble(Glyph::x)); // stable: drawing order breaks ties
    // units in visual order, with a space where the page leaves a gap but draws none
    List<String> units = new ArrayList<>();
    float reach = -Float.MAX_VALUE; // the right edge of what is drawn so far
    for (int i = 0; i < visual.size(); i++) {
      Glyph g = visual.get(i);
      if (i > 0) {
        Glyph p = visual.get(i - 1);
        float gap = g.x() - reach;
        if (gap > 0.25f * Math.max(1f, Math.min(p.size(), g.size())) && !p.text().isBlank()
            && !g.text().isBlank() && !units.isEmpty() && !units.get(units.size() - 1).equals(" ")) {
          units.add(" "); // a gap the page leaves without drawing a space
        }
      }
      reach = Math.max(reach, g.x() + g.width());
      if (!g.text().isEmpty()) {
        units.add(g.text());
      }
    }
    // logical order of right-to-left text is the reverse of its drawing order...
    List<String> logical = new ArrayList<>(units.size());
    for (int i = units.size() - 1; i >= 0; i--) {
      logical.add(units.get(i));
    }
    // ...except inside a left-to-right run, which reads as drawn
    int i = 0;
    while (i < logical.size()) {
      if (!isLeftToRight(logical.get(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      int lastStrong = i;
      while (end < logical.size() && !isRightToLeft(logical.get(end))) {
        if (isLeftToRight(logical.get(end))) {
          lastStrong = end;
        }
        end++;
      }
      // the run ends at its last left-to-right unit: neutrals after it belong to the line
      // (those between its words belong to it)
      java.util.Collections.reverse(logical.subList(i, lastStrong + 1));
      i = lastStrong + 1;
    }
    // a glyph stands for its logical character ("(" drawn mirrored is still "("): no mirroring
    String s = String.join("", logical);
    return hasPresentationForms(s) ? NFKC.normalize(s) : s;
  }

  /** Latin and other left-to-right letters, and digits of any script (numbers read as drawn). */
  private static boolean isLeftToRight(String u) {
    for (int i = 0; i < u.length(); ) {
      int cp = u.codePointAt(i);
      i += Character.charCount(cp);
      byte d = Character.getDirectionality(cp);
      if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT
          || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER
          || d == Character.DIRECTIONALITY_ARABIC_NUMBER) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPresentationForms(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
        return true;
      }
    }
    return false;
  }
}
