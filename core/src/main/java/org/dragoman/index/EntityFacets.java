package org.dragoman.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Facets by entity: for every matching article, the entities its names belong to (through the
 * catalogue, so "Amar Fayaz" and "عمار فياز" count once), counted per type as the dimensions
 * {@code person}, {@code organisation} and {@code place}.
 *
 * <p>The entity of each name of an index segment is looked up once per catalogue and segment,
 * and each document's entities are kept as entity numbers in one array per segment (about 4
 * bytes per name an article holds), so that counting a query's hits is array arithmetic,
 * whatever their number.
 */
final class EntityFacets {
  private EntityFacets() {}

  /** Per catalogue (resolver): its entities numbered, and per segment its ordinal table. */
  private static final Map<NameEntities, Table> TABLES =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** One segment's documents and their entity numbers: doc's are values[offsets[doc]…]. */
  private record Segment(int[] offsets, int[] values) {}

  private static final class Table {
    final List<String> ids = new ArrayList<>();
    final List<String> dims = new ArrayList<>();
    final Map<String, Integer> numbers = new HashMap<>();
    final Map<IndexReader.CacheKey, Segment> segments = new WeakHashMap<>();

    synchronized Segment segment(LeafReader leaf, NameEntities resolver) throws IOException {
      IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
      Segment seg = helper == null ? null : segments.get(helper.getKey());
      if (seg == null) {
        seg = build(leaf, resolver);
        if (helper != null) {
          segments.put(helper.getKey(), seg);
        }
      }
      return seg;
    }

    private Segment build(LeafReader leaf, NameEntities resolver) throws IOException {
      SortedSetDocValues names = DocValues.getSortedSet(leaf, Schema.NAME);
      int[] entityOf = new int[(int) names.getValueCount()];
      TermsEnum terms = names.termsEnum();
      int ord = 0;
      for (BytesRef t = terms.next(); t != null; t = terms.next()) {
        String id = resolver.entityOfTerm(t.utf8ToString());
        entityOf[ord++] = id == null ? -1 : number(id);
      }
      // every document's entities, once each, as one array with offsets: counting a query's
      // hits is then array arithmetic, without decoding doc values at each search
      int maxDoc = leaf.maxDoc();
      int[] offsets = new int[maxDoc + 1];
      int[] values = new int[Math.max(16, maxDoc)];
      int n = 0;
      int[] mine = new int[16];
      for (int doc = 0; doc < maxDoc; doc++) {
        offsets[doc] = n;
        if (!names.advanceExact(doc)) {
          continue;
        }
        int m = 0;
        for (int k = names.docValueCount(); k > 0; k--) {
          int e = entityOf[(int) names.nextOrd()];
          boolean seen = e < 0;
          for (int j = 0; j < m && !seen; j++) {
            seen = mine[j] == e;
          }
          if (!seen) {
            if (m == mine.length) {
              mine = java.util.Arrays.copyOf(mine, m * 2);
            }
            mine[m++] = e;
          }
        }
        if (n + m > values.length) {
          values = java.util.Arrays.copyOf(values, Math.max(values.length * 2, n + m));
        }
        System.arraycopy(mine, 0, values, n, m);
        n += m;
      }
      offsets[maxDoc] = n;
      return new Segment(offsets, java.util.Arrays.copyOf(values, n));
    }

    private int number(String id) {
      Integer n = numbers.get(id);
      if (n == null) {
        n = ids.size();
        numbers.put(id, n);
        ids.add(id);
        String dim = id.substring(0, Math.max(0, id.indexOf(':'))).toLowerCase(Locale.ROOT);
        dims.add(dim.isEmpty() ? "entity" : dim);
      }
      return n;
    }
  }

  /** Counts the entities of {@code collector}'s hits, the {@code limit} most frequent per type. */
  static Map<String, Map<String, Long>> count(FacetsCollector collector, NameEntities resolver,
      int limit) throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : new String[] {"person", "organisation", "place"}) {
      out.put(dim, new LinkedHashMap<>());
    }
    Table table = TABLES.computeIfAbsent(resolver, r -> new Table());
    List<FacetsCollector.MatchingDocs> matching = collector.getMatchingDocs();
    Segment[] segs = new Segment[matching.size()];
    for (int i = 0; i < segs.length; i++) {
      segs[i] = table.segment(matching.get(i).context().reader(), resolver);
    }
    int entities;
    synchronized (table) {
      entities = table.ids.size();
    }
    int[] counts = new int[entities];
    int[] touched = new int[16];
    int touchedCount = 0;
    for (int i = 0; i < segs.length; i++) {
      FacetsCollector.MatchingDocs hits = matching.get(i);
      int[] offsets = segs[i].offsets();
      int[] values = segs[i].values();
      DocIdSetIterator it = hits.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        for (int k = offsets[doc], end = offsets[doc + 1]; k < end; k++) {
          int e = values[k];
          if (counts[e]++ == 0) {
            if (touchedCount == touched.length) {
              touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = e;
          }
        }
      }
    }
    List<String> ids;
    List<String> dims;
    synchronized (table) {
      ids = List.copyOf(table.ids.subList(0, entities));
      dims = List.copyOf(table.dims.subList(0, entities));
    }
    Map<String, java.util.PriorityQueue<Integer>> byDim = new LinkedHashMap<>();
    Comparator<Integer> order = Comparator.<Integer>comparingInt(e -> -counts[e])
        .thenComparing(ids::get);
    for (int t = 0; t < touchedCount; t++) {
      int e = touched[t];
      var top = byDim.computeIfAbsent(dims.get(e),
          d -> new java.util.PriorityQueue<>(order.reversed())); // the weakest on top
      top.add(e);
      if (top.size() > limit) {
        top.poll();
      }
    }
    for (var e : byDim.entrySet()) {
      Map<String, Long> top = out.computeIfAbsent(e.getKey(), x -> new LinkedHashMap<>());
      e.getValue().stream().sorted(order).forEach(n -> top.put(ids.get(n), (long) counts[n]));
    }
    return out;
  }
}
