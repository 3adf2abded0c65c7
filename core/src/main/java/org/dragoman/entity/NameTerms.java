package org.dragoman.entity;

/** How names are written into the index: a loose term per name, and a cross-script key. */
public final class NameTerms {
  private NameTerms() {}

  /** The indexed term of a name: its type and loose key ("PERSON:amar fayaz"). */
  public static String term(String type, String label) {
    String key = org.dragoman.text.TextNormalizer.matchKey(label);
    StringBuilder b = new StringBuilder(type.length() + 1 + key.length()).append(type).append(':');
    int start = b.length();
    boolean gap = false;
    for (int i = 0; i < key.length(); ) {
      int cp = key.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp) || Character.isDigit(cp) || Character.getType(cp) == Character.LETTER_NUMBER
          || Character.getType(cp) == Character.OTHER_NUMBER) {
        if (gap && b.length() > start) {
          b.append(' ');
        }
        b.appendCodePoint(cp);
        gap = false;
      } else {
        gap = true;
      }
    }
    return b.toString();
  }

  /** The cross-script key of a name: the skeletons of its words ("Amar Fayaz", "عمار فياز" → "mr fs"). */
  public static String key(String label) {
    StringBuilder b = new StringBuilder();
    int n = label.length();
    for (int from = 0; from < n; ) {
      int to = from;
      while (to < n && !separates(label.charAt(to))) {
        to++;
      }
      if (to > from) {
        String k = org.dragoman.text.NameKeys.key(label.substring(from, to));
        if (!k.isEmpty()) {
          b.append(b.isEmpty() ? "" : " ").append(k);
        }
      }
      from = to + 1;
    }
    return b.toString();
  }

  /** White space (as a regular expression's \\s means it) and hyphens split a name into words. */
  private static boolean separates(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '-' || c == '\u2010';
  }}
