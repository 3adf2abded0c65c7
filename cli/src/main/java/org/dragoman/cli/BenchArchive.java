package org.dragoman.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.dragoman.Archive;
import org.dragoman.ingest.ArticleReader;
import org.dragoman.ingest.IngestOptions;
import org.dragoman.language.LanguageIdentifier;
import org.dragoman.model.Article;
import org.dragoman.model.Segment;
import org.dragoman.text.Segmenter;

/**
 * Archives of any size made of real sentences, for the scale and search benchmarks: the
 * sentences of the given texts (each file read as Dragoman reads it, so in its own language)
 * drawn at random, 8 to 40 to an article, an article's sentences all of one language, a
 * publication date in the ten years to 2025, and an id of its own.
 */
final class BenchArchive {
  private BenchArchive() {}

  /** The sentences of one language. */
  record Pool(String language, List<String> sentences) {}

  /** Reads the sentences of every file under {@code sources}, pooled by language. */
  static List<Pool> pools(List<Path> sources) throws IOException {
    ArticleReader reader = ArticleReader.create(IngestOptions.defaults());
    Map<String, List<String>> byLanguage = new LinkedHashMap<>();
    for (Path source : sources) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(source)) {
        files = s.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().endsWith(".json")).sorted().toList();
      }
      for (Path f : files) {
        Article a;
        try {
          a = reader.read(f);
        } catch (Exception e) {
          continue; // not a text this benchmark can use
        }
        for (Segment s : a.sentences()) {
          String sentence = s.text(a.text()).strip();
          String language = s.language() == null ? a.language() : s.language();
          if (sentence.length() >= 20 && !language.equals(LanguageIdentifier.UNDETERMINED)) {
            byLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(sentence);
          }
        }
      }
    }
    List<Pool> out = new ArrayList<>();
    byLanguage.forEach((l, s) -> {
      if (s.size() >= 20) {
        out.add(new Pool(l, s));
      }
    });
    if (out.isEmpty()) {
      throw new IllegalArgumentException("No sentences to make articles of in " + sources);
    }
    return out;
  }

  /** Article number {@code k}, of the pool {@code k} falls to, its sentences drawn with {@code r}. */
  static Article article(long k, List<Pool> pools, Random r) {
    Pool pool = pools.get((int) (k % pools.size()));
    int n = 8 + r.nextInt(33);
    StringBuilder text = new StringBuilder();
    List<Segment> paragraphs = new ArrayList<>();
    List<Segment> sentences = new ArrayList<>();
    int paragraphStart = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        boolean newParagraph = i % 4 == 0;
        if (newParagraph) {
          paragraphs.add(new Segment(paragraphStart, text.length(), pool.language()));
        }
        text.append(newParagraph ? "\n" : " ");
        if (newParagraph) {
          paragraphStart = text.length();
        }
      }
      String s = pool.sentences().get(r.nextInt(pool.sentences().size()));
      sentences.add(new Segment(text.length(), text.length() + s.length(), pool.language()));
      text.append(s);
    }
    paragraphs.add(new Segment(paragraphStart, text.length(), pool.language()));
    String id = id(k);
    String body = text.toString();
    LocalDate published = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(3650));
    return new Article(id, "bench:" + k, "text/plain", pool.language(), sentences.get(0)
        .text(body), published, null, null, id, body, paragraphs, sentences, Instant.EPOCH);
  }

  static String id(long k) {
    return ArticleReader.sha256(("bench-" + k).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  /** Adds articles {@code from} to {@code to} (exclusive) to {@code archive}, in batches. */
  static void fill(Archive archive, long from, long to, List<Pool> pools, long seed)
      throws IOException {
    final int batch = 2000;
    for (long start = from; start < to; start += batch) {
      List<Article> articles = new ArrayList<>();
      for (long k = start; k < Math.min(to, start + batch); k++) {
        articles.add(article(k, pools, new Random(seed * 1_000_003L + k)));
      }
      archive.putAll(articles);
    }
  }

  /**
   * The archive of {@code size} articles in {@code dir}, built (and aligned once, when {@code
   * align}) unless an earlier run left it there; returns the seconds building and aligning took,
   * 0 when it was there.
   */
  static double[] ensure(Path dir, int size, List<Pool> pools, boolean align) throws IOException {
    Path built = dir.resolve("bench-built");
    if (Files.exists(built)) {
      return new double[] {0, 0};
    }
    BenchCommand.delete(dir);
    double[] seconds = new double[2];
    long t0 = System.nanoTime();
    try (Archive archive = Archive.open(dir)) {
      fill(archive, 0, size, pools, 1);
      seconds[0] = (System.nanoTime() - t0) / 1e9;
      if (align) {
        t0 = System.nanoTime();
        archive.alignAndLearn();
        seconds[1] = (System.nanoTime() - t0) / 1e9;
      }
    }
    Files.writeString(built, size + "\n");
    return seconds;
  }
}
