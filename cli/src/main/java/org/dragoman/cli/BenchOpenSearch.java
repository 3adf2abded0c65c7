package org.dragoman.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.Archive;
import org.dragoman.index.BackendSettings;

/**
 * {@code bench opensearch}: the same synthetic articles of real sentences put into an embedded
 * archive and into an archive on a running cluster, then the search benchmark's query mix on
 * both, in the same run: ingest throughput and search latency of the two stores side by side.
 * The cluster is whatever {@code --url} names (bin/opensearch-node with --nodes 1 or 2); its
 * index {@code bench-SIZE} is made anew each run.
 */
final class BenchOpenSearch {
  private BenchOpenSearch() {}

  static List<Map<String, Object>> run(List<Integer> sizes, List<Path> sentences, Path work,
      String url, int shards, int replicas, int warmup, int queries) throws Exception {
    List<BenchArchive.Pool> pools = BenchArchive.pools(sentences);
    List<BenchSearch.Q> mix = BenchSearch.mix(pools, Math.max(warmup, queries), 7);
    List<Map<String, Object>> rows = new ArrayList<>();
    String first = url.split(",")[0].strip();
    String nodes = get(first, "_cat/nodes?h=name").strip().replace('\n', ' ');
    for (int size : sizes) {
      String index = "bench-" + size;
      send(first, "DELETE", index);
      Path embeddedDir = work.resolve("embedded-" + size);
      Path clusterDir = work.resolve("cluster-" + size);
      BenchCommand.delete(embeddedDir);
      BenchCommand.delete(clusterDir);
      BackendSettings backend = new BackendSettings("opensearch", Map.of("url", url,
          "index", index, "shards", "" + shards, "replicas", "" + replicas));
      double embeddedSeconds;
      double clusterSeconds;
      long t0 = System.nanoTime();
      try (Archive a = Archive.open(embeddedDir)) {
        BenchArchive.fill(a, 0, size, pools, 1);
      }
      embeddedSeconds = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      try (Archive a = Archive.open(clusterDir, backend)) {
        BenchArchive.fill(a, 0, size, pools, 1);
      }
      clusterSeconds = (System.nanoTime() - t0) / 1e9;
      double[] embedded;
      double[] cluster;
      try (Archive e = Archive.openReadOnly(embeddedDir);
          Archive c = Archive.openReadOnly(clusterDir)) {
        // each query on both, one after the other: the machine's drift touches both alike
        for (int i = 0; i < warmup; i++) {
          e.search(BenchSearch.request(mix.get(i % mix.size())));
          c.search(BenchSearch.request(mix.get(i % mix.size())));
        }
        embedded = new double[queries];
        cluster = new double[queries];
        for (int i = 0; i < queries; i++) {
          var q = BenchSearch.request(mix.get(i % mix.size()));
          long s0 = System.nanoTime();
          e.search(q);
          embedded[i] = (System.nanoTime() - s0) / 1e6;
          s0 = System.nanoTime();
          c.search(q);
          cluster[i] = (System.nanoTime() - s0) / 1e6;
        }
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("articles", size);
      row.put("nodes", nodes);
      row.put("shards", shards);
      row.put("replicas", replicas);
      row.put("embeddedIngestSeconds", round(embeddedSeconds));
      row.put("clusterIngestSeconds", round(clusterSeconds));
      row.put("embeddedArticlesPerSecond", round(size / embeddedSeconds));
      row.put("clusterArticlesPerSecond", round(size / clusterSeconds));
      row.put("queries", queries);
      row.put("embeddedMs", BenchSearch.percentiles(embedded));
      row.put("clusterMs", BenchSearch.percentiles(cluster));
      row.put("embeddedIndexMB", round(org.dragoman.io.FolderSize.of(embeddedDir.resolve("index")) / 1048576.0));
      send(first, "POST", index + "/_forcemerge?max_num_segments=1");
      send(first, "POST", index + "/_refresh"); // the merged-away segments are let go
      String stats = get(first, index + "/_stats/store?filter_path=_all.primaries.store.size_in_bytes");
      row.put("clusterPrimariesMB", round(Long.parseLong(stats.replaceAll("[^0-9]", "")) / 1048576.0));
      rows.add(row);
      send(first, "DELETE", index);
    }
    return rows;
  }


  private static String get(String base, String path) throws IOException {
    return send(base, "GET", path);
  }

  private static String send(String base, String method, String path) throws IOException {
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(base.endsWith("/") ? base : base + "/").resolve(path))
          .method(method, HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      return r.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted");
    }
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
