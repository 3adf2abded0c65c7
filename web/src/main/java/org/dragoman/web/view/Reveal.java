package org.dragoman.web.view;

/**
 * Unicode's explicit directional controls (embeddings, overrides, isolates: U+202A–U+202E,
 * U+2066–U+2069) shown as what they are, {@code ⟦RLO⟧}, instead of obeyed. An article's text may
 * carry them to make a title read otherwise than it is written ("Invoice ‮fdp.exe" shows as
 * "exe.pdf"); on the page each stays a visible mark, so an editor sees the text in the order it
 * is stored. The archive and the JSON API keep the text exactly as it was read.
 */
public final class Reveal {
  private static final String[] NAMES = {"LRE", "RLE", "PDF", "LRO", "RLO"};
  private static final String[] ISOLATES = {"LRI", "RLI", "FSI", "PDI"};

  private Reveal() {}

  /** {@code text} with each explicit directional control replaced by its visible name. */
  public static String controls(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String name = c >= '\u202A' && c <= '\u202E' ? NAMES[c - '\u202A']
          : c >= '\u2066' && c <= '\u2069' ? ISOLATES[c - '\u2066'] : null;
      if (name != null && b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (b != null) {
        if (name != null) {
          b.append('⟦').append(name).append('⟧');
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
  }
}
