package org.dragoman.opensearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dragoman.index.ArchiveStore;
import org.dragoman.index.BackendSettings;
import org.dragoman.index.IndexBackend;
import org.dragoman.language.LanguagePacks;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@value #NAME} backend: an archive's articles in an index of an OpenSearch cluster whose
 * nodes have the Dragoman plugin ({@link DragomanAnalysisPlugin}).
 *
 * <p>Settings: {@code url} (one node's address or several, comma-separated), {@code index}
 * (default {@value #DEFAULT_INDEX}), {@code shards} (default 1) and {@code replicas} (default 1),
 * the last two for a new index.
 */
public final class OpenSearchBackend implements IndexBackend {
  /** The backend's name. */
  public static final String NAME = "opensearch";
  /** The index of an archive that names none. */
  public static final String DEFAULT_INDEX = "dragoman";

  private static final Set<String> KNOWN = Set.of("url", "index", "shards", "replicas");

  @Override
  public String name() {
    return NAME;
  }

  /** The settings of an archive on the cluster at {@code url}, in index {@code index}. */
  public static BackendSettings settings(String url, String index) {
    Map<String, String> s = new TreeMap<>();
    s.put("url", url);
    if (index != null) {
      s.put("index", index);
    }
    return new BackendSettings(NAME, s);
  }

  @Override
  public BackendSettings complete(BackendSettings settings) {
    Map<String, String> s = new TreeMap<>(settings.settings());
    s.putIfAbsent("index", DEFAULT_INDEX);
    s.putIfAbsent("shards", "1");
    s.putIfAbsent("replicas", "1");
    return new BackendSettings(NAME, s);
  }

  @Override
  public ArchiveStore open(Path root, BackendSettings settings, boolean writable,
      LanguagePacks packs) throws IOException {
    Set<String> unknown = new java.util.TreeSet<>(settings.settings().keySet());
    unknown.removeAll(KNOWN);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters of the opensearch backend: "
          + String.join(", ", unknown) + " (known: url, index, shards, replicas)");
    }
    String url = settings.get("url");
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("The opensearch backend needs a url (--url http://HOST:9200)");
    }
    String index = settings.settings().getOrDefault("index", DEFAULT_INDEX);
    if (!index.matches("[a-z0-9][a-z0-9_-]{0,200}")) {
      throw new IllegalArgumentException("Not an index name: '" + index
          + "' (lower-case letters, digits, - and _)");
    }
    int shards = number(settings, "shards", 1, 1);
    int replicas = number(settings, "replicas", 1, 0);
    ClusterClient client = new ClusterClient(ClusterClient.parse(url),
        JsonMapper.builder().build());
    return OpenSearchStore.open(root, client, index, shards, replicas, writable, packs);
  }

  private static int number(BackendSettings s, String key, int fallback, int least) {
    String v = s.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= least) {
        return n;
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    throw new IllegalArgumentException("The opensearch backend's " + key + " must be a whole"
        + " number of at least " + least + ", not '" + v + "'");
  }
}
