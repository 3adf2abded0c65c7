package org.dragoman.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One article found.
 *
 * @param id article id
 * @param language its language
 * @param title its title (or the start of its first sentence)
 * @param source where it was read from
 * @param published publication date, or {@code null}
 * @param score relevance score ({@code NaN} when sorted by date)
 * @param direction {@code rtl} or {@code ltr}: the base direction of the article's text
 * @param snippets passages with the matched words between {@code <mark>} and {@code </mark>}; the
 *     rest of the text is HTML-escaped
 */
public record SearchHit(
    String id, String language, String title, String source, LocalDate published, float score,
    String direction, List<String> snippets) {

  public SearchHit {
    snippets = List.copyOf(snippets);
  }
}
