package org.dragoman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.Archive;
import org.dragoman.ingest.IngestReport;
import org.dragoman.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman bench ingest}: ingest throughput on a corpus scaled up by copying, next to bare
 * Lucene indexing of the same article texts in the same run (StandardAnalyzer, one field), so
 * that the ratio says what Dragoman's reading, cleaning, language identification, segmentation
 * and per-language analysis cost on this machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure speed.",
        "ingest: throughput against bare Lucene on the same text;",
        "pairing: pairing time from 1k to 20k articles (synthetic English and Arabic);",
        "align: sentence alignment of long texts (synthetic English and Arabic)."})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WHAT", description = "ingest, pairing or align.")
  String what;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "samples/corpus",
      description = "Files to scale up (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--copies", paramLabel = "N", defaultValue = "20",
      description = "How many copies of the corpus to ingest (default: ${DEFAULT-VALUE}).")
  int copies;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
      description = "Measured rounds; the median is reported (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
      description = "Unmeasured rounds first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (what.equals("pairing") || what.equals("align")) {
      return benchAlignment();
    }
    if (!what.equals("ingest")) {
      throw new IllegalArgumentException(
          "Unknown benchmark '" + what + "'; available: ingest, pairing, align");
    }
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException("No corpus folder at " + corpus
          + " (run from the repository root, or give --corpus DIR)");
    }
    Path work = Files.createTempDirectory("dragoman-bench");
    try {
      Path input = work.resolve("input");
      long bytes = scale(input);
      List<Double> dragoman = new ArrayList<>();
      List<Double> lucene = new ArrayList<>();
      List<Double> entities = new ArrayList<>();
      int articles = 0;
      for (int round = 0; round < warmup + rounds; round++) {
        Path archiveDir = work.resolve("archive-" + round);
        long t0 = System.nanoTime();
        List<String> texts = new ArrayList<>();
        List<Article> read = new ArrayList<>();
        double catalogueSecs;
        try (Archive archive = Archive.open(archiveDir)) {
          IngestReport report = archive.ingest(List.of(input));
          double secs = (System.nanoTime() - t0) / 1e9;
          if (report.failed() > 0) {
            throw new IllegalStateException("The benchmark corpus has failures: " + report.failures());
          }
          articles = report.added();
          for (IngestReport.Entry e : report.articles()) {
            Article a = archive.article(e.id()).orElseThrow();
            texts.add(a.text());
            read.add(a);
          }
          long c0 = System.nanoTime();
          archive.rebuildEntities(); // ingest ran it once; the same work again, timed alone
          catalogueSecs = (System.nanoTime() - c0) / 1e9;
          if (round >= warmup) {
            dragoman.add(secs);
          }
        }
        // the share of ingest spent finding mentions: the same extraction again, alone
        long e0 = System.nanoTime();
        long found = 0;
        for (Article a : read) {
          found += org.dragoman.entity.Annotator.mentions(a, org.dragoman.entity.DatePreference.PAST).size();
        }
        if (round >= warmup && found >= 0) {
          entities.add((System.nanoTime() - e0) / 1e9 + catalogueSecs);
        }
        double luceneSecs = bareLucene(work.resolve("lucene-" + round), texts);
        if (round >= warmup) {
          lucene.add(luceneSecs);
        }
        delete(archiveDir);
        delete(work.resolve("lucene-" + round));
      }
      report(bytes, articles, dragoman, lucene, entities);
    } finally {
      delete(work);
    }
    return 0;
  }

  @Option(names = "--sizes", split = ",", paramLabel = "N,N,…",
      defaultValue = "1000,2000,5000,10000,20000",
      description = "pairing: archive sizes, half English half Arabic (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--sentences", split = ",", paramLabel = "N,N,…", defaultValue = "1000,5000",
      description = "align: sentences per side (default: ${DEFAULT-VALUE}).")
  List<Integer> sentences;

  private int benchAlignment() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> rows = new ArrayList<>();
    if (what.equals("pairing")) {
      Path work = Files.createTempDirectory("dragoman-bench-pairing");
      try {
        rows = BenchAlignment.pairingCurve(sizes, work);
      } finally {
        delete(work);
      }
    } else {
      for (int n : sentences) {
        rows.add(BenchAlignment.sentenceAlignment(n, warmup, rounds));
      }
    }
    if (json) {
      Json.print(out, Map.of("benchmark", what, "rows", rows, "cores",
          Runtime.getRuntime().availableProcessors()));
    } else {
      for (Map<String, Object> row : rows) {
        out.println(row);
      }
    }
    return 0;
  }

  private long scale(Path input) throws IOException {
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
        Files.copy(f, dir.resolve(f.getFileName()));
        bytes += Files.size(f);
      }
    }
    return bytes;
  }

  private static double bareLucene(Path dir, List<String> texts) throws IOException {
    long t0 = System.nanoTime();
    try (var d = FSDirectory.open(dir);
        var w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      int i = 0;
      for (String t : texts) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(i++), Field.Store.YES));
        doc.add(new TextField("text", t, Field.Store.YES));
        w.addDocument(doc);
      }
      w.commit();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private void report(long bytes, int articles, List<Double> dragoman, List<Double> lucene,
      List<Double> entities) {
    double d = median(dragoman);
    double e = median(entities);
    double l = median(lucene);
    double mb = bytes / 1048576.0;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("corpus", corpus.toString());
    m.put("copies", copies);
    m.put("articles", articles);
    m.put("megabytes", round(mb));
    m.put("rounds", rounds);
    m.put("dragomanSecondsMedian", round(d));
    m.put("dragomanMBPerSecond", round(mb / d));
    m.put("dragomanArticlesPerSecond", round(articles / d));
    m.put("luceneSecondsMedian", round(l));
    m.put("luceneArticlesPerSecond", round(articles / l));
    m.put("ratio", round(d / l));
    m.put("entitySecondsMedian", round(e));
    m.put("entityOverhead", round(e / Math.max(1e-9, d - e)));
    m.put("dragomanSeconds", dragoman.stream().map(BenchCommand::round).toList());
    m.put("luceneSeconds", lucene.stream().map(BenchCommand::round).toList());
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("cores", Runtime.getRuntime().availableProcessors());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, m);
      return;
    }
    out.printf(Locale.ROOT, "ingest of %d articles (%.2f MB), median of %d rounds:%n",
        articles, mb, rounds);
    out.printf(Locale.ROOT, "  dragoman     %8.3f s  %8.2f MB/s  %9.1f articles/s%n", d, mb / d,
        articles / d);
    out.printf(Locale.ROOT, "  bare lucene  %8.3f s  %8s       %9.1f articles/s%n", l, "",
        articles / l);
    out.printf(Locale.ROOT, "  ratio        %8.1f x%n", d / l);
    out.printf(Locale.ROOT, "  of which mentions and catalogue %.3f s: ingest takes %.0f%% longer with them than without%n",
        e, 100 * e / Math.max(1e-9, d - e));
  }

  static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  static void delete(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}
