package org.dragoman.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dragoman.Archive;
import org.dragoman.web.WebFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What publish refuses, and what it never touches. */
class PublishRefusalsTest {
  @TempDir Path dir;

  @Test
  void anUnknownLanguageOrAnEmptyArchivePublishesNothing() throws Exception {
    Path archive = WebFixtures.archive(dir);
    Path site = dir.resolve("site");
    try (Archive a = Archive.openReadOnly(archive)) {
      Publisher.publish(a, PublishSettings.of(site, "https://example.org/"));
      long files;
      try (var s = Files.walk(site)) {
        files = s.count();
      }
      var e = assertThrows(IllegalArgumentException.class, () -> Publisher.publish(a,
          PublishSettings.of(site, "https://example.org/").withLanguages(List.of("en", "deu"))));
      assertTrue(e.getMessage().contains("deu") && e.getMessage().contains("ar, en"),
          e.getMessage());
      var d = assertThrows(IllegalArgumentException.class, () -> Publisher.publish(a,
          PublishSettings.of(site, "https://example.org/").withDefaultLanguage("el")));
      assertTrue(d.getMessage().contains("el"), d.getMessage());
      try (var s = Files.walk(site)) {
        assertEquals(files, s.count(), "the earlier site is left as it was");
      }
      // languages named as ISO 639-2/3 or in capitals are the archive's own
      PublishReport r = Publisher.publish(a, PublishSettings.of(dir.resolve("two"),
          "https://example.org/").withLanguages(List.of("ENG", "ara")));
      assertEquals(List.of("ar", "en"), r.languages());
    }
    Path empty = dir.resolve("empty");
    try (Archive a = Archive.open(empty)) {
      var e = assertThrows(IllegalArgumentException.class,
          () -> Publisher.publish(a, PublishSettings.of(site, "https://example.org/")));
      assertTrue(e.getMessage().startsWith("nothing to publish"), e.getMessage());
    }
  }

  @Test
  void filesDragomanDidNotWriteAreNeverReplacedOrRemoved() throws Exception {
    Path archive = WebFixtures.archive(dir);
    Path site = Files.createDirectories(dir.resolve("www"));
    Files.writeString(site.resolve("robots.txt"), "User-agent: *\nDisallow: /private/\n");
    Files.writeString(site.resolve("about.html"), "<p>our own page</p>");
    try (Archive a = Archive.openReadOnly(archive)) {
      var e = assertThrows(FileAlreadyExistsException.class,
          () -> Publisher.publish(a, PublishSettings.of(site, "https://example.org/")));
      assertTrue(e.getMessage().contains("robots.txt"), e.getMessage());
      assertEquals("User-agent: *\nDisallow: /private/\n",
          Files.readString(site.resolve("robots.txt")), "the site's own robots.txt stays");
      assertTrue(Files.isRegularFile(site.resolve("en/index.html")), "the rest is written");
      assertFalse(Files.readString(site.resolve(SiteFiles.MANIFEST)).contains("robots.txt"));
      Files.delete(site.resolve("robots.txt"));
      PublishReport r = Publisher.publish(a, PublishSettings.of(site, "https://example.org/"));
      assertEquals(List.of("robots.txt"), r.written());
      // a language left out: its pages go, the site's own page stays
      PublishReport fewer = Publisher.publish(a, PublishSettings.of(site, "https://example.org/")
          .withLanguages(List.of("en", "ar")));
      assertTrue(fewer.removed().contains("ur/index.html"), fewer.removed().toString());
      assertFalse(Files.exists(site.resolve("ur")), "its folders go too");
      assertTrue(Files.isRegularFile(site.resolve("about.html")));
    }
  }

  @Test
  void twoPublishesAtOnceKeepEverySlug() throws Exception {
    Path archive = WebFixtures.archive(dir);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (Archive a = Archive.openReadOnly(archive)) {
      Future<PublishReport> en = pool.submit(() -> Publisher.publish(a,
          PublishSettings.of(dir.resolve("en"), "https://example.org/")
              .withLanguages(List.of("en"))));
      Future<PublishReport> ar = pool.submit(() -> Publisher.publish(a,
          PublishSettings.of(dir.resolve("ar"), "https://example.org/")
              .withLanguages(List.of("ar"))));
      en.get();
      ar.get();
    } finally {
      pool.shutdown();
    }
    String slugs = Files.readString(archive.resolve("publish/slugs.json"));
    assertTrue(slugs.contains("student-activist-ammar") && slugs.contains("عمار"), slugs);
  }
}
