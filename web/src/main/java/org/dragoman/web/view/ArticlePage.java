package org.dragoman.web.view;

import java.util.List;

/**
 * An article's page.
 *
 * @param id its id
 * @param title its title
 * @param language its language
 * @param dir its direction
 * @param meta label and value pairs (source, date, author, format...)
 * @param paragraphs its text, paragraph by paragraph
 * @param group the other articles of its translation group, as links
 * @param bitexts its bitexts, one link per translation
 * @param entities the entities it mentions, as links
 */
public record ArticlePage(String id, String title, String language, String dir,
    List<String[]> meta, List<Paragraph> paragraphs, List<Link> group, List<Link> bitexts,
    List<Link> entities) {
  public ArticlePage {
    title = Reveal.controls(title);
    meta = meta.stream().map(m -> new String[] {m[0], Reveal.controls(m[1])}).toList();
  }

  /**
   * A paragraph.
   *
   * @param language its own language (a quotation in another language keeps its own)
   * @param dir its direction
   * @param spans its text in pieces, mentions marked
   */
  public record Paragraph(String language, String dir, List<Span> spans) {}

  /**
   * A piece of a paragraph.
   *
   * @param text the text
   * @param type the mention's type in lower case ({@code person}, {@code date}...), or null for
   *     plain text
   * @param title what shows on hover: a date's normalised value, a name's entity
   * @param href the entity's page, or null
   */
  public record Span(String text, String type, String title, String href) {
    public Span {
      text = Reveal.controls(text);
      title = Reveal.controls(title);
    }
  }
}
