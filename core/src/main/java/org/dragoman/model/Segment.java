package org.dragoman.model;

/**
 * A paragraph or a sentence of an article: a half-open range {@code [start, end)} of UTF-16
 * offsets into the article's stored text, with the language identified for it when known.
 *
 * <pre>{@code
 * Segment s = new Segment(0, 5, "en");
 * s.text("Hello world"); // "Hello"
 * }</pre>
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param language BCP 47 tag identified for this segment, or {@code null} when not identified
 */
public record Segment(int start, int end, String language) {

  public Segment {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Segment range [" + start + ", " + end + ") is invalid");
    }
  }

  /** Returns the characters this segment covers in {@code text}. */
  public String text(String text) {
    return text.substring(start, end);
  }

  /** Returns a copy of this segment carrying {@code tag} as its language. */
  public Segment withLanguage(String tag) {
    return new Segment(start, end, tag);
  }

  /** Returns the number of characters covered. */
  public int length() {
    return end - start;
  }
}
