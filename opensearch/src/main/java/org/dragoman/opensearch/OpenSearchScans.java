package org.dragoman.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dragoman.index.ArchiveScans;
import org.dragoman.index.ArchiveStore;
import org.dragoman.index.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The questions about every article, asked of the cluster: pages of every article in id order
 * ({@code search_after}, so that a scan of millions holds one page at a time), counts and
 * aggregations.
 */
final class OpenSearchScans implements ArchiveScans {
  private static final int PAGE = 1000;

  static final String[] FACTS = {Schema.ID, Schema.LANGUAGE, Schema.LENGTH, Schema.ANCHORS,
      Schema.PUBLISHED};

  private final OpenSearchStore store;

  OpenSearchScans(OpenSearchStore store) {
    this.store = store;
  }

  /** Calls {@code visit} with the source ({@code fields} of it) of every article of {@code query}. */
  private void scan(ObjectNode query, String[] fields, Consumer<JsonNode> visit)
      throws IOException {
    JsonNode after = null;
    while (true) {
      ObjectNode body = store.json().createObjectNode();
      body.set("query", query);
      body.put("size", PAGE);
      body.put("track_total_hits", false);
      ArrayNode source = body.putArray("_source");
      for (String f : fields) {
        source.add(f);
      }
      body.putArray("sort").addObject().put(Schema.ID, "asc");
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits = store.complete(store.index() + "/_search", body).path("hits").path("hits");
      for (JsonNode h : hits) {
        visit.accept(h.path("_source"));
      }
      if (hits.size() < PAGE) {
        return;
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
  }

  private ObjectNode all() {
    ObjectNode q = store.json().createObjectNode();
    q.putObject("match_all");
    return q;
  }

  @Override
  public void forEachMentions(MentionVisitor visit) throws IOException {
    scan(all(), new String[] {Schema.ID, Schema.LANGUAGE, Schema.INGESTED, Schema.MENTIONS,
        Schema.MENTIONS_BINARY, DocumentSource.STORED}, s -> {
          var d = DocumentSource.fromSource(s);
          visit.visit(s.path(Schema.ID).asString(), s.path(Schema.LANGUAGE).asString(),
              s.path(Schema.INGESTED).asLong(0), Schema.mentions(d));
        });
  }

  @Override
  public void forEachFacts(Consumer<ArchiveStore.Facts> visit) throws IOException {
    scan(all(), FACTS, s -> visit.accept(facts(s)));
  }

  /** The pairing facts of a source. */
  static ArchiveStore.Facts facts(JsonNode s) {
    String anchors = s.path(Schema.ANCHORS).asString("");
    return new ArchiveStore.Facts(s.path(Schema.ID).asString(), s.path(Schema.LANGUAGE).asString(),
        s.path(Schema.LENGTH).asInt(0), OpenSearchStore.published(s),
        anchors.isEmpty() ? Set.of() : Set.of(anchors.split("\n")));
  }

  @Override
  public int countNames(Collection<String> names) throws IOException {
    if (names.isEmpty()) {
      return 0;
    }
    ObjectNode body = store.json().createObjectNode();
    ArrayNode terms = body.putObject("query").putObject("terms").putArray(Schema.NAME);
    names.forEach(terms::add);
    return store.complete(store.index() + "/_count", body).path("count").asInt();
  }

  @Override
  public Set<String> idsReadSince(long time) throws IOException {
    ObjectNode q = all();
    if (time != Long.MIN_VALUE) {
      q = store.json().createObjectNode();
      q.putObject("range").putObject(Schema.INGESTED).put("gt", time);
    }
    Set<String> out = new HashSet<>();
    scan(q, new String[] {Schema.ID}, s -> out.add(s.path(Schema.ID).asString()));
    return out;
  }

  @Override
  public long latestRead() throws IOException {
    ObjectNode body = store.json().createObjectNode();
    body.put("size", 0);
    body.putObject("aggs").putObject("latest").putObject("max").put("field", Schema.INGESTED);
    JsonNode v = store.complete(store.index() + "/_search", body).path("aggregations").path("latest").path("value");
    return v.isNumber() ? (long) v.asDouble() : Long.MIN_VALUE;
  }

  @Override
  public Counts counts(List<String> dimensions) throws IOException {
    ObjectNode body = store.json().createObjectNode();
    body.put("size", 0);
    body.put("track_total_hits", true);
    ObjectNode aggs = body.putObject("aggs");
    for (String dim : dimensions) {
      ObjectNode terms = aggs.putObject(dim).putObject("terms");
      terms.put("field", dim);
      terms.put("size", Schema.MAX_FACET_VALUES);
    }
    JsonNode r = store.complete(store.index() + "/_search", body);
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : dimensions) {
      Map<String, Long> values = new LinkedHashMap<>();
      for (JsonNode b : r.path("aggregations").path(dim).path("buckets")) {
        values.put(b.path("key").asString(), b.path("doc_count").asLong());
      }
      out.put(dim, values);
    }
    return new Counts((int) r.path("hits").path("total").path("value").asLong(), out);
  }

  @Override
  public List<String> ids() throws IOException {
    List<String> out = new ArrayList<>();
    scan(all(), new String[] {Schema.ID}, s -> out.add(s.path(Schema.ID).asString()));
    java.util.Collections.sort(out);
    return out;
  }

  @Override
  public List<String> languages() throws IOException {
    return counts(List.of(Schema.LANGUAGE)).dimensions().get(Schema.LANGUAGE).keySet().stream()
        .sorted().toList();
  }
}
