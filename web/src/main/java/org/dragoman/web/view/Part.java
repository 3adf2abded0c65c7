package org.dragoman.web.view;

/**
 * A piece of a snippet: text, and whether it is a matched word.
 *
 * @param text the text, never markup
 * @param marked whether the query matched it
 */
public record Part(String text, boolean marked) {
  public Part {
    text = Reveal.controls(text);
  }
}
