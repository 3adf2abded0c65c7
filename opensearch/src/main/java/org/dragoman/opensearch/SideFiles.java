package org.dragoman.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dragoman.io.AtomicFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The archive's other files (translation groups, editors' decisions, the entity catalogue and
 * its edits, translators' records, slugs, lexicons) kept in the cluster too, in the index
 * {@code INDEX-files}, so that every Dragoman process on every machine that opens the archive
 * shares them: its folder is then a copy, brought up to date when the archive is opened, and
 * what a writer changed goes back when it commits and closes.
 *
 * <p>Each file is written back only over the version it was read as ({@code if_seq_no} and
 * {@code if_primary_term}). When another process wrote it in between, the editors' own files
 * (decisions, entity edits, translators' records, slugs) are merged three ways, against the
 * version both started from: what each side added stays, what one side removed goes, and where
 * both set one value the other process's wins. The files derived from the articles (groups,
 * catalogue, lexicons) are the last writer's; the next alignment makes them again anyway.
 *
 * <p>The folder's file {@value #STATE} remembers, for each file, the version last read or
 * written: a file changed in the folder since (a commit that never came, another process on the
 * same folder) is never overwritten by a pull; it goes back, merged, at the next push.
 *
 * <p>The translation memory ({@code memory/}) is not shared: each machine builds its own from
 * the shared alignment.
 */
final class SideFiles {
  /** The editors' files, merged on a conflict rather than replaced. */
  static final Set<String> MERGED = Set.of("alignment/decisions.json", "entities/edits.json",
      "alignment/translations.json", "publish/slugs.json");

  /** The folder's record of the versions it holds. */
  static final String STATE = ".dragoman-files.json";

  private static final int TRIES = 5;

  private final Path root;
  private final ClusterClient client;
  private final String index;
  private final JsonMapper json;
  /** Each file as last read or written: its digest, the cluster's version, and (merged) its bytes. */
  private final Map<String, Known> known = new TreeMap<>();

  record Known(String sha, long seqNo, long primaryTerm, String base) {}

  SideFiles(Path root, ClusterClient client, String archiveIndex, JsonMapper json) {
    this.root = root.toAbsolutePath().normalize();
    this.client = client;
    this.index = archiveIndex + "-files";
    this.json = json;
  }

  /** Creates the files' index when it is missing. */
  void create(int replicas) throws IOException {
    if (client.send("HEAD", index, null, null).status() != 404) {
      return;
    }
    ObjectNode body = json.createObjectNode();
    body.putObject("settings").putObject("index").put("number_of_shards", 1)
        .put("number_of_replicas", replicas);
    ObjectNode p = body.putObject("mappings").put("dynamic", "strict").putObject("properties");
    p.putObject("path").put("type", "keyword");
    p.putObject("sha256").put("type", "keyword");
    p.putObject("content").put("type", "binary");
    ClusterClient.Response r = client.send("PUT", index, json.writeValueAsString(body),
        "application/json");
    if (!r.ok() && !ClusterClient.errorOf(r.body()).startsWith("resource_already_exists")) {
      throw new IOException("OpenSearch refused to create the index '" + index + "': "
          + ClusterClient.errorOf(r.body()));
    }
  }

