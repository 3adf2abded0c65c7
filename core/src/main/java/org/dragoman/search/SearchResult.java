package org.dragoman.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total, and facet counts over all matching articles.
 *
 * @param total how many articles match
 * @param hits the requested page
 * @param facets counts per value, for dimensions {@code language} and {@code year}
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }
}
