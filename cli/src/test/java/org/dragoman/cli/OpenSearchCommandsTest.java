package org.dragoman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dragoman.web.WebServer;
import org.dragoman.web.WebSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The commands on an archive in an OpenSearch cluster, as a user runs them: a node of the
 * opensearch module started as its own process (what bin/opensearch-node runs), then ingest,
 * search, migrate and serve with --url, against an embedded archive of the same samples.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchCommandsTest {
  @TempDir static Path dir;
  Process node;
  String url;
  String embedded;
  String clustered;

  @BeforeAll
  void startNode() throws Exception {
    Path module = Path.of("..", "opensearch", "target");
    Path jar;
    try (var s = Files.list(module)) {
      jar = s.filter(p -> p.getFileName().toString().matches("dragoman-opensearch-.*\\.jar")
          && !p.toString().contains("-tests") && !p.toString().contains("-sources"))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "the opensearch module is not built: ./mvnw package -pl opensearch -am"));
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), "-Xmx1g", "-cp", jar + java.io.File.pathSeparator
        + module.resolve("lib") + "/*", "org.dragoman.opensearch.LocalNode", "--data",
        dir.resolve("node").toString(), "--port", Integer.toString(port), "--name", "cli-test"));
    node = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve("node.log").toFile()).start();
    url = "http://127.0.0.1:" + port;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.readString(dir.resolve("node.log")).contains("Ctrl-C stops")) {
      if (!node.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("the node did not start: "
            + Files.readString(dir.resolve("node.log")));
      }
      Thread.sleep(200);
    }
    embedded = dir.resolve("embedded").toString();
    clustered = dir.resolve("clustered").toString();
    CliTest.Run e = CliTest.run("ingest", "--archive", embedded, CliTest.CORPUS.toString());
    assertEquals(0, e.code(), e.err());
  }

  @AfterAll
  void stopNode() throws Exception {
    if (node != null) {
      node.destroy(); // as Ctrl-C: the node shuts down, and lets its folder go
      if (!node.waitFor(90, TimeUnit.SECONDS)) {
        node.destroyForcibly().waitFor();
      }
    }
  }

  @Test
  void ingestAndSearch_onTheCluster_theSameHitsAsEmbedded() throws Exception {
    CliTest.Run r = CliTest.run("ingest", "--archive", clustered, "--url", url,
        CliTest.CORPUS.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("20 added"), r.out());
    assertTrue(Files.readString(Path.of(clustered, "dragoman-archive.properties"))
        .contains("backend=opensearch"));
    for (String q : List.of("water", "عمار فياز", "عمّار فيّاز", "strike workers", "huelga",
        "\"living wage\"", "پانی")) {
      // the archive records its cluster: no --url needed once it exists
      JsonNode a = CliTest.run("search", "--archive", embedded, "--json", q).json();
      JsonNode b = CliTest.run("search", "--archive", clustered, "--json", q).json();
      assertEquals(a, b, q);
    }
    CliTest.Run again = CliTest.run("ingest", "--archive", clustered, CliTest.CORPUS.toString());
    assertTrue(again.out().contains("0 added, 0 updated, 20 unchanged"), again.out());
  }

  @Test
  void migrate_copiesAndChecksTheCounts() throws Exception {
    String copy = dir.resolve("migrated").toString();
    CliTest.Run r = CliTest.run("migrate", "--from", embedded, "--to", url, "--index",
        "migrated", "--archive", copy, "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = r.json();
    assertEquals(20, j.get("articles").asInt());
    assertEquals(CliTest.run("stats", "--archive", embedded, "--json").json().get("languages"),
        CliTest.run("stats", "--archive", copy, "--json").json().get("languages"));
    assertEquals(CliTest.run("search", "--archive", embedded, "--json", "Faisalabad").json(),
        CliTest.run("search", "--archive", copy, "--json", "Faisalabad").json());
  }

  @Test
  void serve_onTheCluster_answersSearches() throws Exception {
    String served = dir.resolve("served").toString();
    CliTest.Run r = CliTest.run("ingest", "--archive", served, "--url", url, "--index", "served",
        CliTest.CORPUS.toString());
    assertEquals(0, r.code(), r.err());
    try (WebServer server = WebServer.start(WebSettings.of(Path.of(served)).withPort(0))) {
      HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          server.uri().resolve("api/search?q=" + java.net.URLEncoder.encode("عمار",
              java.nio.charset.StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("<mark>عمار</mark>"), page.body());
    }
  }

  /** A dragoman process of this build, as a user starts one, with its output in {@code log}. */
  private static Process dragoman(Path log, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), "-cp", System.getProperty("java.class.path"),
        "org.dragoman.cli.Main"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  @Test
  void twoProcesses_writingAtOnce_noDuplicatesNoLostPins() throws Exception {
    List<Path> files;
    try (var s = Files.list(CliTest.CORPUS)) {
      files = s.filter(p -> !p.getFileName().toString().equals("MANIFEST.json")).sorted().toList();
    }
    // each process with a folder of its own, as on two machines; their halves overlap
    List<String> one = new ArrayList<>(List.of("ingest", "--archive",
        dir.resolve("machine-1").toString(), "--url", url, "--index", "two"));
    files.subList(0, files.size() * 2 / 3).forEach(f -> one.add(f.toString()));
    List<String> two = new ArrayList<>(List.of("ingest", "--archive",
        dir.resolve("machine-2").toString(), "--url", url, "--index", "two"));
    files.subList(files.size() / 3, files.size()).forEach(f -> two.add(f.toString()));
    Process a = dragoman(dir.resolve("one.log"), one.toArray(String[]::new));
    Process b = dragoman(dir.resolve("two.log"), two.toArray(String[]::new));
    assertEquals(0, a.waitFor(), Files.readString(dir.resolve("one.log")));
    assertEquals(0, b.waitFor(), Files.readString(dir.resolve("two.log")));
    String p1 = org.dragoman.ingest.ArticleReader.idFor(
        CliTest.CORPUS.resolve("faisalabad-strike.en.html"));
    String p2 = org.dragoman.ingest.ArticleReader.idFor(
        CliTest.CORPUS.resolve("faisalabad-strike.ur.md"));
    String q1 = org.dragoman.ingest.ArticleReader.idFor(
        CliTest.CORPUS.resolve("seville-teachers.en.md"));
    String q2 = org.dragoman.ingest.ArticleReader.idFor(
        CliTest.CORPUS.resolve("seville-teachers.es.html"));
    // each editor pins a pair at once, on its own machine
    a = dragoman(dir.resolve("pin1.log"), "align", "--archive", dir.resolve("machine-1")
        .toString(), "--pin", p1, p2);
    b = dragoman(dir.resolve("pin2.log"), "align", "--archive", dir.resolve("machine-2")
        .toString(), "--pin", q1, q2);
    assertEquals(0, a.waitFor(), Files.readString(dir.resolve("pin1.log")));
    assertEquals(0, b.waitFor(), Files.readString(dir.resolve("pin2.log")));
    // a third machine opens the archive afresh
    String third = dir.resolve("machine-3").toString();
    JsonNode stats = CliTest.run("stats", "--archive", third, "--url", url, "--index", "two",
        "--json").json();
    assertEquals(files.size(), stats.get("articles").asInt(), stats.toString());
    String decisions = Files.readString(Path.of(third, "alignment", "decisions.json"));
    assertTrue(decisions.contains(p1) && decisions.contains(p2), decisions);
    assertTrue(decisions.contains(q1) && decisions.contains(q2), decisions);
  }

  @Test
  void badBackendOptions_refusedWithTheReason() {
    CliTest.Run r = CliTest.run("search", "--archive", embedded, "--backend", "embedded",
        "--url", url, "water");
    assertTrue(r.code() != 0);
    assertTrue(r.err().contains("--url and --index are for --backend opensearch"), r.err());
    CliTest.Run other = CliTest.run("search", "--archive", embedded, "--url", url, "water");
    assertTrue(other.err().contains("is on the embedded backend, not opensearch"), other.err());
    assertTrue(other.err().contains("migrate"), other.err());
    CliTest.Run unknown = CliTest.run("ingest", "--archive", dir.resolve("x").toString(),
        "--backend", "solr", CliTest.CORPUS.toString());
    assertTrue(unknown.err().contains("No index backend 'solr'; installed: embedded, opensearch"),
        unknown.err());
    String zed = dir.resolve("zed").toString();
    assertEquals(0, CliTest.run("ingest", "--archive", zed, "--url", url, "--index", "zed",
        CliTest.CORPUS.resolve("water-orangi.ur.txt").toString()).code());
    CliTest.Run another = CliTest.run("search", "--archive", zed, "--index", "other", "پانی");
    assertTrue(another.err().contains("The archive's index is zed, not other"), another.err());
    CliTest.Run down = CliTest.run("search", "--archive", dir.resolve("y").toString(), "--url",
        "http://127.0.0.1:1", "water");
    assertTrue(down.err().contains("No answer from the OpenSearch node at http://127.0.0.1:1/"),
        down.err());
  }
}
