package org.dragoman.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.dragoman.index.ArchiveStore;
import org.dragoman.index.NameEntities;
import org.dragoman.index.Schema;
import org.dragoman.index.Snippets;
import org.dragoman.index.StoreHits;
import org.dragoman.index.StoreSearch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The searches of an {@link OpenSearchStore}: a {@link StoreSearch} as one request of the
 * embedded search's own query over every shard's statistics, with its facets as aggregations;
 * then which reasons each hit matches, and the snippets, made as the embedded index makes them.
 */
final class ClusterSearch {
  private final OpenSearchStore store;
  private final ClusterClient client;
  private final JsonMapper json;
  private final QueryDsl dsl;
  private final String index;
  /** One copy of each shard for one process's searches (see {@link #search}). */
  private final String preference = "dragoman-" + Long.toHexString(System.nanoTime());

  ClusterSearch(OpenSearchStore store) {
    this.store = store;
    this.client = store.client();
    this.json = store.json();
    this.dsl = store.dsl();
    this.index = store.index();
  }

  /**
   * Runs a search body over every shard's statistics, as one index's would be. A search that
   * some shards could not answer (a node stopped, its replicas not yet promoted) is asked again
   * after a pause, and fails naming the shards' reason if they stay missing: a result from part
   * of the archive is never given as the whole.
   */
  JsonNode search(ObjectNode body) throws IOException {
    // one copy of each shard for the pages of one process's searches: a primary and its replica
    // may hold different counts of deleted articles, and scores would move between pages
    return complete(index + "/_search?search_type=dfs_query_then_fetch&preference=" + preference,
        body);
  }

  /** {@code POST path} with {@code body}, asked again while shards fail. */
  JsonNode complete(String path, ObjectNode body) throws IOException {
    long pause = 200;
    for (int attempt = 1; ; attempt++) {
      JsonNode r = client.call("POST", path, body);
      JsonNode shards = r.path("_shards");
      if (shards.path("failed").asInt(0) == 0) {
        return r;
      }
      if (attempt == 8) {
        throw new IOException(shards.path("failed").asInt() + " of "
            + shards.path("total").asInt() + " shards of the index '" + index
            + "' did not answer: " + shards.path("failures").path(0).path("reason"));
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted waiting for shards");
      }
      pause = Math.min(pause * 2, 3000);
    }
  }

  StoreHits run(StoreSearch search) throws IOException {
    ObjectNode query = dsl.of(search.query());
    ObjectNode body = json.createObjectNode();
    body.set("query", query);
    body.put("from", search.offset());
    body.put("size", search.limit());
    body.put("track_total_hits", true);
    ArrayNode sort = body.putArray("sort");
    if (search.byDate()) {
      sort.addObject().putObject(Schema.PUBLISHED).put("order", "desc").put("missing", "_last");
      body.put("track_scores", true);
    }
    sort.add("_score");
    sort.addObject().put(Schema.ID, "asc");
    ObjectNode aggs = body.putObject("aggs");
    for (String dim : search.facets()) {
      ObjectNode terms = aggs.putObject(dim).putObject("terms");
      terms.put("field", dim);
      terms.put("size", Math.max(1, search.facetLimit()));
      terms.put("shard_size", Schema.MAX_FACET_VALUES);
    }
    if (search.entities() != null) {
      EntityCounts.request(aggs);
    }
    JsonNode r = search(body);
    Map<String, Set<String>> reasonsOf = reasons(r.path("hits").path("hits"), search.reasons());
    List<StoreHits.Hit> hits = new ArrayList<>();
    for (JsonNode h : r.path("hits").path("hits")) {
      Document d = DocumentSource.fromSource(h.path("_source"));
      List<String> matched = new ArrayList<>();
      Set<String> names = reasonsOf.getOrDefault(h.path("_id").asString(), Set.of());
      for (String reason : search.reasons().keySet()) {
        if (names.contains(reason)) {
          matched.add(reason);
        }
      }
      hits.add(new StoreHits.Hit(d, (float) h.path("_score").asDouble(),
          snippets(search, d), matched));
    }
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (String dim : search.facets()) {
      Map<String, Long> values = new LinkedHashMap<>();
      for (JsonNode b : r.path("aggregations").path(dim).path("buckets")) {
        values.put(b.path("key").asString(), b.path("doc_count").asLong());
      }
      facets.put(dim, values);
    }
    if (search.entities() != null) {
      facets.putAll(EntityCounts.count(r.path("aggregations").path(EntityCounts.NAMES),
          search.entities(), search.facetLimit(), store, query));
    }
    return new StoreHits(r.path("hits").path("total").path("value").asLong(), hits, facets);
  }

