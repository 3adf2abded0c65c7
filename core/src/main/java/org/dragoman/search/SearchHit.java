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
 * @param translations the other articles of the hit's translation group, if it has one
 * @param entities the entities the article mentions most, most mentioned first
 * @param matched with {@link SearchRequest#across}: how the hit matched ("words" of the query in
 *     the hit's language, "translated from en", "names and numbers" in any script, "names",
 *     "translation of ID" of an article the query found in another language); else empty
 */
public record SearchHit(
    String id, String language, String title, String source, LocalDate published, float score,
    String direction, List<String> snippets, List<Translation> translations,
    List<EntityCount> entities, List<String> matched) {

  public SearchHit {
    matched = matched == null ? List.of() : List.copyOf(matched);
    snippets = List.copyOf(snippets);
    translations = List.copyOf(translations);
    entities = entities == null ? List.of() : List.copyOf(entities);
  }

  /** An entity and how many times the hit's article mentions it. */
  public record EntityCount(String id, int mentions) {}

  /**
   * Another version of the hit's article.
   *
   * @param id its id
   * @param language its language
   * @param title its title
   */
  public record Translation(String id, String language, String title) {}

  /** Returns this hit with {@code others} as its translations. */
  public SearchHit withTranslations(List<Translation> others) {
    return new SearchHit(id, language, title, source, published, score, direction, snippets,
        others, entities, matched);
  }
}
