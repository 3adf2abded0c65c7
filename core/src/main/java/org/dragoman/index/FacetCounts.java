package org.dragoman.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/** Counts of the {@link Schema} facet dimensions over the articles a collector gathered. */
public final class FacetCounts {
  private FacetCounts() {}

  /**
   * Returns, for each of {@code dims} in order, its values and how many gathered articles have
   * each; a dimension no article has yet (no dated article: no years) is empty.
   */
  public static Map<String, Map<String, Long>> of(IndexReader reader, FacetsCollector collector,
      List<String> dims) throws IOException {
    return of(reader, collector, dims, Schema.MAX_FACET_VALUES);
  }

  /** As {@link #of(IndexReader, FacetsCollector, List)}, the {@code limit} most frequent values. */
  public static Map<String, Map<String, Long>> of(IndexReader reader, FacetsCollector collector,
      List<String> dims, int limit) throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : dims) {
      out.put(dim, new LinkedHashMap<>());
    }
    Facets counts;
    try {
      counts = new SortedSetDocValuesFacetCounts(state(reader), collector);
    } catch (IllegalArgumentException empty) {
      return out; // no facet values indexed yet
    }
    for (String dim : dims) {
      FacetResult r;
      try {
        r = counts.getTopChildren(limit, dim);
      } catch (IllegalArgumentException absent) {
        continue;
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          out.get(dim).put(lv.label, lv.value.longValue());
        }
      }
    }
    return out;
  }

  /**
   * The facet state of each open reader (its ordinals across segments), built once per reader
   * rather than once per search, and dropped when the reader closes.
   */
  private static final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> STATES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return new DefaultSortedSetDocValuesReaderState(reader, Schema.FACETS);
    }
    SortedSetDocValuesReaderState s = STATES.get(helper.getKey());
    if (s == null) {
      s = new DefaultSortedSetDocValuesReaderState(reader, Schema.FACETS);
      if (STATES.putIfAbsent(helper.getKey(), s) == null) {
        helper.addClosedListener(STATES::remove);
      }
    }
    return s;
  }
}
