package org.dragoman.cli;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dragoman.Archive;
import org.dragoman.model.Article;
import org.dragoman.model.Segment;
import org.dragoman.model.TranslationGroup;
import org.dragoman.publish.PublishReport;
import org.dragoman.publish.PublishSettings;
import org.dragoman.publish.Publisher;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench publish}: publishing an archive of real sentences as a site, first into an empty
 * folder and then again with nothing changed, next to Hugo (Debian's {@code hugo}) building the
 * same articles in the same run as a multilingual site: each article a Markdown page with its
 * title, date and translation group as {@code translationKey}, the layouts of
 * {@code bin/hugo-compare} (lang and dir, canonical, hreflang, switcher), its URL the article's id.
 */
final class BenchPublish {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private BenchPublish() {}

  static List<Map<String, Object>> run(List<Integer> sizes, List<Path> sources, Path work,
      int rounds) throws Exception {
    List<BenchArchive.Pool> pools = BenchArchive.pools(sources);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int size : sizes) {
      Path dir = work.resolve("archive-" + size);
      BenchArchive.ensure(dir, size, pools, true);
      Path hugo = work.resolve("hugo-" + size);
      int articles = hugoSource(dir, hugo);
      List<Double> first = new ArrayList<>();
      List<Double> again = new ArrayList<>();
      List<Double> hugoFirst = new ArrayList<>();
      List<Double> hugoAgain = new ArrayList<>();
      PublishReport last = null;
      for (int r = 0; r < rounds; r++) {
        Path site = work.resolve("site-" + size);
        BenchCommand.delete(site);
        try (Archive archive = Archive.openReadOnly(dir)) {
          PublishSettings settings = PublishSettings.of(site, "https://example.org/");
          long t0 = System.nanoTime();
          Publisher.publish(archive, settings);
          first.add((System.nanoTime() - t0) / 1e9);
          t0 = System.nanoTime();
          last = Publisher.publish(archive, settings);
          again.add((System.nanoTime() - t0) / 1e9);
        }
        Path out = work.resolve("hugo-site-" + size);
        BenchCommand.delete(out);
        hugoFirst.add(hugo(hugo, out));
        hugoAgain.add(hugo(hugo, out));
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("articles", articles);
      row.put("files", last.files());
      row.put("writtenAgain", last.written().size());
      row.put("firstSeconds", BenchCommand.median(first));
      row.put("againSeconds", BenchCommand.median(again));
      row.put("hugoFiles", count(work.resolve("hugo-site-" + size)));
      row.put("hugoFirstSeconds", BenchCommand.median(hugoFirst));
      row.put("hugoAgainSeconds", BenchCommand.median(hugoAgain));
      row.put("firstRatio", BenchCommand.median(first) / BenchCommand.median(hugoFirst));
      row.put("rounds", rounds);
      rows.add(row);
    }
    return rows;
  }

  /** The archive's articles as a Hugo multilingual site's source; returns how many. */
  private static int hugoSource(Path archiveDir, Path hugo) throws IOException {
    BenchCommand.delete(hugo);
    Path layouts = Files.createDirectories(hugo.resolve("layouts/_default"));
    for (String f : List.of("baseof.html", "single.html", "list.html")) {
      try (InputStream in = BenchPublish.class.getResourceAsStream("hugo/" + f)) {
        Files.write(layouts.resolve(f), in.readAllBytes());
      }
    }
    int n = 0;
    List<String> languages;
    try (Archive archive = Archive.openReadOnly(archiveDir)) {
      languages = archive.languages().stream().filter(l -> !l.equals("und")).toList();
      for (String id : archive.articleIds()) {
        Article a = archive.article(id).orElseThrow();
        if (a.language().equals("und")) {
          continue;
        }
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", a.displayTitle());
        if (a.published() != null) {
          front.put("date", a.published().toString());
        }
        archive.groupOf(id).map(TranslationGroup::id)
            .ifPresent(g -> front.put("translationKey", g));
        StringBuilder body = new StringBuilder(JSON.writeValueAsString(front)).append("\n\n");
        for (Segment p : a.paragraphs()) {
          body.append(p.text(a.text()).strip()).append("\n\n");
        }
        Path file = hugo.resolve("content").resolve(a.language()).resolve("posts")
            .resolve(id + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, body, StandardCharsets.UTF_8);
        n++;
      }
    }
    StringBuilder toml = new StringBuilder("baseURL = \"https://example.org/\"\n"
        + "defaultContentLanguage = \"" + (languages.contains("en") ? "en" : languages.get(0))
        + "\"\ndefaultContentLanguageInSubdir = true\nenableRobotsTXT = true\npaginate = 20\n"
        // by file name: with /:title/, a long Arabic title makes a folder name longer than the
        // file system's 255 bytes, and Hugo stops ("file name too long")
        + "[permalinks]\nposts = \"/:filename/\"\n");
    for (String l : languages) {
      ULocale u = ULocale.forLanguageTag(l);
      toml.append("[languages.").append(l).append("]\ncontentDir = \"content/").append(l)
          .append("\"\nlanguageName = ").append(JSON.writeValueAsString(
              u.getDisplayLanguage(u))).append("\nlanguageDirection = \"")
          .append(u.isRightToLeft() ? "rtl" : "ltr").append("\"\n");
    }
    Files.writeString(hugo.resolve("hugo.toml"), toml);
    return n;
  }

  /** Seconds Hugo takes to build {@code source} into {@code out}. */
  private static double hugo(Path source, Path out) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p;
    try {
      p = new ProcessBuilder("hugo", "--source", source.toAbsolutePath().toString(),
          "--destination", out.toAbsolutePath().toString(), "--quiet")
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IllegalArgumentException("bench publish needs hugo as the reference "
          + "(apt-get install -y hugo): " + e.getMessage(), e);
    }
    byte[] said = p.getInputStream().readAllBytes();
    if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IOException("hugo failed: " + new String(said, StandardCharsets.UTF_8));
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long count(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).count();
    }
  }
}
