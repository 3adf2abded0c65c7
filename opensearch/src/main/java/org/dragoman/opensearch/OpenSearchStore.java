package org.dragoman.opensearch;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.dragoman.index.ArchiveScans;
import org.dragoman.index.ArchiveStore;
import org.dragoman.index.NameEntities;
import org.dragoman.index.Schema;
import org.dragoman.index.SchemaAnalyzer;
import org.dragoman.index.Snippets;
import org.dragoman.index.StoreHits;
import org.dragoman.index.StoreSearch;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An archive's articles in an OpenSearch index: laid out by {@link Mapping}, written in bulk,
 * searched with the embedded search's own queries ({@link QueryDsl}) over statistics gathered
 * from every shard, so that hits, their order and their scores are the embedded index's. The
 * archive's folder keeps its other files.
 *
 * <p>What is put is sent when {@value #BULK_DOCS} articles wait, at {@link #flushOne} and at
 * {@link #commit}; a read of an article still waiting sends it first. OpenSearch makes every
 * acknowledged write durable (its translog), and {@link #commit} makes them visible to searches.
 *
 * <p>Thread-safe.
 */
final class OpenSearchStore implements ArchiveStore {
  static final int BULK_DOCS = 200;
  private static final long BULK_CHARS = 8 << 20;

  private final Path root;
  private final ClusterClient client;
  private final String index;
  private final LanguagePacks packs;
  private final SchemaAnalyzer analyzer;
  private final boolean writable;
  private final JsonMapper json = JsonMapper.builder().build();
  private final QueryDsl dsl = new QueryDsl(json);
  private final Set<String> mapped = ConcurrentHashMap.newKeySet();
  private final OpenSearchScans scans;

  private final Object bulkLock = new Object();
  /** Articles put and not yet sent: id → its two lines of a bulk request. */
  private Map<String, String> pending = new LinkedHashMap<>();
  private long pendingChars;
  private volatile boolean dirty;
  private volatile String stamp;

  private OpenSearchStore(Path root, ClusterClient client, String index, LanguagePacks packs,
      boolean writable) {
    this.root = root;
    this.client = client;
    this.index = index;
    this.packs = packs;
    this.analyzer = new SchemaAnalyzer(packs);
    this.writable = writable;
    this.scans = new OpenSearchScans(this);
  }

  /** Opens (and when writable, creates) index {@code index} of the cluster at {@code nodes}. */
  static OpenSearchStore open(Path root, ClusterClient client, String index, int shards,
      int replicas, boolean writable, LanguagePacks packs) throws IOException {
    OpenSearchStore s = new OpenSearchStore(root, client, index, packs, writable);
    ClusterClient.Response head = client.send("HEAD", index, null, null);
    if (head.status() == 404) {
      if (!writable) {
        throw new IOException("The archive at " + root + " is on OpenSearch at "
            + client.nodes().get(0) + ", whose cluster has no index '" + index + "' yet");
      }
      ClusterClient.Response created = client.send("PUT", index,
          s.json.writeValueAsString(Mapping.create(s.json, shards, replicas)), "application/json");
      if (!created.ok() && !ClusterClient.errorOf(created.body())
          .startsWith("resource_already_exists_exception")) {
        throw new IOException("OpenSearch refused to create the index '" + index + "': "
            + ClusterClient.errorOf(created.body()));
      }
      client.call("GET", "_cluster/health/" + index + "?wait_for_status=yellow&timeout=60s", null);
    } else if (!head.ok()) {
      throw new IOException("OpenSearch answered " + head.status() + " for the index '" + index
          + "' at " + client.nodes().get(0));
    }
    JsonNode mapping = client.call("GET", index + "/_mapping", null);
    for (var e : mapping.path(index).path("mappings").path("properties").properties()) {
      if (e.getKey().startsWith(Schema.TEXT_PREFIX)) {
        s.mapped.add(e.getKey().substring(Schema.TEXT_PREFIX.length()));
      }
    }
    return s;
  }

  ClusterClient client() {
    return client;
  }

  JsonMapper json() {
    return json;
  }

  QueryDsl dsl() {
    return dsl;
  }

  String index() {
    return index;
  }

  @Override
  public Path root() {
    return root;
  }

  @Override
  public String backend() {
    return OpenSearchBackend.NAME;
  }

  @Override
  public SchemaAnalyzer analyzer() {
    return analyzer;
  }

  @Override
  public boolean writable() {
    return writable;
  }

  /** The document id of article {@code id}: itself, or a digest of one too long for an _id. */
  static String docId(String id) {
    if (id.getBytes(StandardCharsets.UTF_8).length <= 256) {
      return id;
    }
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256")
          .digest(id.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + java.util.HexFormat.of().formatHex(h);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The source of article {@code id} (only {@code fields}, or all when empty), if it is held. */
  private Optional<JsonNode> source(String id, String... fields) throws IOException {
    boolean waiting;
    synchronized (bulkLock) {
      waiting = pending.containsKey(id);
    }
    if (waiting) {
      flush();
    }
    String path = index + "/_doc/" + URLEncoder.encode(docId(id), StandardCharsets.UTF_8)
        + (fields.length == 0 ? "" : "?_source_includes="
            + URLEncoder.encode(String.join(",", fields), StandardCharsets.UTF_8));
    ClusterClient.Response r = client.send("GET", path, null, null);
    if (r.status() == 404 || r.ok() && !r.body().path("found").asBoolean(false)) {
      return Optional.empty();
    }
    if (!r.ok()) {
      throw new IOException("OpenSearch refused to give article " + id + ": "
          + ClusterClient.errorOf(r.body()));
    }
    return Optional.of(r.body().path("_source"));
  }

  @Override
  public Optional<Version> version(String id) throws IOException {
    return source(id, Schema.HASH, Schema.PIPELINE).map(s ->
        new Version(s.path(Schema.HASH).asString(), s.path(Schema.PIPELINE).asInt(0)));
  }

  @Override
  public Optional<Brief> brief(String id) throws IOException {
    return source(id, Schema.ID, Schema.LANGUAGE, Schema.SOURCE, Schema.DISPLAY_TITLE,
        Schema.TITLE_PREFIX + "*").map(s -> {
          String language = s.path(Schema.LANGUAGE).asString();
          JsonNode title = s.path(Schema.DISPLAY_TITLE);
          return new Brief(s.path(Schema.ID).asString(), language, s.path(Schema.SOURCE).asString(),
              title.isMissingNode() ? s.path(Schema.titleField(language)).asString(null)
                  : title.asString());
        });
  }

  @Override
  public Optional<Article> article(String id) throws IOException {
    return source(id).map(s -> Schema.fromDocument(DocumentSource.fromSource(s)));
  }

  @Override
  public Optional<Stored> stored(String id) throws IOException {
    return source(id).map(s -> stored(DocumentSource.fromSource(s)));
  }

  static Stored stored(Document d) {
    String anchors = d.get(Schema.ANCHORS);
    return new Stored(Schema.fromDocument(d), d.getField(Schema.PIPELINE).numericValue().intValue(),
        anchors == null || anchors.isEmpty() ? List.of() : List.of(anchors.split("\n")),
        Schema.mentions(d));
  }

  @Override
  public Optional<Facts> facts(String id) throws IOException {
    return source(id, OpenSearchScans.FACTS).map(OpenSearchScans::facts);
  }

  @Override
  public void put(Article article, int pipeline, Collection<String> anchors,
      List<Mention> mentions) throws IOException {
    if (!writable) {
      throw new IllegalStateException("The archive at " + root + " was opened read-only");
    }
    mapLanguage(article.language());
    ObjectNode source = DocumentSource.toSource(json,
        Schema.fields(article, pipeline, anchors, mentions));
    ObjectNode action = json.createObjectNode();
    action.putObject("index").put("_index", index).put("_id", docId(article.id()));
    String lines = json.writeValueAsString(action) + "\n" + json.writeValueAsString(source) + "\n";
    boolean full;
    synchronized (bulkLock) {
      String was = pending.remove(article.id()); // put again: its last version, sent once
      pendingChars += lines.length() - (was == null ? 0 : was.length());
      pending.put(article.id(), lines);
      full = pending.size() >= BULK_DOCS || pendingChars >= BULK_CHARS;
    }
    dirty = true;
    if (full) {
      flush();
    }
  }

  /** Adds the text and title fields of {@code language} to the index's mapping, once. */
  private void mapLanguage(String language) throws IOException {
    if (mapped.contains(language)) {
      return;
    }
    client.call("PUT", index + "/_mapping", Mapping.language(json, packs, language));
    mapped.add(language);
  }

  /** Sends what waits; false when nothing did. */
  private boolean flush() throws IOException {
    synchronized (bulkLock) {
      if (pending.isEmpty()) {
        return false;
      }
      Map<String, String> items = pending;
      pending = new LinkedHashMap<>();
      pendingChars = 0;
      Bulk.send(client, items);
      return true;
    }
  }

  @Override
  public boolean flushOne() throws IOException {
    return flush();
  }

  @Override
  public void commit() throws IOException {
    flush();
    if (!dirty) {
      return;
    }
    client.call("POST", index + "/_refresh", null);
    String next = java.util.UUID.randomUUID().toString();
    ObjectNode meta = json.createObjectNode();
    meta.putObject("_meta").put("stamp", next);
    client.call("PUT", index + "/_mapping", meta);
    stamp = next;
    dirty = false;
  }

  @Override
  public String stamp() throws IOException {
    if (writable && stamp != null) {
      return stamp;
    }
    JsonNode m = client.call("GET", index + "/_mapping", null);
    String s = m.path(index).path("mappings").path("_meta").path("stamp").asString("none");
    if (writable) {
      stamp = s;
    }
    return s;
  }

  @Override
  public long version() throws IOException {
    JsonNode p = client.call("GET", index + "/_stats/indexing,docs,refresh", null)
        .path("_all").path("primaries");
    return p.path("indexing").path("index_total").asLong() * 1_000_003L
        + p.path("indexing").path("delete_total").asLong() * 1_009L
        + p.path("refresh").path("total").asLong() * 31 + p.path("docs").path("count").asLong();
  }

  @Override
  public void refresh() throws IOException {
    flush();
    client.call("POST", index + "/_refresh", null);
  }

  @Override
  public ArchiveScans scans() {
    return scans;
  }

  @Override
  public long sizeOnDisk() throws IOException {
    long local;
    try (var files = Files.walk(root)) {
      local = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    JsonNode stats = client.call("GET", index + "/_stats/store", null);
    return local + stats.path("_all").path("total").path("store").path("size_in_bytes").asLong();
  }

  /**
   * Runs a search body over every shard's statistics, as one index's would be. A search that
   * some shards could not answer (a node stopped, its replicas not yet promoted) is asked again
   * after a pause, and fails naming the shards' reason if they stay missing: a result from part
   * of the archive is never given as the whole.
   */
  JsonNode search(ObjectNode body) throws IOException {
    return complete(index + "/_search?search_type=dfs_query_then_fetch", body);
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

  @Override
  public StoreHits search(StoreSearch search) throws IOException {
    ObjectNode query = dsl.of(search.query());
    ObjectNode body = json.createObjectNode();
    body.set("query", withReasons(query, search.reasons()));
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
    List<StoreHits.Hit> hits = new ArrayList<>();
    for (JsonNode h : r.path("hits").path("hits")) {
      Document d = DocumentSource.fromSource(h.path("_source"));
      List<String> matched = new ArrayList<>();
      Set<String> names = new HashSet<>();
      h.path("matched_queries").forEach(n -> names.add(n.asString()));
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
          search.entities(), search.facetLimit(), this, query));
    }
    return new StoreHits(r.path("hits").path("total").path("value").asLong(), hits, facets);
  }

  /**
   * The query, with each reason as an optional clause of no weight named after it: the cluster
   * names the clauses each hit matches, and the scores stay the query's.
   */
  private JsonNode withReasons(ObjectNode query, Map<String, Query> reasons) {
    if (reasons.isEmpty()) {
      return query;
    }
    ObjectNode o = json.createObjectNode();
    ObjectNode bool = o.putObject("bool");
    bool.putArray("must").add(query);
    ArrayNode should = bool.putArray("should");
    for (Map.Entry<String, Query> r : reasons.entrySet()) {
      ObjectNode c = should.addObject().putObject("constant_score");
      c.set("filter", dsl.of(r.getValue()));
      c.put("boost", 0f);
      c.put("_name", r.getKey());
    }
    bool.put("minimum_should_match", 0);
    return o;
  }

  private List<String> snippets(StoreSearch search, Document d) throws IOException {
    for (String l : search.languages()) {
      String text = d.get(Schema.textField(l));
      if (text != null) {
        return Snippets.ofHit(analyzer, Schema.textField(l), search.query(), stored(d));
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

  @Override
  public List<ScoredId> top(Query query, int n) throws IOException {
    ObjectNode body = json.createObjectNode();
    body.set("query", dsl.of(query));
    body.put("size", Math.max(1, n));
    body.putArray("_source").add(Schema.ID);
    ArrayNode sort = body.putArray("sort");
    sort.add("_score");
    sort.addObject().put(Schema.ID, "asc");
    List<ScoredId> out = new ArrayList<>();
    for (JsonNode h : search(body).path("hits").path("hits")) {
      out.add(new ScoredId(h.path("_source").path(Schema.ID).asString(),
          (float) h.path("_score").asDouble()));
    }
    return out;
  }

  @Override
  public Map<String, Integer> anchorFrequencies(Collection<String> anchors) throws IOException {
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

  /** The publication date of a source, if it has one. */
  static LocalDate published(JsonNode source) {
    JsonNode p = source.path(Schema.PUBLISHED);
    return p.isNumber() ? LocalDate.ofEpochDay(p.asLong()) : null;
  }

  @Override
  public void close() throws IOException {
    if (writable) {
      commit(); // as the embedded writer commits when it closes
    }
  }
}
