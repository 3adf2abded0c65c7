package org.dragoman.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dragoman.index.NameEntities;
import org.dragoman.index.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A search's hits counted by entity, as the embedded index counts them: an article that names an
 * entity by two of its names ("Amar Fayaz", "عمار فياز") counts once. The cluster counts the hits
 * of each name (a terms aggregation); an entity with one name among them has that count, and
 * the entities with more are counted again exactly, each as one filter of all its names.
 */
final class EntityCounts {
  /** The aggregation's name. */
  static final String NAMES = "dragoman_names";

  private EntityCounts() {}

  /** The aggregation of the names of a search's hits. */
  static void request(ObjectNode aggs) {
    ObjectNode terms = aggs.putObject(NAMES).putObject("terms");
    terms.put("field", Schema.NAME);
    terms.put("size", Schema.MAX_FACET_VALUES);
    terms.put("shard_size", Schema.MAX_FACET_VALUES);
  }

  /**
   * The counts per dimension (person, organisation, place), the {@code limit} most frequent of
   * each, from the names' aggregation of a search of {@code query}.
   */
  static Map<String, Map<String, Long>> count(JsonNode names, NameEntities entities, int limit,
      OpenSearchStore store, JsonNode query) throws IOException {
    Map<String, Long> upper = new HashMap<>();
    Map<String, Integer> namesOf = new HashMap<>();
    for (JsonNode b : names.path("buckets")) {
      String id = entities.entityOfTerm(b.path("key").asString());
      if (id != null) {
        upper.merge(id, b.path("doc_count").asLong(), Long::sum);
        namesOf.merge(id, 1, Integer::sum);
      }
    }
    List<String> several = namesOf.entrySet().stream().filter(e -> e.getValue() > 1)
        .map(Map.Entry::getKey).sorted().toList();
    Map<String, Long> exact = new HashMap<>(upper);
    for (int from = 0; from < several.size(); from += 500) {
      exact.putAll(store.countEach(query, several.subList(from, Math.min(several.size(),
          from + 500)), entities));
    }
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : new String[] {"person", "organisation", "place"}) {
      out.put(dim, new LinkedHashMap<>());
    }
    Map<String, List<String>> byDim = new LinkedHashMap<>();
    for (String id : exact.keySet()) {
      String dim = id.substring(0, Math.max(0, id.indexOf(':'))).toLowerCase(Locale.ROOT);
      byDim.computeIfAbsent(dim.isEmpty() ? "entity" : dim, d -> new ArrayList<>()).add(id);
    }
    Comparator<String> order = Comparator.<String>comparingLong(id -> -exact.get(id))
        .thenComparing(Comparator.naturalOrder());
    for (Map.Entry<String, List<String>> e : byDim.entrySet()) {
      Map<String, Long> top = out.computeIfAbsent(e.getKey(), x -> new LinkedHashMap<>());
      e.getValue().stream().sorted(order).limit(limit).forEach(id -> top.put(id, exact.get(id)));
    }
    return out;
  }
}
