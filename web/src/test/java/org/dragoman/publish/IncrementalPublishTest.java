package org.dragoman.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.Archive;
import org.dragoman.web.WebFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After one article changes, a publish writes only the pages that show it; its URL stays. */
class IncrementalPublishTest {
  @TempDir Path dir;

  @Test
  void aChangedArticleRewritesOnlyItsPagesAndKeepsItsUrl() throws Exception {
    Path archive = WebFixtures.archive(dir);
    Path news = Files.createDirectories(dir.resolve("news"));
    Path file = news.resolve("tram-drivers.en.txt");
    Files.writeString(file, """
        Tram drivers in Leeds vote to strike

        Tram drivers in Leeds voted on 12 May 2025 to strike over rosters and pay.
        The union said 92 per cent of its members backed the action.

        The operator said it would meet the union next week.
        """);
    Path site = dir.resolve("site");
    PublishSettings settings = PublishSettings.of(site, "https://example.org/");
    String page;
    try (Archive a = Archive.open(archive)) {
      a.ingest(List.of(file));
      PublishReport first = Publisher.publish(a, settings);
      page = first.written().stream().filter(p -> p.startsWith("en/tram-drivers-in-leeds"))
          .filter(p -> p.endsWith("/index.html")).findFirst().orElseThrow();
      assertEquals("en/tram-drivers-in-leeds-vote-to-strike/index.html", page);
      assertEquals(List.of(), Publisher.publish(a, settings).written(), "nothing changed");
    }
    Files.writeString(file, """
        Leeds tram drivers strike for a fair roster

        Tram drivers in Leeds voted on 12 May 2025 to strike over rosters and pay.
        The union said 94 per cent of its members backed the action.

        The operator said it would meet the union next week.
        """);
    PublishReport second;
    try (Archive a = Archive.open(archive)) {
      a.ingest(List.of(file));
      second = Publisher.publish(a, settings);
    }
    assertTrue(second.written().contains(page), "the article's page, at its old URL: "
        + second.written());
    for (String w : second.written()) {
      assertTrue(w.startsWith("en/") || w.equals("sitemap.xml"),
          "only English pages and the sitemap index change: " + second.written());
    }
    assertTrue(second.written().size() <= 12, "a few pages, not the site: " + second.written());
    assertTrue(second.written().contains("en/feed.xml"), second.written().toString());
    assertTrue(second.written().contains("en/index.html"), second.written().toString());
    assertEquals(List.of(), second.removed());
    String html = Files.readString(site.resolve(page));
    assertTrue(html.contains("<h1>Leeds tram drivers strike for a fair roster</h1>"), html);
    assertTrue(html.contains("94"), html);
  }
}
