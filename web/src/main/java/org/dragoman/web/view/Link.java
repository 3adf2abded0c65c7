package org.dragoman.web.view;

/**
 * A link with its text.
 *
 * @param text what is shown
 * @param href where it goes (built by the server)
 * @param lang the language of the text, or null
 * @param dir {@code rtl}, {@code ltr} or {@code auto}
 * @param note a short label beside it (a count, a type), or null
 * @param active whether it is the current choice
 */
public record Link(String text, String href, String lang, String dir, String note,
    boolean active) {
  public Link {
    text = Reveal.controls(text);
  }

  public static Link of(String text, String href) {
    return new Link(text, href, null, "auto", null, false);
  }
}
