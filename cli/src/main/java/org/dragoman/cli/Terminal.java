package org.dragoman.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Bidi;
import org.dragoman.io.SafeText;
import picocli.CommandLine;

/**
 * Human output helpers: display width of text in any script, padding to columns, and bidi
 * isolation so that a right-to-left title or snippet keeps its own reading order without
 * reordering the columns around it.
 */
final class Terminal {
  private static final char FSI = '\u2068';
  private static final char PDI = '\u2069';

  private Terminal() {}

  /** Whether stdout is an interactive terminal (colours, progress bars). */
  static boolean interactive() {
    return CommandLine.Help.Ansi.AUTO.enabled();
  }

  /**
   * Text from an article made safe for a terminal ({@link SafeText#terminal}: controls and escape
   * sequences shown as visible escapes, bidi controls balanced). Every line of human output that
   * carries article text goes through this or {@link #isolate}.
   */
  static String safe(String text) {
    return SafeText.terminal(text);
  }

  /**
   * Text made {@linkplain #safe safe} and, when it holds right-to-left characters, wrapped in a
   * first-strong isolate (once: text already isolated is not wrapped again).
   */
  static String isolate(String text) {
    String t = safe(text);
    if (t.length() >= 2 && t.charAt(0) == FSI && t.charAt(t.length() - 1) == PDI
        && t.indexOf(PDI) == t.length() - 1) {
      return t;
    }
    return Bidi.requiresBidi(t.toCharArray(), 0, t.length()) ? FSI + t + PDI : t;
  }

  /** Columns the text takes on a terminal: marks and format characters 0, wide characters 2. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue;
      }
      int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      w += eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH
          ? 2 : 1;
    }
    return w;
  }

  /** Pads or cuts {@code s} to exactly {@code cols} columns. */
  static String fit(String s, int cols) {
    String t = safe(s == null ? "" : s.replaceAll("\\s+", " "));
    if (width(t) > cols) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < t.length(); ) {
        int cp = t.codePointAt(i);
        String c = new String(Character.toChars(cp));
        if (width(b + c) > cols - 1) {
          break;
        }
        b.append(c);
        i += Character.charCount(cp);
      }
      t = b + "…";
    }
    return isolate(t) + " ".repeat(Math.max(0, cols - width(t)));
  }

  /**
   * A snippet for the terminal: made safe and isolated first, then its {@code <mark>} markup
   * turned into bold (our own escape sequences, added after the article's were neutralised), or
   * plain text.
   */
  static String snippet(String html, boolean ansi) {
    String text = html.replace("<mark>", "\uE000").replace("</mark>", "\uE001")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return isolate(text).replace("\uE000", ansi ? "\u001b[1m" : "")
        .replace("\uE001", ansi ? "\u001b[0m" : "");
  }
}
