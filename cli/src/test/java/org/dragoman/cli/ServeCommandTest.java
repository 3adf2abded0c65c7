package org.dragoman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code serve}: the URL it prints, the API's search against {@code search --json}, warnings. */
class ServeCommandTest {
  @TempDir Path tmp;

  /** A serve command running in this process until {@link ServeCommand#stop}. */
  record Serving(URI uri, CompletableFuture<Integer> code, StringWriter err) {}

  static Serving serve(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> Cli.execute(args,
        new PrintWriter(out, true), new PrintWriter(err, true)));
    Pattern url = Pattern.compile("(?:at |\"url\":\")(http://[^\\s\"]+/)");
    for (int i = 0; i < 300 && !code.isDone(); i++) {
      Matcher m = url.matcher(out.toString());
      if (m.find()) {
        return new Serving(URI.create(m.group(1)), code, err);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve printed no URL: " + out + err + " exit " + code.getNow(null));
  }

  @Test
  void serve_printsUrl_apiSearchGivesTheHitsOfSearchJson() throws Exception {
    String archive = tmp.resolve("archive").toString();
    assertEquals(0, CliTest.run("ingest", "--archive", archive, CliTest.CORPUS.toString()).code());
    assertEquals(0, CliTest.run("align", "--archive", archive).code());
    Serving s = serve("serve", "--archive", archive, "--port", "0");
    try {
      assertTrue(s.uri().toString().startsWith("http://127.0.0.1:"), s.uri().toString());
      for (String q : List.of("عمار", "ہڑتال", "strike wage", "\"living wage\"")) {
        JsonNode cli = CliTest.run("search", "--archive", archive, q, "--json").json();
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(s.uri().resolve(
            "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        JsonNode api = CliTest.JSON.readTree(body);
        assertEquals(ids(cli), ids(api), q);
        assertEquals(cli.get("total"), api.get("total"), q);
        assertEquals(cli.get("facets"), api.get("facets"), q);
        assertEquals(cli.get("hits"), api.get("hits"), "the same objects: " + q);
      }
      assertFalse(ids(CliTest.run("search", "--archive", archive, "عمار", "--json").json())
          .isEmpty(), "the sample corpus has Ammar's article");
    } finally {
      ServeCommand.stop();
    }
    assertEquals(0, s.code().get());
  }

  @Test
  void serve_elsewhereThanLoopback_warns() throws Exception {
    String archive = tmp.resolve("archive").toString();
    assertEquals(0, CliTest.run("ingest", "--archive", archive,
        CliTest.CORPUS.resolve("water-orangi.ur.txt").toString()).code());
    Serving s = serve("serve", "--archive", archive, "--port", "0", "--bind", "0.0.0.0",
        "--read-only", "--json");
    assertTrue(s.uri().toString().startsWith("http://0.0.0.0:"), s.uri().toString());
    ServeCommand.stop();
    assertEquals(0, s.code().get());
    assertTrue(s.err().toString().contains("warning: serving on 0.0.0.0"), s.err().toString());
  }

  @Test
  void serve_noArchive_saysSo() {
    CliTest.Run r = CliTest.run("serve", "--archive", tmp.resolve("none").toString(), "--port",
        "0");
    assertEquals(2, r.code(), r.out());
    assertTrue(r.err().contains("No archive at") && r.err().contains("none"), r.err());
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asString()));
    return ids;
  }
}
