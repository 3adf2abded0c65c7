package org.dragoman.io;

/**
 * Makes article text safe for where it is written: a terminal, where control characters and
 * escape sequences would act (retitle the window, clear the screen, hide text) and unbalanced
 * bidi controls would reorder what follows; and XML, which cannot carry most control
 * characters, U+FFFE, U+FFFF or a lone surrogate. Every writer of article text goes through
 * one of these.
 *
 * <pre>{@code
 * SafeText.terminal("\u001b]0;owned\u0007title");  // "\\x1b]0;owned\\x07title"
 * SafeText.xml("a\uFFFEb");                          // "a\uFFFDb"
 * }</pre>
 *
 * <p>Thread-safe; stateless.
 */
public final class SafeText {
  private SafeText() {}

  private static final char REPLACEMENT = '\uFFFD';

  /**
   * {@code text} with every C0 and C1 control character but tab and newline (and so every escape
   * sequence, whose ESC is shown) written as a visible {@code \xNN} escape, carriage returns
   * among them, and bidi embeddings, overrides and isolates balanced: a closing one without its
   * opening is dropped, and what is left open is closed at the end.
   */
  public static String terminal(String text) {
    if (text == null) {
      return "";
    }
    if (!needsTerminalWork(text)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    StringBuilder open = new StringBuilder(); // the bidi openings still open, innermost last
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c) && c != '\t' && c != '\n') {
        b.append(String.format("\\x%02x", (int) c));
      } else if (isEmbeddingOpening(c) || isIsolateOpening(c)) {
        open.append(c);
        b.append(c);
      } else if (c == '\u202C') { // PDF closes the innermost embedding, not across an isolate
        int k = open.length() - 1;
        if (k >= 0 && isEmbeddingOpening(open.charAt(k))) {
          open.setLength(k);
          b.append(c);
        }
      } else if (c == '\u2069') { // PDI closes the innermost isolate and what it holds
        int k = open.length() - 1;
        while (k >= 0 && !isIsolateOpening(open.charAt(k))) {
          k--;
        }
        if (k >= 0) {
          for (int j = open.length() - 1; j > k; j--) {
            b.append('\u202C');
          }
          open.setLength(k);
          b.append(c);
        }
      } else {
        b.append(c);
      }
    }
    for (int j = open.length() - 1; j >= 0; j--) {
      b.append(isIsolateOpening(open.charAt(j)) ? '\u2069' : '\u202C');
    }
    return b.toString();
  }

  /**
   * {@code text} with what XML 1.0 cannot carry replaced: control characters but tab, newline
   * and carriage return become a space; U+FFFE, U+FFFF and lone surrogates become U+FFFD.
   */
  public static String xml(String text) {
    if (text == null) {
      return "";
    }
    int first = firstXmlForbidden(text);
    if (first < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    b.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        b.append(c).append(text.charAt(++i));
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        b.append(' ');
      } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        b.append(REPLACEMENT);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static int firstXmlForbidden(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
        return i;
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean needsTerminalWork(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c) && c != '\t' && c != '\n' || c >= '\u202A' && c <= '\u202E'
          || c >= '\u2066' && c <= '\u2069') {
        return true;
      }
    }
    return false;
  }

  private static boolean isControl(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F;
  }

  private static boolean isEmbeddingOpening(char c) {
    return c >= '\u202A' && c <= '\u202E' && c != '\u202C';
  }

  private static boolean isIsolateOpening(char c) {
    return c >= '\u2066' && c <= '\u2068';
  }
}
