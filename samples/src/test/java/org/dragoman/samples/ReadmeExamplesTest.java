package org.dragoman.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.translate.ApertiumServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every line of the README's command-line block runs as written, with exit 0, in a folder laid
 * out as the project's after {@code bin/demo} (its archive built by the same two commands). The
 * lines that use the Apertium engine reach a real {@code apertium-apy} started here, as the
 * README says to start one ({@code DRAGOMAN_ENGINE_URL} tells them its port).
 */
class ReadmeExamplesTest {

  /** The command lines of the first {@code sh} block after "## Command line". */
  static List<String> examples() throws Exception {
    return block("## Command line").stream().filter(l -> l.startsWith("bin/dragoman")).toList();
  }

  @Test
  void everyExample_runsAsWrittenAfterTheDemo(@TempDir Path dir) throws Exception {
    afterTheDemo(dir);
    List<String> examples = examples();
    assertTrue(examples.size() >= 12, examples.toString());
    try (ApertiumServer apertium = ApertiumServer.start()) {
      for (String line : examples) {
        run(dir, line.contains("--engine apertium")
            ? "DRAGOMAN_ENGINE_URL=" + apertium.url() + " " + line : line);
      }
    }
  }

  /** The lines of the {@code sh} block after the line that starts with {@code heading}. */
  static List<String> block(String heading) throws Exception {
    List<String> lines = Files.readAllLines(Processes.PROJECT.resolve("README.md"));
    int at = 0;
    while (!lines.get(at).startsWith(heading)) {
      at++;
    }
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : lines.subList(at, lines.size())) {
      if (line.startsWith("```")) {
        if (in) {
          break;
        }
        in = line.equals("```sh");
      } else if (in) {
        out.add(line);
      }
    }
    return out;
  }

  @Test
  void serveExample_answersTheCurlLine(@TempDir Path dir) throws Exception {
    afterTheDemo(dir);
    List<String> lines = block("The editors' interface, after `bin/demo`");
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("bin/dragoman serve"), lines.get(0));
    Path log = dir.resolve("serve.log");
    Process serve = new ProcessBuilder("bash", "-c", lines.get(0)).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      for (int i = 0; i < 600 && !Files.readString(log).contains("Serving"); i++) {
        assertTrue(serve.isAlive(), "serve ended: " + Files.readString(log));
        Thread.sleep(100);
      }
      assertTrue(Files.readString(log).contains("http://127.0.0.1:8080/"), Files.readString(log));
      Processes.Run curl = Processes.shell(dir, lines.get(1));
      assertEquals(0, curl.code(), lines.get(1) + "\n" + curl.err());
      assertTrue(curl.out().contains("\"total\":1") && curl.out().contains("عمار سليم"),
          curl.out());
    } finally {
      serve.descendants().forEach(ProcessHandle::destroy);
      serve.destroy();
      serve.waitFor();
    }
  }

  @Test
  void publishExample_writesTheSiteOnceAndServesIt(@TempDir Path dir) throws Exception {
    afterTheDemo(dir);
    List<String> lines = block("Publishing the archive as a site, after `bin/demo`");
    assertEquals(3, lines.size(), lines.toString());
    Processes.Run first = Processes.shell(dir, lines.get(0));
    assertEquals(0, first.code(), lines.get(0) + "\n" + first.err());
    assertTrue(first.out().matches("(?s)Published 20 articles in 5 languages \\(ar, en, es, fr, ur\\)"
        + " to site: (\\d+) files, \\1 written, 0 unchanged, 0 removed\n.*"), first.out());
    assertTrue(first.out().contains("  wrote    ur/index.html"), first.out());
    Processes.Run second = Processes.shell(dir, lines.get(1));
    assertEquals(0, second.code(), second.err());
    assertTrue(second.out().matches(
        "Published .*: (\\d+) files, 0 written, \\1 unchanged, 0 removed\n"), second.out());
    assertTrue(lines.get(2).contains("http.server 8000"), lines.get(2));
    Process serve = new ProcessBuilder("bash", "-c", lines.get(2)).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(dir.resolve("http.log").toFile()).start();
    try {
      var http = java.net.http.HttpClient.newHttpClient();
      java.net.http.HttpResponse<String> root = null;
      for (int i = 0; i < 100 && root == null; i++) {
        try {
          root = http.send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create("http://localhost:8000/ar/")).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException notYet) {
          assertTrue(serve.isAlive(), Files.readString(dir.resolve("http.log")));
          Thread.sleep(100);
        }
      }
      assertEquals(200, root.statusCode());
      assertTrue(root.body().contains("<html lang=\"ar\" dir=\"rtl\">"), root.body());
      assertTrue(root.body().contains("المقالات"), root.body());
    } finally {
      serve.descendants().forEach(ProcessHandle::destroy);
      serve.destroy();
      serve.waitFor();
    }
  }

  /** {@code dir} laid out as the project's folder after {@code bin/demo}, its archive built so. */
  @Test
  void openSearchExample_theSameHitsAsTheEmbeddedArchive(@TempDir Path dir) throws Exception {
    afterTheDemo(dir);
    List<String> lines = block("The archive on an OpenSearch cluster, after `bin/demo`");
    assertEquals(6, lines.size(), lines.toString());
    String start = lines.get(0).replaceAll("\\s*&\\s*(#.*)?$", "");
    assertTrue(start.startsWith("bin/opensearch-node"), start);
    assertEquals("kill %1", lines.get(5).strip());
    Process node = new ProcessBuilder("bash", "-c", start).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(dir.resolve("node.err").toFile()).start();
    try {
      Path log = dir.resolve("opensearch.log");
      for (int i = 0; i < 1200 && !(Files.exists(log) && Files.readString(log).contains("Ctrl-C"));
          i++) {
        assertTrue(node.isAlive(), "the node ended: " + (Files.exists(log) ? Files.readString(log) : ""));
        Thread.sleep(100);
      }
      assertTrue(Files.readString(log).contains("http://127.0.0.1:9200/"), Files.readString(log));
      Processes.Run ingest = Processes.shell(dir, lines.get(1));
      assertEquals(0, ingest.code(), lines.get(1) + "\n" + ingest.err());
      assertTrue(ingest.out().contains("20 added"), ingest.out());
      Processes.Run align = Processes.shell(dir, lines.get(2));
      assertEquals(0, align.code(), lines.get(2) + "\n" + align.err());
      Processes.Run onCluster = Processes.shell(dir, lines.get(3));
      Processes.Run embedded = Processes.shell(dir,
          lines.get(3).replace("--archive os-archive", "--archive archive"));
      assertEquals(0, onCluster.code(), onCluster.err());
      assertTrue(onCluster.out().contains("عمار سليم"), onCluster.out());
      assertEquals(embedded.out(), onCluster.out());
      Processes.Run migrate = Processes.shell(dir, lines.get(4));
      assertEquals(0, migrate.code(), lines.get(4) + "\n" + migrate.err());
      assertTrue(migrate.out().startsWith("Copied 20 articles"), migrate.out());
      assertTrue(migrate.out().contains("the counts agree"), migrate.out());
    } finally {
      // as Ctrl-C: the node shuts down, and its folder is let go before the test removes it
      List<ProcessHandle> all = new java.util.ArrayList<>(node.descendants().toList());
      all.add(node.toHandle());
      all.forEach(ProcessHandle::destroy);
      for (ProcessHandle h : all) {
        h.onExit().get(90, java.util.concurrent.TimeUnit.SECONDS);
      }
    }
  }

  private static void afterTheDemo(Path dir) throws Exception {
    for (String name : List.of("bin", "cli", "samples", "opensearch")) {
      Files.createSymbolicLink(dir.resolve(name), Processes.PROJECT.resolve(name));
    }
    for (String step : List.of("bin/dragoman ingest --archive archive samples/corpus",
        "bin/dragoman align --archive archive")) {
      Processes.Run r = Processes.shell(dir, step);
      assertEquals(0, r.code(), step + "\n" + r.err());
    }
  }

  private static void run(Path dir, String line) throws Exception {
    Processes.Run r = Processes.shell(dir, line);
    assertEquals(0, r.code(), line + "\n" + r.out() + r.err());
    assertFalse(r.out().isBlank(), line);
    assertFalse(r.out().startsWith("0 found"), line + " finds nothing:\n" + r.out());
  }
}
