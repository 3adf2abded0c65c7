package org.dragoman.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.dragoman.index.Schema;

/**
 * Facets by entity: for every matching article, the entities its names belong to (through the
 * catalogue, so "Amar Fayaz" and "عمار فياز" count once), counted per type as the dimensions
 * {@code person}, {@code organisation} and {@code place}.
 */
final class EntityFacets {
  private EntityFacets() {}

  static Map<String, Map<String, Long>> count(FacetsCollector collector, EntityResolver resolver)
      throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : new String[] {"person", "organisation", "place"}) {
      out.put(dim, new LinkedHashMap<>());
    }
    for (FacetsCollector.MatchingDocs hits : collector.getMatchingDocs()) {
      SortedSetDocValues names = DocValues.getSortedSet(hits.context().reader(), Schema.NAME);
      DocIdSetIterator it = hits.bits().iterator();
      Map<Long, String> cache = new java.util.HashMap<>();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!names.advanceExact(doc)) {
          continue;
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < names.docValueCount(); k++) {
          long ord = names.nextOrd();
          String id = cache.computeIfAbsent(ord, o -> {
            try {
              return String.valueOf(resolver.entityOfTerm(names.lookupOrd(o).utf8ToString()));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
          if (!id.equals("null") && seen.add(id)) {
            String dim = id.substring(0, Math.max(0, id.indexOf(':'))).toLowerCase(Locale.ROOT);
            out.computeIfAbsent(dim.isEmpty() ? "entity" : dim, x -> new LinkedHashMap<>()).merge(id, 1L, Long::sum);
          }
        }
      }
    }
    for (var e : out.entrySet()) {
      Map<String, Long> sorted = new LinkedHashMap<>();
      e.getValue().entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(Schema.MAX_FACET_VALUES).forEach(x -> sorted.put(x.getKey(), x.getValue()));
      e.setValue(sorted);
    }
    return out;
  }
}
