package org.dragoman.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.Archive;
import org.dragoman.ingest.IngestListener;
import org.dragoman.ingest.IngestOptions;
import org.dragoman.ingest.IngestReport;
import org.dragoman.ingest.StageClock;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.Article;

/**
 * {@code bench ingest}: Dragoman's ingest of a corpus (copied {@code copies} times) next to bare
 * Lucene indexing the same article texts in the same run, on one thread, with each language's own
 * Lucene analyzer (EnglishAnalyzer for English, ArabicAnalyzer for Arabic…, StandardAnalyzer for a
 * language Lucene has none for) and the text stored: what a developer would write with Lucene
 * alone. Rounds alternate the two; medians are reported, with the share of each stage of
 * Dragoman's pipeline (summed over its threads).
 */
final class BenchIngest {
  private BenchIngest() {}

  record Result(int articles, long bytes, List<Double> dragoman, List<Double> lucene,
      Map<StageClock.Stage, Double> stages, int threads, int warmupRounds, double firstRound,
      Pdfs pdfs) {}

  /**
   * The PDFs of the corpus: how many, their pages, and poppler's {@code pdftotext} on the same
   * files (one after the other, median of the rounds; -1 when it is not installed).
   */
  record Pdfs(int files, int pages, double pdftotextSeconds) {}

  /** Counts the PDFs of {@code input} and their pages, and times {@code pdftotext} on them. */
  static Pdfs pdfs(Path input, int rounds) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(input)) {
      files = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
          .endsWith(".pdf")).sorted().toList();
    }
    int pages = 0;
    for (Path f : files) {
      try (var d = org.apache.pdfbox.Loader.loadPDF(f.toFile())) {
        pages += d.getNumberOfPages();
      } catch (IOException e) {
        // a damaged PDF: ingest reports it
      }
    }
    double seconds = -1;
    if (!files.isEmpty() && onPath("pdftotext")) {
      List<Double> times = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        long t0 = System.nanoTime();
        for (Path f : files) {
          try {
            Process p = new ProcessBuilder("pdftotext", f.toString(), "-")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Pdfs(files.size(), pages, -1);
          }
        }
        times.add((System.nanoTime() - t0) / 1e9);
      }
      seconds = BenchCommand.median(times);
    }
    return new Pdfs(files.size(), pages, seconds);
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs the benchmark.
   *
   * @param warmup unmeasured rounds first, or -1 to warm up for {@code warmupSeconds}
   */
  static Result run(Path corpus, int copies, int warmup, int warmupSeconds, int rounds,
      int threads, Path work) throws IOException {
    Path input = work.resolve("input");
    long bytes = scale(corpus, copies, input);
    List<Double> dragoman = new ArrayList<>();
    List<Double> lucene = new ArrayList<>();
    Map<StageClock.Stage, Double> stages = new LinkedHashMap<>();
    int articles = 0;
    int warmupRounds = 0;
    IngestOptions options = IngestOptions.defaults().withThreads(threads);
    long warmUntil = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    int measured = 0;
    double first = -1;
    for (int round = 0; measured < rounds; round++) {
      boolean warming = warmup >= 0 ? round < warmup : System.nanoTime() < warmUntil;
      Path archiveDir = work.resolve("archive-" + round);
      StageClock clock = StageClock.started();
      List<Article> read = new ArrayList<>();
      long t0 = System.nanoTime();
      try (Archive archive = Archive.open(archiveDir)) {
        IngestReport report = archive.ingest(List.of(input), options, IngestListener.NONE, clock);
        double secs = (System.nanoTime() - t0) / 1e9;
        if (report.failed() > 0 || report.stopped() != null) {
          throw new IllegalStateException("The benchmark corpus has failures: "
              + report.failures() + (report.stopped() == null ? "" : " " + report.stopped()));
        }
        articles = report.added();
        for (IngestReport.Entry e : report.articles()) {
          read.add(archive.article(e.id()).orElseThrow());
        }
        if (first < 0) {
          first = secs;
        }
        if (!warming) {
          dragoman.add(secs);
          clock.seconds().forEach((s, v) -> stages.merge(s, v, Double::sum));
        }
      }
      double l = bareLucene(work.resolve("lucene-" + round), read);
      if (!warming) {
        lucene.add(l);
        measured++;
      } else {
        warmupRounds = round + 1;
      }
      BenchCommand.delete(archiveDir);
      BenchCommand.delete(work.resolve("lucene-" + round));
    }
    return new Result(articles, bytes, dragoman, lucene, stages, threads, warmupRounds, first,
        pdfs(input, rounds));
  }

  private static long scale(Path corpus, int copies, Path input) throws IOException {
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException("No corpus folder at " + corpus
          + " (run from the repository root, or give --corpus DIR)");
    }
    long bytes = 0;
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    for (int c = 0; c < copies; c++) {
      Path dir = input.resolve("copy-" + c);
      Files.createDirectories(dir);
      for (Path f : files) {
        Path to = dir.resolve(corpus.relativize(f).toString().replace('/', '_'));
        Files.copy(f, to);
        bytes += Files.size(f);
      }
    }
    return bytes;
  }

  /** Bare Lucene: one document per article, its text stored and analysed by its language's analyzer. */
  static double bareLucene(Path dir, List<Article> articles) throws IOException {
    LanguagePacks packs = LanguagePacks.installed();
    Map<String, Analyzer> perField = new HashMap<>();
    for (Article a : articles) {
      perField.computeIfAbsent("text_" + a.language(), f -> {
        return packs.has(a.language())
            ? packs.require(a.language()).createAnalyzer()
            : new StandardAnalyzer();
      });
    }
    long t0 = System.nanoTime();
    try (var d = FSDirectory.open(dir);
        var w = new IndexWriter(d, new IndexWriterConfig(
            new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField)))) {
      int i = 0;
      for (Article a : articles) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(i++), Field.Store.YES));
        doc.add(new TextField("text_" + a.language(), a.text(), Field.Store.YES));
        w.addDocument(doc);
      }
      w.commit();
    }
    return (System.nanoTime() - t0) / 1e9;
  }
}
