package org.dragoman.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.ingest.IngestListener;
import org.dragoman.ingest.IngestOptions;
import org.dragoman.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman ingest PATH...}: reads files and folders into the archive. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read files and folders (recursively) into the archive.",
        "Exit code: 0 when every input was read, 1 when some failed (the others are still"
            + " ingested), 2 on usage errors."})
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Option(names = "--max-file-size", paramLabel = "SIZE", converter = Sizes.class,
      description = "Largest file to read, such as 500MB or 2GB (default: 100MB).")
  Long maxFileSize;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Most characters of text one file may hold (default: 20000000).")
  Integer maxChars;

  @Option(names = "--threads", paramLabel = "N",
      description = "Files read at once (default: one per core).")
  Integer threads;

  @Option(names = "--ocr", paramLabel = "auto|always|never", defaultValue = "auto",
      description = "Recognise PDF pages from their image with Tesseract: those without text "
          + "(auto, the default), every page (always), or none (never).")
  String ocr;

  @Option(names = "--ocr-languages", paramLabel = "LANG[+LANG…]",
      description = "Tesseract languages of the scanned pages, such as ara+eng (default: guessed "
          + "from the document's other pages, its name, or the script of the page).")
  String ocrLanguages;

  @Override
  public Integer call() throws Exception {
    IngestOptions.Ocr when;
    try {
      when = IngestOptions.Ocr.valueOf(ocr.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--ocr must be auto, always or never, not '" + ocr + "'");
    }
    IngestOptions options = IngestOptions.defaults().withOcr(when, ocrLanguages);
    if (maxFileSize != null) {
      options = options.withMaxFileBytes(maxFileSize);
    }
    if (maxChars != null) {
      options = options.withMaxTextChars(maxChars);
    }
    if (threads != null) {
      options = options.withThreads(threads);
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    IngestListener progress = Terminal.interactive() ? new ProgressBar(err) : IngestListener.NONE;
    IngestReport report;
    try (Archive archive = common.open()) {
      report = archive.ingest(paths, options, progress);
    }
    if (common.json) {
      Json.print(out, toJson(report));
    } else {
      printText(out, report);
    }
    if (report.stopped() != null) {
      err.println("dragoman: the ingest stopped: " + Terminal.safe(report.stopped()));
    }
    return report.failed() == 0 && report.stopped() == null ? 0 : 1;
  }

  static Map<String, Object> toJson(IngestReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("added", r.added());
    m.put("updated", r.updated());
    m.put("unchanged", r.unchanged());
    m.put("failed", r.failed());
    m.put("skipped", r.skipped());
    m.put("articles", r.articles().stream().map(a -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", a.id());
      e.put("source", a.source());
      e.put("language", a.language());
      e.put("title", a.title());
      e.put("published", a.published() == null ? null : a.published().toString());
      e.put("status", a.status().name().toLowerCase(java.util.Locale.ROOT));
      return e;
    }).toList());
    m.put("failures", r.failures());
    m.put("skippedFiles", r.skippedFiles());
    m.put("stopped", r.stopped());
    return m;
  }

  private static void printText(java.io.PrintWriter out, IngestReport r) {
    for (IngestReport.Entry a : r.articles()) {
      out.println(Terminal.fit(a.status().name().toLowerCase(java.util.Locale.ROOT), 10)
          + Terminal.fit(a.id(), 18) + Terminal.fit(a.language(), 5)
          + Terminal.fit(a.published() == null ? "" : a.published().toString(), 12)
          + Terminal.isolate(a.title() == null ? a.source() : a.title()));
    }
    for (var f : r.failures()) {
      out.println(Terminal.fit("FAILED", 10) + Terminal.safe(f.source() + ": " + f.reason()));
    }
    for (var f : r.skippedFiles()) {
      out.println(Terminal.fit("skipped", 10) + Terminal.safe(f.source() + ": " + f.reason()));
    }
    out.printf("%d added, %d updated, %d unchanged, %d failed, %d skipped%n",
        r.added(), r.updated(), r.unchanged(), r.failed(), r.skipped());
  }
}