  /**
   * Which reasons each hit matches: one more request over the page's hits only, each reason an
   * optional clause named after it (the cluster names the clauses each hit matches). Apart from
   * the query, since both together could pass the cluster's limit of clauses.
   */
  private Map<String, Set<String>> reasons(JsonNode hits, Map<String, Query> reasons)
      throws IOException {
    Map<String, Set<String>> out = new java.util.HashMap<>();
    if (reasons.isEmpty() || hits.isEmpty()) {
      return out;
    }
    ObjectNode body = json.createObjectNode();
    ObjectNode bool = body.putObject("query").putObject("bool");
    ArrayNode ids = bool.putArray("filter").addObject().putObject("ids").putArray("values");
    hits.forEach(h -> ids.add(h.path("_id").asString()));
    ArrayNode should = bool.putArray("should");
    for (Map.Entry<String, Query> r : reasons.entrySet()) {
      ObjectNode c = should.addObject().putObject("constant_score");
      c.set("filter", dsl.of(r.getValue()));
      c.put("_name", r.getKey());
    }
    bool.put("minimum_should_match", 0);
    body.put("size", hits.size());
    body.put("_source", false);
    for (JsonNode h : complete(index + "/_search", body).path("hits").path("hits")) {
      Set<String> names = new HashSet<>();
      h.path("matched_queries").forEach(n -> names.add(n.asString()));
      out.put(h.path("_id").asString(), names);
    }
    return out;
  }

  private List<String> snippets(StoreSearch search, Document d) throws IOException {
    for (String l : search.languages()) {
      String text = d.get(Schema.textField(l));
      if (text != null) {
        return Snippets.ofHit(store.analyzer(), Schema.textField(l), search.query(),
            OpenSearchStore.stored(d));
      }
    }
    return List.of();
  }

  /** How many hits of {@code query} name each of {@code entities} by any of its names. */
  Map<String, Long> countEach(JsonNode query, List<String> ids, NameEntities entities)
      throws IOException {
    ObjectNode body = json.createObjectNode();
    body.set("query", query);
    body.put("size", 0);
    ObjectNode filters = body.putObject("aggs").putObject("each").putObject("filters")
        .putObject("filters");
    for (String id : ids) {
      ArrayNode terms = filters.putObject(id).putObject("terms").putArray(Schema.NAME);
      entities.terms(id).forEach(terms::add);
    }
    JsonNode buckets = search(body).path("aggregations").path("each").path("buckets");
    Map<String, Long> out = new LinkedHashMap<>();
    for (String id : ids) {
      out.put(id, buckets.path(id).path("doc_count").asLong());
    }
    return out;
  }

  List<ArchiveStore.ScoredId> top(Query query, int n) throws IOException {
    ObjectNode body = json.createObjectNode();
    body.set("query", dsl.of(query));
    body.put("size", Math.max(1, n));
    body.putArray("_source").add(Schema.ID);
    ArrayNode sort = body.putArray("sort");
    sort.add("_score");
    sort.addObject().put(Schema.ID, "asc");
    List<ArchiveStore.ScoredId> out = new ArrayList<>();
    for (JsonNode h : search(body).path("hits").path("hits")) {
      out.add(new ArchiveStore.ScoredId(h.path("_source").path(Schema.ID).asString(),
          (float) h.path("_score").asDouble()));
    }
    return out;
  }

  Map<String, Integer> anchorFrequencies(Collection<String> anchors) throws IOException {
    Map<String, Integer> out = new java.util.HashMap<>();
    List<String> all = new ArrayList<>(anchors);
    for (int from = 0; from < all.size(); from += 1000) {
      List<String> part = all.subList(from, Math.min(all.size(), from + 1000));
      ObjectNode body = json.createObjectNode();
      body.put("size", 0);
      ObjectNode terms = body.putObject("aggs").putObject("df").putObject("terms");
      terms.put("field", Mapping.ANCHOR_COUNTS);
      terms.put("size", part.size());
      terms.put("shard_size", part.size());
      ArrayNode include = terms.putArray("include");
      part.forEach(include::add);
      for (String a : part) {
        out.put(a, 0);
      }
      for (JsonNode b : complete(index + "/_search", body).path("aggregations")
          .path("df").path("buckets")) {
        out.put(b.path("key").asString(), b.path("doc_count").asInt());
      }
    }
    return out;
  }
}
