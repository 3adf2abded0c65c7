package org.dragoman.opensearch;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
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
import org.dragoman.index.StoreHits;
import org.dragoman.index.StoreSearch;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
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
 * The archive's other files are shared through the cluster too ({@link SideFiles}): brought up
 * to date at opening, sent back at each commit.
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
  private final SideFiles sideFiles;
  private final ClusterSearch searches;

  private final Object bulkLock = new Object();
  /** Held while a bulk is sent. */
  private final Object sendLock = new Object();
  /** The articles of the bulk being sent (guarded by bulkLock). */
  private Set<String> inFlight = Set.of();
  /** Articles put and not yet sent: id → its two lines of a bulk request. */
  private Map<String, String> pending = new LinkedHashMap<>();
  private long pendingChars;
  /** Whether articles were sent since the last commit (guarded by bulkLock). */
  private boolean writing;

  private OpenSearchStore(Path root, ClusterClient client, String index, LanguagePacks packs,
      boolean writable) {
    this.root = root;
    this.client = client;
    this.index = index;
    this.packs = packs;
    this.analyzer = new SchemaAnalyzer(packs);
    this.writable = writable;
    this.scans = new OpenSearchScans(this);
    this.sideFiles = new SideFiles(root, client, index, json);
    this.searches = new ClusterSearch(this);
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
    if (writable) {
      s.sideFiles.create(replicas);
    }
    s.sideFiles.pull();
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
    if (id.getBytes(StandardCharsets.UTF_8).length <= 256 && !id.equals(".") && !id.equals("..")
        && !id.isEmpty()) {
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
      waiting = pending.containsKey(id) || inFlight.contains(id);
    }
    if (waiting) {
      flush();
    }
    String path = index + "/_doc/" + ClusterClient.segment(docId(id))
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
    // versioned by when the article was read: a write that comes late (a bulk sent again after
    // a node stalled) never replaces a newer reading of the same article
    action.putObject("index").put("_index", index).put("_id", docId(article.id()))
        .put("version", Math.max(0, article.ingested().toEpochMilli()))
        .put("version_type", "external_gte");
    String lines = json.writeValueAsString(action) + "\n" + json.writeValueAsString(source) + "\n";
    boolean full;
    synchronized (bulkLock) {
      dirtied = true;
      String was = pending.remove(article.id()); // put again: its last version, sent once
      pendingChars += lines.length() - (was == null ? 0 : was.length());
      pending.put(article.id(), lines);
      full = pending.size() >= BULK_DOCS || pendingChars >= BULK_CHARS;
    }
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
    // one bulk at a time, in order (a later version of an article never goes first); puts and
    // reads of other articles go on while it is sent
    synchronized (sendLock) {
      Map<String, String> items;
      boolean first;
      synchronized (bulkLock) {
        if (pending.isEmpty()) {
          return false;
        }
        items = pending;
        pending = new LinkedHashMap<>();
        pendingChars = 0;
        inFlight = items.keySet();
        first = !writing;
        writing = true;
      }
      try {
        if (first) {
          // the first write after a commit: the stamp changes first, so that files derived
          // from the index know they are behind it if this process ends before its commit
          writeStamp();
        }
        Bulk.send(client, items);
      } catch (IOException | RuntimeException e) {
        // nothing is dropped: the articles wait again (unless put anew since), and the next
        // commit sends them or fails with the reason
        synchronized (bulkLock) {
          for (Map.Entry<String, String> i : items.entrySet()) {
            if (!pending.containsKey(i.getKey())) {
              pending.put(i.getKey(), i.getValue());
              pendingChars += i.getValue().length();
            }
          }
          if (first) {
            writing = false;
          }
        }
        throw e;
      } finally {
        synchronized (bulkLock) {
          inFlight = Set.of();
        }
      }
      return true;
    }
  }


  @Override
  public boolean flushOne() throws IOException {
    return flush();
  }

  /** Whether anything was put since the last commit (guarded by bulkLock). */
  private boolean dirtied;

  @Override
  public void commit() throws IOException {
    boolean changed;
    synchronized (bulkLock) {
      // read before sending: an article put meanwhile marks the next commit
      changed = dirtied;
      dirtied = false;
      writing = false;
    }
    try {
      flush();
    } catch (IOException | RuntimeException e) {
      synchronized (bulkLock) {
        dirtied |= changed;
      }
      throw e;
    }
    if (writable) {
      sideFiles.push();
    }
    if (!changed) {
      return;
    }
    client.call("POST", index + "/_refresh", null);
    writeStamp();
  }

  /** Writes a new stamp into the index's mapping. */
  private void writeStamp() throws IOException {
    String next = java.util.UUID.randomUUID().toString();
    ObjectNode meta = json.createObjectNode();
    meta.putObject("_meta").put("stamp", next);
    client.call("PUT", index + "/_mapping", meta);
  }

  @Override
  public String stamp() throws IOException {
    // asked each time, never kept: another process writing the same archive changes it too
    JsonNode m = client.call("GET", index + "/_mapping", null);
    return m.path(index).path("mappings").path("_meta").path("stamp").asString("none");
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
    long local = org.dragoman.io.FolderSize.of(root);
    JsonNode stats = client.call("GET", index + "/_stats/store", null);
    return local + stats.path("_all").path("total").path("store").path("size_in_bytes").asLong();
  }

  /** Runs a search body over every shard's statistics (see {@link ClusterSearch#search}). */
  JsonNode search(ObjectNode body) throws IOException {
    return searches.search(body);
  }

  /** {@code POST path} with {@code body}, asked again while shards fail. */
  JsonNode complete(String path, ObjectNode body) throws IOException {
    return searches.complete(path, body);
  }

  @Override
  public StoreHits search(StoreSearch search) throws IOException {
    return searches.run(search);
  }

  @Override
  public List<ScoredId> top(Query query, int n) throws IOException {
    return searches.top(query, n);
  }

  @Override
  public Map<String, Integer> anchorFrequencies(Collection<String> anchors) throws IOException {
    return searches.anchorFrequencies(anchors);
  }

  /** How many hits of {@code query} name each of {@code entities} by any of its names. */
  Map<String, Long> countEach(JsonNode query, List<String> ids, NameEntities entities)
      throws IOException {
    return searches.countEach(query, ids, entities);
  }

  /** The publication date of a source, if it has one. */
  static LocalDate published(JsonNode source) {
    JsonNode p = source.path(Schema.PUBLISHED);
    return p.isNumber() ? LocalDate.ofEpochDay(p.asLong()) : null;
  }

  @Override
  public void close() throws IOException {
    if (writable) {
      commit(); // as the embedded writer commits when it closes, and the other files go back
    }
  }
}
