package org.dragoman.search;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A search: query text, filters, sort and page.
 *
 * <p>The query is read as people type it ({@link UserQuery}): plain words rank by BM25, every
 * word optional; {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT}/{@code -}, {@code
 * prefix*} and parentheses keep their meaning. It is analysed once per language of the archive,
 * by that language's pack. An empty query or {@code *} matches every article.
 *
 * <pre>{@code
 * SearchRequest r = SearchRequest.of("عمار").withLanguages(Set.of("ar")).withLimit(5);
 * }</pre>
 *
 * @param query the query text
 * @param languages languages to search, empty for all
 * @param from earliest publication date, or {@code null}
 * @param to latest publication date, or {@code null}
 * @param sort relevance or date
 * @param limit hits per page, 1 to {@value #MAX_LIMIT}
 * @param offset hits to skip
 * @param entities entity ids the article must mention, every one of them
 * @param mentionsFrom earliest date the article must mention, or {@code null}
 * @param mentionsTo latest date the article must mention, or {@code null}
 * @param facetLimit values counted per facet dimension, the most frequent first, 1 to {@value
 *     #MAX_FACET_LIMIT}
 * @param across whether articles in other languages than the query's are found too: through
 *     the query translated with the archive's word lexicons, names and numbers written alike in
 *     every script, and the translations of articles the query finds in its own language
 */
public record SearchRequest(
    String query, Set<String> languages, LocalDate from, LocalDate to, Sort sort, int limit,
    int offset, List<String> entities, LocalDate mentionsFrom, LocalDate mentionsTo,
    int facetLimit, boolean across) {

  /** The largest page. */
  public static final int MAX_LIMIT = 1000;

  /** Values per facet dimension unless asked otherwise. */
  public static final int DEFAULT_FACET_LIMIT = 100;

  /** The most values a facet dimension returns. */
  public static final int MAX_FACET_LIMIT = 10_000;

  /** Result order. */
  public enum Sort {
    RELEVANCE,
    /** Newest first; articles without a date last. */
    DATE
  }

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    entities = entities == null ? List.of() : List.copyOf(entities);
    if (mentionsFrom != null && mentionsTo != null && mentionsFrom.isAfter(mentionsTo)) {
      throw new IllegalArgumentException("mentioned from (" + mentionsFrom + ") is after mentioned to ("
          + mentionsTo + ")");
    }
    languages = Set.copyOf(new LinkedHashSet<>(languages));
    Objects.requireNonNull(sort, "sort");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", got " + limit);
    }
    if (facetLimit < 1 || facetLimit > MAX_FACET_LIMIT) {
      throw new IllegalArgumentException(
          "facet limit must be 1 to " + MAX_FACET_LIMIT + ", got " + facetLimit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
  }

  /** A request for {@code query} over every language, by relevance, ten hits. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Set.of(), null, null, Sort.RELEVANCE, 10, 0, List.of(), null, null,
        DEFAULT_FACET_LIMIT, false);
  }

  public SearchRequest withQuery(String text) {
    return new SearchRequest(text, languages, from, to, sort, limit, offset, entities, mentionsFrom,
        mentionsTo, facetLimit, across);
  }

  public SearchRequest withLanguages(Set<String> tags) {
    return new SearchRequest(query, tags, from, to, sort, limit, offset, entities, mentionsFrom, mentionsTo, facetLimit, across);
  }

  public SearchRequest withDates(LocalDate fromDate, LocalDate toDate) {
    return new SearchRequest(query, languages, fromDate, toDate, sort, limit, offset, entities, mentionsFrom, mentionsTo, facetLimit, across);
  }

  public SearchRequest withSort(Sort order) {
    return new SearchRequest(query, languages, from, to, order, limit, offset, entities, mentionsFrom, mentionsTo, facetLimit, across);
  }

  public SearchRequest withLimit(int n) {
    return new SearchRequest(query, languages, from, to, sort, n, offset, entities, mentionsFrom, mentionsTo, facetLimit, across);
  }

  public SearchRequest withOffset(int n) {
    return new SearchRequest(query, languages, from, to, sort, limit, n, entities, mentionsFrom, mentionsTo, facetLimit, across);
  }

  /** This request counting at most {@code n} values per facet dimension. */
  public SearchRequest withFacetLimit(int n) {
    return new SearchRequest(query, languages, from, to, sort, limit, offset, entities,
        mentionsFrom, mentionsTo, n, across);
  }

  /** This request restricted to articles that mention every one of {@code ids}. */
  public SearchRequest withEntities(List<String> ids) {
    return new SearchRequest(query, languages, from, to, sort, limit, offset, ids, mentionsFrom, mentionsTo, facetLimit, across);
  }

  /** This request restricted to articles that mention a date from {@code first} to {@code last}. */
  public SearchRequest withMentionedDates(LocalDate first, LocalDate last) {
    return new SearchRequest(query, languages, from, to, sort, limit, offset, entities, first, last, facetLimit, across);
  }

  /** This request finding articles in other languages than the query's too (see {@code across}). */
  public SearchRequest withAcross(boolean on) {
    return new SearchRequest(query, languages, from, to, sort, limit, offset, entities,
        mentionsFrom, mentionsTo, facetLimit, on);
  }
}