  /** Brings the folder's copies up to the cluster's files; false when there is no files' index. */
  synchronized boolean pull() throws IOException {
    if (client.send("HEAD", index, null, null).status() == 404) {
      return false;
    }
    readState();
    // a search sees what was refreshed: another process's last write may be newer
    client.call("POST", index + "/_refresh", null);
    JsonNode after = null;
    while (true) {
      ObjectNode body = json.createObjectNode();
      body.put("size", 100);
      body.put("seq_no_primary_term", true);
      body.putArray("sort").addObject().put("path", "asc");
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits = client.call("POST", index + "/_search", body).path("hits").path("hits");
      for (JsonNode h : hits) {
        String path = h.path("_source").path("path").asString();
        Path file = local(path);
        if (file == null) {
          continue; // not a file the cluster shares (an older Dragoman's, a hostile name)
        }
        byte[] content = Base64.getDecoder().decode(h.path("_source").path("content").asString());
        Known was = known.get(path);
        boolean editedHere = Files.isRegularFile(file) && was != null
            && !was.sha().equals(sha(Files.readAllBytes(file)));
        if (editedHere) {
          continue; // changed in this folder since it was read: it goes back at the next push
        }
        if (!Files.isRegularFile(file) || !sha(Files.readAllBytes(file)).equals(sha(content))) {
          Files.createDirectories(file.getParent());
          AtomicFiles.write(file, content);
        }
        known.put(path, known(path, content, h.path("_seq_no").asLong(),
            h.path("_primary_term").asLong()));
      }
      if (hits.size() < 100) {
        break;
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
    writeState();
    return true;
  }

  /** Sends every file of the folder changed since it was read. */
  synchronized void push() throws IOException {
    List<Path> files;
    try (var all = Files.walk(root)) {
      // the editors' files first: merging the entity edits decides the catalogue below
      files = all.filter(Files::isRegularFile).sorted(java.util.Comparator
          .comparing((Path f) -> !MERGED.contains(rel(f))).thenComparing(f -> f)).toList();
    }
    boolean sent = false;
    boolean editsMerged = false;
    for (Path f : files) {
      String path = rel(f);
      if (local(path) == null) {
        continue;
      }
      byte[] content = Files.readAllBytes(f);
      Known k = known.get(path);
      if (k != null && k.sha().equals(sha(content))) {
        continue;
      }
      if (path.equals(CATALOGUE) && editsMerged) {
        // the catalogue says how many edits it applied: the other process's counts the merged
        // edits' first ones, ours does not; the next reader applies the rest to theirs
        takeTheirs(path);
        continue;
      }
      editsMerged |= !send(path, content) && path.equals(EDITS);
      sent = true;
    }
    if (sent) {
      writeState();
    }
  }

  static final String EDITS = "entities/edits.json";
  static final String CATALOGUE = "entities/catalogue.json";

  private String rel(Path f) {
    return root.relativize(f).toString().replace('\\', '/');
  }

  /** Replaces the folder's copy of {@code path} with the cluster's. */
  private void takeTheirs(String path) throws IOException {
    ClusterClient.Response r = client.send("GET", index + "/_doc/" + ClusterClient.segment(path),
        null, null);
    if (!r.ok()) {
      return; // none there: ours goes at the next push
    }
    byte[] content = Base64.getDecoder().decode(r.body().path("_source").path("content").asString());
    AtomicFiles.write(local(path), content);
    known.put(path, known(path, content, r.body().path("_seq_no").asLong(),
        r.body().path("_primary_term").asLong()));
  }

  /** Sends one file; false when it had to be merged with another process's version first. */
  private boolean send(String path, byte[] content) throws IOException {
    String id = ClusterClient.segment(path);
    boolean merged = false;
    for (int attempt = 1; attempt <= TRIES; attempt++) {
      Known k = known.get(path);
      String query = k == null ? "?op_type=create"
          : "?if_seq_no=" + k.seqNo() + "&if_primary_term=" + k.primaryTerm();
      ObjectNode doc = json.createObjectNode();
      doc.put("path", path);
      doc.put("sha256", sha(content));
      doc.put("content", Base64.getEncoder().encodeToString(content));
      ClusterClient.Response r = client.send("PUT", index + "/_doc/" + id + query,
          json.writeValueAsString(doc), "application/json");
      if (r.ok()) {
        known.put(path, known(path, content, r.body().path("_seq_no").asLong(),
            r.body().path("_primary_term").asLong()));
        return !merged;
      }
      if (r.status() != 409) {
        throw new IOException("OpenSearch refused the archive's file " + path + ": "
            + ClusterClient.errorOf(r.body()));
      }
      // another process wrote it since it was read: take its version, and merge the editors'
      JsonNode theirs = client.call("GET", index + "/_doc/" + id, null);
      byte[] other = Base64.getDecoder().decode(theirs.path("_source").path("content").asString());
      String base = k == null ? null : k.base();
      known.put(path, known(path, other, theirs.path("_seq_no").asLong(),
          theirs.path("_primary_term").asLong()));
      if (MERGED.contains(path)) {
        JsonNode start = base == null ? json.createObjectNode() : json.readTree(base);
        content = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(
            merge(start, json.readTree(other), json.readTree(content)));
        AtomicFiles.write(local(path), content);
        merged = true;
      }
    }
    throw new IOException("The archive's file " + path + " kept changing under other processes'"
        + " writes; " + TRIES + " tries");
  }

  private Known known(String path, byte[] content, long seqNo, long primaryTerm) {
    return new Known(sha(content), seqNo, primaryTerm,
        MERGED.contains(path) ? new String(content, java.nio.charset.StandardCharsets.UTF_8) : null);
  }

  /**
   * Two versions of an editors' file that both began as {@code base}, in one: in objects, each
   * key as the side that changed it has it (theirs when both did); in lists, their items, less
   * those we removed, and then those we added.
   */
  static JsonNode merge(JsonNode base, JsonNode theirs, JsonNode ours) {
    if (theirs.isObject() && ours.isObject()) {
      ObjectNode out = ((ObjectNode) theirs).deepCopy();
      for (var e : ours.properties()) {
        JsonNode b = base.path(e.getKey());
        JsonNode t = out.get(e.getKey());
        if (t == null) {
          if (b.isMissingNode()) {
            out.set(e.getKey(), e.getValue()); // ours added it
          }
          continue; // they removed it
        }
        out.set(e.getKey(), merge(b, t, e.getValue()));
      }
      for (var e : base.properties()) {
        if (!ours.has(e.getKey()) && e.getValue().equals(out.get(e.getKey()))) {
          out.remove(e.getKey()); // we removed it, they left it
        }
      }
      return out;
    }
    if (theirs.isArray() && ours.isArray()) {
      Set<JsonNode> had = new java.util.HashSet<>();
      base.forEach(had::add);
      Set<JsonNode> mine = new java.util.HashSet<>();
      ours.forEach(mine::add);
      ArrayNode out = ((ArrayNode) theirs).deepCopy().removeAll();
      Set<JsonNode> kept = new java.util.HashSet<>();
      for (JsonNode n : theirs) {
        if ((!had.contains(n) || mine.contains(n)) && kept.add(n)) {
          out.add(n); // we did not remove it
        }
      }
      for (JsonNode n : ours) {
        if (!had.contains(n) && kept.add(n)) {
          out.add(n); // we added it
        }
      }
      return out;
    }
    return theirs.equals(base) ? ours : theirs;
  }

  /** The file of the folder for a shared path, or null for a path the cluster does not share. */
  private Path local(String path) {
    if (path.isEmpty() || path.contains("\\") || path.startsWith("/")) {
      return null;
    }
    Path p = root.resolve(path).normalize();
    if (!p.startsWith(root) || p.equals(root)) {
      return null;
    }
    Path rel = root.relativize(p);
    String first = rel.getName(0).toString();
    String name = p.getFileName().toString();
    boolean shared = !rel.toString().equals("dragoman-archive.properties")
        && !first.equals("index") && !first.equals("memory") && !name.startsWith(".")
        && !name.endsWith(".lock") && !name.endsWith(".tmp");
    for (Path part : rel) {
      shared &= !part.toString().startsWith(".") && !part.toString().equals("..");
    }
    return shared ? p : null;
  }

  private void readState() throws IOException {
    Path f = root.resolve(STATE);
    if (!Files.isRegularFile(f)) {
      return;
    }
    try {
      for (var e : json.readTree(Files.readAllBytes(f)).properties()) {
        JsonNode v = e.getValue();
        known.put(e.getKey(), new Known(v.path("sha").asString(), v.path("seqNo").asLong(),
            v.path("primaryTerm").asLong(), v.path("base").isString() ? v.path("base").asString()
                : null));
      }
    } catch (tools.jackson.core.JacksonException damaged) {
      known.clear(); // rebuilt from the cluster: a local change then counts as the cluster's
    }
  }

  private void writeState() throws IOException {
    ObjectNode out = json.createObjectNode();
    known.forEach((path, k) -> {
      ObjectNode o = out.putObject(path);
      o.put("sha", k.sha());
      o.put("seqNo", k.seqNo());
      o.put("primaryTerm", k.primaryTerm());
      if (k.base() != null) {
        o.put("base", k.base());
      }
    });
    AtomicFiles.write(root.resolve(STATE), json.writeValueAsBytes(out));
  }

  private static String sha(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
