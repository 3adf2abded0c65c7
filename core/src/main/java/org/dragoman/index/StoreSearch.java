package org.dragoman.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * A search as a store runs it: the query the search package built, how to order and page its
 * hits, which facets to count, and which snippets to make.
 *
 * @param query what to find, and how to rank it
 * @param reasons named queries that say how a hit matched ("words", "names"…): each hit lists
 *     the names of those that match it; empty to ask nothing
 * @param byDate newest first (then by score) instead of by score
 * @param offset hits to skip
 * @param limit hits to return after them
 * @param facets facet dimensions to count over every hit ({@link Schema#LANGUAGE}, {@link
 *     Schema#YEAR}, {@link Schema#MENTIONED_MONTH})
 * @param facetLimit the most values counted per dimension
 * @param entities the catalogue to count hits by entity with, in the dimensions person,
 *     organisation and place; null for no entity counts
 * @param languages the languages whose text fields snippets are made from
 */
public record StoreSearch(Query query, Map<String, Query> reasons, boolean byDate, int offset,
    int limit, List<String> facets, int facetLimit, NameEntities entities,
    List<String> languages) {

  /** Snippets made per hit, at most. */
  public static final int SNIPPETS = 3;

  public StoreSearch {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must be 0 or more: " + offset
          + ", " + limit);
    }
    // in the order given: hits list the reasons they match in it
    reasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reasons));
    facets = List.copyOf(facets);
    languages = List.copyOf(languages);
  }
}
