package org.dragoman.model;

/** Shortening of text for titles, at a word boundary. */
public final class Titles {
  private Titles() {}

  /** {@code text} on one line, cut at a word boundary to at most {@code max} characters (with "…"). */
  public static String shorten(String text, int max) {
    String flat = text.replaceAll("\\s+", " ");
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    return flat.substring(0, cut).strip() + "…";
  }
}
