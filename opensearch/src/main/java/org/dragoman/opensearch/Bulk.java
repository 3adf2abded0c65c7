package org.dragoman.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One bulk request of articles, sent until every article is written or refused for good. An
 * article the cluster could not take for a moment (its shard's primary on a node that just
 * stopped, a full queue: status 429, 503, or a shard not available) is sent again after a pause;
 * one refused for what it is (a mapping conflict) fails the request, naming it. Writing an
 * article again is harmless: its id is its document's, so a retry replaces, never duplicates;
 * and each write carries when the article was read as its version, so one sent again late is
 * refused (409) when a newer reading is there, and counts as done.
 */
final class Bulk {
  private static final int TRIES = 10;

  private Bulk() {}

  /** Sends {@code items} (article id → its two bulk lines). */
  static void send(ClusterClient client, Map<String, String> items) throws IOException {
    Map<String, String> left = new LinkedHashMap<>(items);
    long pause = 250;
    String lastReason = "";
    for (int attempt = 1; attempt <= TRIES && !left.isEmpty(); attempt++) {
      List<String> ids = new ArrayList<>(left.keySet());
      ClusterClient.Response r = client.send("POST", "_bulk", String.join("", left.values()),
          "application/x-ndjson");
      if (!r.ok()) {
        throw new IOException("OpenSearch refused " + ids.size() + " articles: "
            + ClusterClient.errorOf(r.body()));
      }
      Map<String, String> again = new LinkedHashMap<>();
      List<String> failed = new ArrayList<>();
      JsonNode responses = r.body().path("items");
      if (responses.size() != ids.size()) {
        throw new IOException("OpenSearch answered " + responses.size() + " items for a bulk of "
            + ids.size() + " articles");
      }
      for (int i = 0; i < ids.size(); i++) {
        JsonNode item = responses.path(i).path("index");
        JsonNode e = item.path("error");
        int status = item.path("status").asInt();
        if (e.isMissingNode() && status >= 200 && status < 300 || status == 409) {
          continue; // written, or a newer reading of the article is there already
        }
        String reason = e.path("type").asString() + ": " + e.path("reason").asString();
        if (status == 429 || status == 503 || status == 500 && reason.contains("unavailable")
            || reason.startsWith("unavailable_shards_exception")
            || reason.startsWith("node_closed_exception")) {
          again.put(ids.get(i), left.get(ids.get(i)));
          lastReason = reason;
        } else {
          failed.add("article " + ids.get(i) + ": " + reason);
        }
      }
      if (!failed.isEmpty()) {
        throw new IOException("OpenSearch refused " + failed.size() + " of " + ids.size()
            + " articles: " + String.join("; ", failed.subList(0, Math.min(5, failed.size()))));
      }
      left = again;
      if (!left.isEmpty()) {
        sleep(pause);
        pause = Math.min(pause * 2, 5000);
      }
    }
    if (!left.isEmpty()) {
      throw new IOException("OpenSearch could not take " + left.size() + " articles after "
          + TRIES + " tries (" + String.join(", ", left.keySet().stream().limit(5).toList())
          + "…): " + lastReason);
    }
  }

  private static void sleep(long ms) throws IOException {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted sending articles");
    }
  }
}
