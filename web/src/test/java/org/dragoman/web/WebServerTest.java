package org.dragoman.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dragoman.Archive;
import org.dragoman.search.SearchHit;
import org.dragoman.search.SearchRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server over HTTP: pages, the JSON API, the guard, and what another process writes. */
class WebServerTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path tmp;
  static Path dir;
  static WebServer server;
  static URI base;

  @BeforeAll
  static void start() throws Exception {
    dir = WebFixtures.archive(tmp);
    server = WebServer.start(WebSettings.of(dir).withPort(0).withMaxRequestBytes(4096));
    base = server.uri();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static JsonNode json(WebFixtures.Answer a) {
    return JSON.readTree(a.body());
  }

  @Test
  void apiSearch_arabicName_sameHitsAsTheLibrary() throws Exception {
    WebFixtures.Answer a = WebFixtures.get(base, "/api/search?q=" + q("عمار"));
    assertEquals(200, a.status(), a.body());
    JsonNode j = json(a);
    List<String> ids = new ArrayList<>();
    j.get("hits").forEach(h -> ids.add(h.get("id").asString()));
    List<String> expected;
    try (Archive archive = Archive.openReadOnly(dir)) {
      expected = archive.search(SearchRequest.of("عمار")).hits().stream().map(SearchHit::id)
          .toList();
    }
    assertFalse(expected.isEmpty());
    assertEquals(expected, ids);
    JsonNode hit = j.get("hits").get(0);
    assertEquals("ar", hit.get("language").asString());
    assertEquals("rtl", hit.get("direction").asString());
    assertTrue(hit.get("snippets").get(0).asString().contains("<mark>"), hit.toString());
    assertTrue(j.get("facets").has("mentioned_month"));
  }

  @Test
  void apiSearch_withDiacriticsAndFilters() {
    JsonNode plain = json(WebFixtures.get(base, "/api/search?q=" + q("عمار")));
    JsonNode marked = json(WebFixtures.get(base, "/api/search?q=" + q("عَمّار")));
    assertEquals(plain.get("total"), marked.get("total"), "diacritics fold");
    JsonNode en = json(WebFixtures.get(base, "/api/search?q=strike&lang=en&limit=2"));
    assertTrue(en.get("total").asLong() >= 2);
    en.get("hits").forEach(h -> assertEquals("en", h.get("language").asString()));
    assertEquals(2, en.get("hits").size());
    WebFixtures.Answer bad = WebFixtures.get(base, "/api/search?q=x&sort=sideways");
    assertEquals(400, bad.status());
    assertTrue(json(bad).get("error").asString().contains("sort 'sideways'"), bad.body());
  }

  @Test
  void apiArticleBitextEntities_cliShapes() {
    String id = firstId("Faisalabad", "en");
    JsonNode a = json(WebFixtures.get(base, "/api/articles/" + id));
    for (String field : List.of("id", "source", "language", "title", "published", "paragraphs",
        "sentences", "paragraphLanguages", "text")) {
      assertTrue(a.has(field), field + " in " + a);
    }
    JsonNode b = json(WebFixtures.get(base, "/api/articles/" + id + "/bitext?with=ur"));
    JsonNode bitext = b.get("bitexts").get(0);
    assertEquals("ur", bitext.get("target").get("language").asString());
    assertTrue(bitext.get("links").size() >= 5);
    assertTrue(bitext.get("target").get("sentences").get(0).asString().contains("فیصل آباد"));
    assertEquals(404, WebFixtures.get(base, "/api/articles/" + id + "/bitext?with=el").status());

    JsonNode list = json(WebFixtures.get(base, "/api/entities?type=person&limit=5"));
    assertTrue(list.get("entities").size() > 0);
    list.get("entities").forEach(e -> assertEquals("PERSON", e.get("type").asString()));
    JsonNode e = json(WebFixtures.get(base, "/api/entities/person:nasreen-akhtar"));
    assertEquals("نسرين أختر", e.get("labels").get("ar").get(0).asString());
    assertTrue(e.get("mentionedIn").size() >= 3, e.toString());
    assertEquals(404, WebFixtures.get(base, "/api/entities/person:nobody").status());
    JsonNode t = json(WebFixtures.get(base, "/api/translations?targets=ar,es&coverage=false"));
    assertTrue(t.get("groups").size() >= 5, t.toString());
  }

  @Test
  void pages_searchArticleBitextEntity_render() {
    Document search = page("/search?q=" + q("ہڑتال"));
    assertEquals("en", search.selectFirst("html").attr("lang"));
    Element title = search.selectFirst(".hit h2");
    assertEquals("ur", title.attr("lang"));
    assertEquals("rtl", title.attr("dir"));
    assertFalse(search.select(".snippet mark").isEmpty());
    String id = firstId("Faisalabad", "en");
    Document article = page("/articles/" + id);
    Element date = article.selectFirst(".text .m.date");
    assertNotNull(date, "a date mention");
    assertFalse(date.attr("title").isBlank(), "a date shows its value on hover");
    assertEquals(2, article.select(".group li").size(), "Arabic and Urdu versions");
    Document bitext = page("/articles/" + id + "/bitext?with=ur");
    assertFalse(bitext.select("td[rowspan=2]").isEmpty(), "the 1-2 link spans two rows");
    assertEquals("rtl", bitext.selectFirst("td.t").attr("dir"));
    Document entity = page("/entities/person:nasreen-akhtar");
    assertTrue(entity.select("table.labels td").text().contains("Arabic"), "script names");
    assertFalse(entity.select("ul.recent li").isEmpty());
  }

  @Test
  void guard_headersPathsSizes() {
    WebFixtures.Answer home = WebFixtures.get(base, "/");
    assertEquals(200, home.status());
    assertTrue(home.header("Content-Security-Policy").contains("script-src 'self'"));
    assertFalse(home.header("Content-Security-Policy").contains("unsafe-inline"));
    assertEquals("nosniff", home.header("X-Content-Type-Options"));
    assertNotNull(home.header("Set-Cookie"), "the browser cookie for forms");
    assertEquals(404, WebFixtures.get(base, "/static/").status(), "no listing");
    assertEquals(404, WebFixtures.get(base, "/static/WebServer.class").status());
    assertEquals(200, WebFixtures.get(base, "/static/app.css").status());
    assertEquals(400, WebFixtures.get(base, "/articles/%3Cscript%3E").status());
    assertEquals(400, WebFixtures.get(base, "/api/articles/..%2F..%2Fpom.xml").status());
    WebFixtures.Answer big = WebFixtures.postJson(base, "/api/entities/alias",
        "{\"id\":\"place:london\",\"name\":\"" + "x".repeat(8000) + "\"}");
    assertEquals(413, big.status(), big.body());
    WebFixtures.Answer longQuery = WebFixtures.get(base, "/api/search?q=" + "a".repeat(1200));
    assertEquals(400, longQuery.status());
    assertTrue(longQuery.body().contains("--max-query-chars"), longQuery.body());
  }

  @Test
  void actions_needJsonOrToken_andSameOrigin() throws Exception {
    byte[] before = Files.readAllBytes(dir.resolve("entities/catalogue.json"));
    WebFixtures.Answer form = WebFixtures.send(HttpRequest.newBuilder(
        base.resolve("/api/entities/alias")).header("Content-Type",
        "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("id=place:london&name=Londres")).build());
    assertEquals(400, form.status(), "a form post cannot reach the API");
    WebFixtures.Answer foreign = WebFixtures.send(HttpRequest.newBuilder(
        base.resolve("/api/entities/alias")).header("Content-Type", "application/json")
        .header("Origin", "https://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"place:london\",\"name\":\"L\"}"))
        .build());
    assertEquals(400, foreign.status());
    WebFixtures.Answer noToken = WebFixtures.send(HttpRequest.newBuilder(
        base.resolve("/actions/entities/alias")).header("Content-Type",
        "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("id=place:london&name=Londres&confirm=yes"))
        .build());
    assertEquals(403, noToken.status(), "a form without this browser's token");
    assertTrue(java.util.Arrays.equals(before,
        Files.readAllBytes(dir.resolve("entities/catalogue.json"))), "nothing changed");
  }

  @Test
  void anotherName_dnsRebinding_refused() {
    String rebound = WebFixtures.raw(base, "GET /api/entities HTTP/1.1\r\nHost: evil.example:"
        + base.getPort() + "\r\nConnection: close\r\n\r\n");
    assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
    assertTrue(rebound.contains("--allowed-host evil.example"), rebound);
    String local = WebFixtures.raw(base, "GET /api/entities?limit=1 HTTP/1.1\r\nHost: localhost:"
        + base.getPort() + "\r\nConnection: close\r\n\r\n");
    assertTrue(local.startsWith("HTTP/1.1 200"), local);
    String form = WebFixtures.raw(base, "POST /actions/entities/alias HTTP/1.1\r\nHost: 127.0.0.1:"
        + base.getPort() + "\r\nOrigin: https://evil.example\r\nContent-Type: "
        + "application/x-www-form-urlencoded\r\nContent-Length: 28\r\nConnection: close\r\n\r\n"
        + "id=place:london&name=Londres");
    assertTrue(form.startsWith("HTTP/1.1 403") && form.contains("another site"), form);
  }

  @Test
  void apiAlias_recordedAndVisibleAtOnce() {
    WebFixtures.Answer done = WebFixtures.postJson(base, "/api/entities/alias",
        "{\"id\":\"place:london\",\"name\":\"لندن الكبرى\"}");
    assertEquals(200, done.status(), done.body());
    assertTrue(json(done).get("done").asString().contains("لندن الكبرى"));
    JsonNode e = json(WebFixtures.get(base, "/api/entities/place:london"));
    assertTrue(e.toString().contains("لندن الكبرى"), e.toString());
    WebFixtures.Answer missing = WebFixtures.postJson(base, "/api/entities/merge",
        "{\"ids\":[\"place:atlantis\"],\"into\":\"place:london\"}");
    assertEquals(400, missing.status(), missing.body());
    assertTrue(json(missing).get("error").asString().contains("place:atlantis"), missing.body());
  }

  @Test
  void severalEditorsAtOnce_noDecisionLost() throws Exception {
    List<String> names = List.of("Lahore City", "لاهور القديمة", "لاہور شہر", "Lahor",
        "Λαχόρη", "Lahore (Punjab)");
    List<java.util.concurrent.CompletableFuture<WebFixtures.Answer>> calls = new ArrayList<>();
    for (String name : names) {
      calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> WebFixtures.postJson(
          base, "/api/entities/alias", "{\"id\":\"place:berlin\",\"name\":\"" + name + "\"}")));
    }
    for (var c : calls) {
      assertEquals(200, c.get().status(), c.get().body());
    }
    String edits = Files.readString(dir.resolve("entities/edits.json"));
    JsonNode berlin = json(WebFixtures.get(base, "/api/entities/place:berlin"));
    for (String name : names) {
      assertTrue(edits.contains(name), name + " recorded");
      assertTrue(berlin.toString().contains(name), name + " shown");
    }
  }

  @Test
  void anotherProcessIngests_searchSeesIt() throws Exception {
    Path file = tmp.resolve("new-article.en.txt");
    Files.writeString(file, "Bakers in Thessaloniki win a pay rise\n\nThe bakers of Thessaloniki "
        + "won a pay rise of eight per cent on 3 May 2025 after a week of strikes.\n");
    assertEquals(0, json(WebFixtures.get(base, "/api/search?q=Thessaloniki")).get("total")
        .asLong());
    try (Archive writer = Archive.open(dir)) { // the server holds the archive read-only
      writer.ingest(List.of(file));
    }
    JsonNode after = json(WebFixtures.get(base, "/api/search?q=Thessaloniki"));
    assertEquals(1, after.get("total").asLong(), "seen without restarting the server");
  }

  @Test
  void hostileArticles_renderAsText() {
    for (String query : List.of("Valencia dockers", "Sindh flood", "strike fund Cairo")) {
      Document search = page("/search?q=" + q(query));
      assertNoActiveContent(search, query);
      String href = search.selectFirst(".hit h2 a").attr("href");
      Document article = page(href);
      assertNoActiveContent(article, href);
    }
    Document valencia = page("/search?q=" + q("Valencia dockers"));
    assertTrue(valencia.selectFirst(".hit h2").text().contains("<script>"),
        "the title's markup shows as text: " + valencia.selectFirst(".hit h2"));
    Document bidi = page("/search?q=" + q("strike fund Cairo"));
    Element t = bidi.selectFirst(".hit h2");
    assertTrue(t.text().contains("Invoice ⟦RLO⟧fdp.exe"), "the override shows as a mark: " + t.text());
    assertFalse(bidi.html().contains("\u202e"), "and is never obeyed on the page");
    assertTrue(t.hasAttr("dir"), "the title is in an element of its own direction");
    JsonNode api = json(WebFixtures.get(base, "/api/search?q=" + q("strike fund Cairo")));
    assertTrue(api.get("hits").get(0).get("title").asString().contains("\u202efdp.exe"),
        "the API keeps the text as it was read");
  }

  private static void assertNoActiveContent(Document d, String where) {
    for (Element script : d.select("script")) {
      assertEquals("/static/app.js", script.attr("src"), "only our script, in " + where);
      assertTrue(script.data().isBlank(), "no inline script in " + where);
    }
    assertTrue(d.select("img, svg, iframe, object, embed").isEmpty(), "no element from an article in " + where);
    for (Element e : d.getAllElements()) {
      e.attributes().forEach(attr -> {
        assertFalse(attr.getKey().toLowerCase().startsWith("on"), attr + " in " + where);
        assertFalse(attr.getValue().toLowerCase().strip().startsWith("javascript:"),
            attr + " in " + where);
        assertFalse(attr.getKey().equals("style"), "no inline style (CSP) in " + where);
      });
    }
  }

  private static Document page(String path) {
    WebFixtures.Answer a = WebFixtures.get(base, path);
    assertEquals(200, a.status(), path + ": " + a.body());
    assertTrue(a.header("Content-Type").startsWith("text/html"));
    return Jsoup.parse(a.body());
  }

  private static String firstId(String query, String lang) {
    JsonNode j = json(WebFixtures.get(base, "/api/search?q=" + q(query) + "&lang=" + lang));
    return j.get("hits").get(0).get("id").asString();
  }

}
