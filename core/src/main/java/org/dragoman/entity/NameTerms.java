package org.dragoman.entity;

/** How names are written into the index: a loose term per name, and a cross-script key. */
public final class NameTerms {
  private NameTerms() {}

  /** The indexed term of a name: its type and loose key ("PERSON:amar fayaz"). */
  public static String term(String type, String label) {
    StringBuilder b = new StringBuilder(type).append(':');
    boolean first = true;
    for (String w : org.dragoman.text.TextNormalizer.matchKey(label).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        b.append(first ? "" : " ").append(w);
        first = false;
      }
    }
    return b.toString();
  }

  /** The cross-script key of a name: the skeletons of its words ("Amar Fayaz", "عمار فياز" → "mr fs"). */
  public static String key(String label) {
    StringBuilder b = new StringBuilder();
    for (String w : label.split("[\\s\\-‐]+")) {
      String k = org.dragoman.text.NameKeys.key(w);
      if (!k.isEmpty()) {
        b.append(b.isEmpty() ? "" : " ").append(k);
      }
    }
    return b.toString();
  }}
