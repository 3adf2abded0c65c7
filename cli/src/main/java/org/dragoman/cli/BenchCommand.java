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
import org.dragoman.ingest.StageClock;
import org.dragoman.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman bench WHAT}: speed, each next to a reference measured in the same run (see
 * {@link BenchIngest}, {@link BenchScale}, {@link BenchSearch}, {@link BenchAlignment}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure speed.",
        "ingest: throughput against bare Lucene on the same text;",
        "scale: ingesting 10 new files and align --archive, as processes, on archives of growing size;",
        "search: latency percentiles on large archives, against bare Lucene on the same text;",
        "serve: the web interface under wrk's load (/api/search and the search page), against"
            + " bare Lucene behind a minimal HTTP endpoint under the same load;",
        "pairing: pairing time from 1k to 20k articles (synthetic English and Arabic);",
        "align: sentence alignment of long texts (synthetic English and Arabic);",
        "tm: translation memory lookups on 1M units of real sentences, against a plain Lucene"
            + " 4-gram query on the same units;",
        "opensearch: ingest throughput and search latency on a running cluster (--url), next to"
            + " the embedded store on the same articles."})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WHAT",
      description = "ingest, scale, search, serve, publish, pairing, align, tm or opensearch.")
  String what;

  @Option(names = "--text", paramLabel = "PATH",
      description = "scale, search, serve, publish: files or folders whose sentences make the"
          + " articles (default: samples/corpus).")
  List<Path> text;

  @Option(names = "--work", paramLabel = "DIR",
      description = "scale, search, serve, publish: where the archives are built and kept for"
          + " later runs (default: a temporary folder, removed after).")
  Path workDir;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "2000",
      description = "search: measured queries at each size (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--connections", paramLabel = "N", defaultValue = "50",
      description = "serve: wrk's connections (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "30",
      description = "serve: how long wrk loads each endpoint (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--java-option", paramLabel = "OPTION",
      description = "scale: a JVM option for the dragoman processes it starts (repeatable).")
  List<String> javaOptions = new ArrayList<>();

  @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "30",
      description = "ingest, without --warmup: unmeasured rounds for this long first, so that the"
          + " JIT has compiled the pipeline (default: ${DEFAULT-VALUE}).")
  int warmupSeconds;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "samples/corpus",
      description = "Files to scale up (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--copies", paramLabel = "N", defaultValue = "20",
      description = "How many copies of the corpus to ingest (default: ${DEFAULT-VALUE}).")
  int copies;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
      description = "Measured rounds; the median is reported (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", paramLabel = "N",
      description = "Unmeasured rounds (search: queries) first (default: ingest --warmup-seconds;"
          + " align 1; search 1000).")
  Integer warmup;

  @Option(names = "--url", paramLabel = "URL",
      description = "opensearch: the cluster (http://HOST:9200, several nodes separated by commas).")
  String url;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
      description = "opensearch: primary shards of the index (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--replicas", paramLabel = "N", defaultValue = "0",
      description = "opensearch: replicas of each shard (default: ${DEFAULT-VALUE}).")
  int replicas;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(names = "--stacktrace", description = "Print the stack trace of an error.")
  boolean stacktrace;

  @Override
  public Integer call() throws Exception {
    if (what.equals("pairing") || what.equals("align")) {
      return benchAlignment();
    }
    if (what.equals("scale") || what.equals("search") || what.equals("tm")
        || what.equals("serve") || what.equals("publish") || what.equals("opensearch")) {
      return benchArchives();
    }
    if (!what.equals("ingest")) {
      throw new IllegalArgumentException(
          "Unknown benchmark '" + what + "'; available: ingest, scale, search, serve, publish, "
              + "pairing, align, tm, opensearch");
    }
    Path work = Files.createTempDirectory("dragoman-bench");
    try {
      report(BenchIngest.run(corpus, copies, warmup == null ? -1 : warmup, warmupSeconds, rounds,
          threads, work));
    } finally {
      delete(work);
    }
    return 0;
  }

  @Option(names = "--threads", paramLabel = "N",
      description = "ingest: sources read at once (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--sizes", split = ",", paramLabel = "N,N,…",
      description = "Archive sizes (pairing: half English half Arabic; default 1000,2000,5000,"
          + "10000,20000; scale: 1000,10000,100000; search: 100000,1000000; serve: 10000;"
          + " tm: memory units, 1000000).")
  List<Integer> sizes;

  private List<Integer> sizes(String... defaults) {
    return sizes != null && !sizes.isEmpty() ? sizes
        : java.util.Arrays.stream(defaults).map(Integer::valueOf).toList();
  }

  @Option(names = "--sentences", split = ",", paramLabel = "N,N,…", defaultValue = "1000,5000",
      description = "align: sentences per side (default: ${DEFAULT-VALUE}).")
  List<Integer> sentences;

  private int benchArchives() throws Exception {
    List<Path> sources = text == null || text.isEmpty() ? List.of(Path.of("samples/corpus")) : text;
    for (Path p : sources) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("No text at " + p + " (give --text PATH)");
      }
    }
    boolean temporary = workDir == null;
    Path work = temporary ? Files.createTempDirectory("dragoman-bench") : workDir;
    Files.createDirectories(work);
    List<Integer> at = what.equals("scale") ? sizes("1000", "10000", "100000")
        : what.equals("tm") ? sizes("1000000")
        : what.equals("serve") || what.equals("publish") || what.equals("opensearch")
            ? sizes("10000")
        : sizes("100000", "1000000");
    List<Map<String, Object>> rows;
    try {
      if (what.equals("opensearch")) {
        if (url == null) {
          throw new IllegalArgumentException("bench opensearch needs --url (bin/opensearch-node"
              + " starts a cluster)");
        }
        rows = BenchOpenSearch.run(at, sources, work, url, shards, replicas,
            warmup == null ? 200 : warmup, queries);
      } else if (what.equals("serve")) {
        rows = BenchServe.run(at, sources, work, connections, seconds, queries);
      } else if (what.equals("publish")) {
        rows = BenchPublish.run(at, sources, work, rounds);
      } else if (what.equals("tm")) {
        rows = new ArrayList<>();
        List<BenchArchive.Pool> pools = BenchArchive.pools(sources);
        for (int n : at) {
          rows.add(BenchTm.run(n, pools, work.resolve("memory-" + n), warmup == null ? 2000 : warmup, queries));
        }
      } else {
        rows = what.equals("scale")
            ? BenchScale.run(at, sources, work, rounds, javaOptions)
            : BenchSearch.run(at, sources, work, warmup == null ? 1000 : warmup, queries);
      }
    } finally {
      if (temporary) {
        delete(work);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("benchmark", what);
    m.put("rows", rows);
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("maxHeapMB", Runtime.getRuntime().maxMemory() >> 20);
    if (json) {
      Json.print(out, m);
    } else {
      rows.forEach(out::println);
    }
    return 0;
  }

  private int benchAlignment() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> rows = new ArrayList<>();
    if (what.equals("pairing")) {
      Path work = Files.createTempDirectory("dragoman-bench-pairing");
      try {
        rows = BenchAlignment.pairingCurve(sizes("1000", "2000", "5000", "10000", "20000"), work);
      } finally {
        delete(work);
      }
    } else {
      for (int n : sentences) {
        rows.add(BenchAlignment.sentenceAlignment(n, warmup == null ? 1 : warmup, rounds));
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

  private void report(BenchIngest.Result r) {
    double d = median(r.dragoman());
    double l = median(r.lucene());
    double mb = r.bytes() / 1048576.0;
    double stageTotal = r.stages().values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Object> shares = new LinkedHashMap<>();
    r.stages().forEach((s, v) -> shares.put(s.name().toLowerCase(Locale.ROOT),
        round(v / Math.max(1e-9, stageTotal))));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("corpus", corpus.toString());
    m.put("copies", copies);
    m.put("articles", r.articles());
    m.put("megabytes", round(mb));
    m.put("rounds", rounds);
    m.put("warmupRounds", r.warmupRounds());
    m.put("firstRoundSeconds", round(r.firstRound()));
    m.put("threads", r.threads());
    m.put("dragomanSecondsMedian", round(d));
    m.put("dragomanArticlesPerSecond", round(r.articles() / d));
    m.put("dragomanMBPerSecond", round(mb / d));
    m.put("luceneSecondsMedian", round(l));
    m.put("luceneArticlesPerSecond", round(r.articles() / l));
    // each round times both, one after the other: the median of the rounds' own ratios is
    // what the machine's drift from one minute to the next changes least
    List<Double> pairs = new java.util.ArrayList<>();
    for (int k = 0; k < Math.min(r.dragoman().size(), r.lucene().size()); k++) {
      pairs.add(r.lucene().get(k) / r.dragoman().get(k));
    }
    double paired = median(pairs);
    m.put("throughputRatio", round(paired));
    m.put("ratioOfMedians", round(l / d));
    m.put("roundRatios", pairs.stream().map(BenchCommand::round).toList());
    m.put("ratio", round(d / l)); // how many times longer Dragoman takes
    m.put("stageShares", shares);
    if (r.pdfs().pages() > 0) {
      m.put("pdfFiles", r.pdfs().files());
      m.put("pdfPages", r.pdfs().pages());
      m.put("dragomanPdfPagesPerSecond", round(r.pdfs().pages() / d));
      m.put("pdftotextSecondsMedian", r.pdfs().pdftotextSeconds() < 0 ? null
          : round(r.pdfs().pdftotextSeconds()));
      m.put("pdftotextPagesPerSecond", r.pdfs().pdftotextSeconds() < 0 ? null
          : round(r.pdfs().pages() / r.pdfs().pdftotextSeconds()));
    }
    // the annotate stage (mentions and anchors), per round, as thread seconds
    double annotate = r.stages().getOrDefault(StageClock.Stage.ANNOTATE, 0.0) / rounds;
    m.put("entitySecondsMedian", round(annotate));
    m.put("entityOverhead", shares.get("annotate"));
    Map<String, Object> secs = new LinkedHashMap<>();
    r.stages().forEach((s, v) -> secs.put(s.name().toLowerCase(Locale.ROOT), round(v / rounds)));
    m.put("stageThreadSeconds", secs);
    m.put("dragomanSeconds", r.dragoman().stream().map(BenchCommand::round).toList());
    m.put("luceneSeconds", r.lucene().stream().map(BenchCommand::round).toList());
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("cores", Runtime.getRuntime().availableProcessors());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, m);
      return;
    }
    out.printf(Locale.ROOT, "ingest of %d articles (%.2f MB), %d threads, median of %d rounds"
        + " after %d warm-up rounds (the first, JIT cold: %.3f s):%n",
        r.articles(), mb, r.threads(), rounds, r.warmupRounds(), r.firstRound());
    out.printf(Locale.ROOT, "  dragoman     %8.3f s  %8.2f MB/s  %9.1f articles/s%n", d, mb / d,
        r.articles() / d);
    out.printf(Locale.ROOT, "  bare lucene  %8.3f s  %8.2f MB/s  %9.1f articles/s"
        + "  (per-language analyzers, text stored, 1 thread)%n", l, mb / l, r.articles() / l);
    out.printf(Locale.ROOT, "  dragoman's throughput is %.2f of bare lucene's (median of the rounds' ratios;"
        + " ratio of the medians %.2f)%n", paired, l / d);
    out.print("  stages (share of thread time):");
    shares.forEach((k, v) -> out.printf(Locale.ROOT, " %s %.0f%%", k, 100 * (double) v));
    out.println();
    BenchIngest.Pdfs pdf = r.pdfs();
    if (pdf.pages() > 0) {
      out.printf(Locale.ROOT, "  PDFs: %d files, %d pages; dragoman %.1f pages/s (the whole ingest)%s%n",
          pdf.files(), pdf.pages(), pdf.pages() / d, pdf.pdftotextSeconds() < 0
              ? "; pdftotext is not installed"
              : String.format(Locale.ROOT, ", pdftotext %.1f pages/s (one process a file, in turn)",
                  pdf.pages() / pdf.pdftotextSeconds()));
    }
  }

  static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    if (a.length == 0) {
      return Double.NaN;
    }
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
