package org.dragoman.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** A local node keeps its data across a restart; bad settings are refused by name. */
class LocalClusterTest {
  @TempDir Path dir;

  static String send(LocalCluster c, String method, String path, String body) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        c.uri(0).resolve(path)).header("Content-Type", "application/json").method(method,
            body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(r.statusCode() / 100 == 2, path + ": " + r.body());
    return r.body();
  }

  @Test
  void aRestartedNodeFindsWhatItIndexed() throws Exception {
    try (LocalCluster c = LocalCluster.start(dir, "restart-test", 1)) {
      send(c, "PUT", "articles", "{\"settings\": {\"number_of_replicas\": 0}, \"mappings\":"
          + " {\"properties\": {\"text_ar\": {\"type\": \"text\","
          + " \"analyzer\": \"dragoman_ar\"}}}}");
      send(c, "PUT", "articles/_doc/a1?refresh=true", "{\"text_ar\": \"عمّال الموانئ يضربون\"}");
    }
    try (LocalCluster c = LocalCluster.start(dir, "restart-test", 1)) {
      send(c, "GET", "_cluster/health/articles?wait_for_status=green&timeout=60s", null);
      String hits = send(c, "POST", "articles/_search",
          "{\"query\": {\"match\": {\"text_ar\": \"العمال\"}}}");
      assertEquals(1, JsonMapper.builder().build().readTree(hits).at("/hits/total/value")
          .asInt(), hits);
    }
  }

  @Test
  void aClusterNeedsANodeAndAName() {
    assertThrows(IllegalArgumentException.class, () -> LocalCluster.start(dir, "x", 0));
    var e = assertThrows(IllegalArgumentException.class,
        () -> LocalCluster.start(dir, "../Bad Name", 1));
    assertTrue(e.getMessage().contains("../Bad Name"), e.getMessage());
  }
}
