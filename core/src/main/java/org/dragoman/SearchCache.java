package org.dragoman;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;

/**
 * The results of recent searches, each kept with the state of the archive it was computed on
 * (the index version, the entity catalogue, the translation groups) and served again only while
 * that state holds: an ingest, an align or an editor's edit makes every older result miss. The
 * same idea as Elasticsearch's shard request cache, which keeps aggregation results until the
 * next refresh. Least recently used results leave first. Thread-safe.
 */
final class SearchCache {
  /** Results kept, at most. */
  static final int CAPACITY = 512;

  /** Only pages of at most this many hits are kept... */
  static final int MAX_LIMIT = 20;

  /** ...with at most this many values per facet, so that each result stays under about 100 KB. */
  static final int MAX_FACET_LIMIT = SearchRequest.DEFAULT_FACET_LIMIT;

  /** Whether results of {@code request} are kept: a page as people read it, not an export. */
  static boolean keeps(SearchRequest request) {
    return !request.across() && request.limit() <= MAX_LIMIT
        && request.facetLimit() <= MAX_FACET_LIMIT;
  }

  /**
   * The state of the archive a result was computed on: the index version, and the catalogue's
   * resolver and the groups' index, objects replaced whenever their files change (compared by
   * identity: comparing their contents would cost more than the search).
   */
  record Stamp(long version, Object catalogue, Object groups) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Stamp s && s.version == version && s.catalogue == catalogue
          && s.groups == groups;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(version) * 31 + System.identityHashCode(catalogue) * 17
          + System.identityHashCode(groups);
    }
  }

  private record Kept(Stamp stamp, SearchResult result) {}

  private final Map<SearchRequest, Kept> entries = new LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<SearchRequest, Kept> eldest) {
      return size() > CAPACITY;
    }
  };

  /** The result kept for {@code request} on the archive in state {@code stamp}, or null. */
  synchronized SearchResult get(SearchRequest request, Stamp stamp) {
    Kept e = entries.get(request);
    return e != null && e.stamp().equals(stamp) ? e.result() : null;
  }

  synchronized void put(SearchRequest request, Stamp stamp, SearchResult result) {
    entries.put(request, new Kept(stamp, result));
  }
}
