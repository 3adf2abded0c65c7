package org.dragoman.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;

/**
 * What a store found for a {@link StoreSearch}.
 *
 * @param total how many articles match
 * @param hits the page asked for, in order
 * @param facets counts per dimension over every match, in the order asked, then the entity
 *     dimensions; each dimension's values most frequent first
 */
public record StoreHits(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {

  public StoreHits {
    hits = List.copyOf(hits);
  }

  /**
   * One hit.
   *
   * @param document its stored fields, as {@link Schema#fromDocument} and {@link
   *     Schema#mentions} read them
   * @param score its score
   * @param snippets passages of its text with the matches marked
   * @param matched the names of the search's reasons that match it
   */
  public record Hit(Document document, float score, List<String> snippets, List<String> matched) {
    public Hit {
      snippets = List.copyOf(snippets);
      matched = List.copyOf(matched);
    }
  }
}
