package org.dragoman.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --read-only}: every editors' action is refused and the archive stays as it was. */
class ReadOnlyTest {
  @TempDir Path tmp;

  @Test
  void readOnly_everyActionRefused_archiveUnchanged() throws Exception {
    Path dir = WebFixtures.archive(tmp);
    TreeMap<String, String> before = digest(dir);
    try (WebServer server = WebServer.start(WebSettings.of(dir).withPort(0).withReadOnly(true))) {
      URI base = server.uri();
      String id = WebServerTest.JSON.readTree(WebFixtures.get(base, "/api/search?q=Faisalabad&lang=en")
          .body()).get("hits").get(0).get("id").asString();
      String other = WebServerTest.JSON.readTree(WebFixtures.get(base,
          "/api/search?q=domestic&lang=es").body()).get("hits").get(0).get("id").asString();
      List<String[]> api = List.of(
          new String[] {"/api/pairings/pin", "{\"a\":\"" + id + "\",\"b\":\"" + other + "\"}"},
          new String[] {"/api/pairings/forbid", "{\"a\":\"" + id + "\",\"b\":\"" + other + "\"}"},
          new String[] {"/api/entities/merge", "{\"ids\":[\"place:berlin\"],\"into\":\"place:london\"}"},
          new String[] {"/api/entities/alias", "{\"id\":\"place:london\",\"name\":\"Londres\"}"},
          new String[] {"/api/entities/split", "{\"id\":\"place:london\",\"name\":\"لندن\",\"as\":\"place:x\"}"});
      for (String[] call : api) {
        WebFixtures.Answer a = WebFixtures.postJson(base, call[0], call[1]);
        assertEquals(403, a.status(), call[0] + ": " + a.body());
        assertTrue(a.body().contains("read-only"), a.body());
      }
      for (String path : List.of("/actions/pairings", "/actions/entities/merge",
          "/actions/entities/alias", "/actions/entities/split")) {
        WebFixtures.Answer a = WebFixtures.send(HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("op=pin&a=" + id + "&b=" + other
                + "&ids=place:berlin&into=place:london&id=place:london&name=L&as=place:x"
                + "&confirm=yes")).build());
        assertEquals(403, a.status(), path);
      }
      String page = WebFixtures.get(base, "/articles/" + id).body();
      assertTrue(page.contains("read-only") && !page.contains("/actions/pairings"),
          "no editors' forms on a read-only page");
    }
    assertEquals(before, digest(dir), "the archive is unchanged");
  }

  /** Every file of the archive but the lock, with a digest of its bytes. */
  static TreeMap<String, String> digest(Path dir) throws Exception {
    TreeMap<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (!f.getFileName().toString().equals("write.lock")) {
          out.put(dir.relativize(f).toString(), HexFormat.of().formatHex(
              MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
        }
      }
    }
    return out;
  }
}
