package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.align.SentenceAligner;
import org.dragoman.ingest.ArticleReader;
import org.dragoman.ingest.IngestOptions;
import org.dragoman.ingest.SourceProblem;
import org.dragoman.model.Article;
import org.dragoman.model.SentenceLink;
import org.dragoman.translate.TmxWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dragoman align FILE_A FILE_B}: links the sentences of two files, no archive needed. */
@Command(name = "align", mixinStandardHelpOptions = true,
    description = {"Pair the archive's articles into translation groups, or align two files.",
        "Without FILE: pairs every article of --archive into translation groups (editors' pins"
            + " and forbids kept) and stores them.",
        "With FILE_A FILE_B: both files are read as ingest reads them; the sentences are linked"
            + " 1-1, 1-2, 2-1, 2-2, 1-0 or 0-1; no archive is needed."})
final class AlignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin Common common;

  @Parameters(arity = "0..2", paramLabel = "FILE", description = "Two files: FILE_A FILE_B.")
  List<Path> files = List.of();

  @Option(names = "--pin", arity = "2", paramLabel = "ID",
      description = "Always put these two articles in one group (then pair the archive).")
  List<String> pin;

  @Option(names = "--unpin", arity = "2", paramLabel = "ID",
      description = "Never put these two articles in one group (then pair the archive).")
  List<String> unpin;

  @Option(names = "--format", paramLabel = "text|json|tsv|tmx", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--width", paramLabel = "N", defaultValue = "60",
      description = "Column width of the text format (default: ${DEFAULT-VALUE}).")
  int width;

  enum Format { text, json, tsv, tmx }

  @Override
  public Integer call() throws Exception {
    if (files.isEmpty()) {
      return pairArchive();
    }
    if (files.size() != 2) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "align takes two files (FILE_A FILE_B), or none to pair the archive");
    }
    ArticleReader reader = ArticleReader.create(IngestOptions.defaults());
    Article a = read(reader, files.get(0));
    Article b = read(reader, files.get(1));
    List<String> source = sentences(a);
    List<String> target = sentences(b);
    List<SentenceLink> links =
        SentenceAligner.create(a.language(), b.language()).align(source, target);
    PrintWriter out = spec.commandLine().getOut();
    switch (common.json ? Format.json : format) {
      case json -> Json.print(out, toJson(a, b, source, target, links));
      case tsv -> {
        for (SentenceLink l : links) {
          out.printf(Locale.ROOT, "%.3f\t%s\t%s%n", l.confidence(), join(source, l.source()),
              join(target, l.target()));
        }
      }
      case tmx -> {
        try (TmxWriter tmx = TmxWriter.open(out, a.language())) {
          for (SentenceLink l : links) {
            if (!l.source().isEmpty() && !l.target().isEmpty()) {
              tmx.unit(a.language(), join(source, l.source()), b.language(),
                  join(target, l.target()), Map.of("x-dragoman-confidence",
                      String.format(Locale.ROOT, "%.3f", l.confidence())));
            }
          }
        }
        out.println();
      }
      case text -> printSideBySide(out, source, target, links);
    }
    out.flush();
    return 0;
  }

  private int pairArchive() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (org.dragoman.Archive archive = org.dragoman.Archive.open(common.archive)) {
      if (pin != null) {
        archive.pin(pin.get(0), pin.get(1));
      }
      if (unpin != null) {
        archive.forbid(unpin.get(0), unpin.get(1));
      }
      var result = archive.align();
      Map<String, Object> m = new LinkedHashMap<>();
      List<Object> groups = new ArrayList<>();
      for (var g : result.groups()) {
        Map<String, Object> gm = new LinkedHashMap<>();
        gm.put("id", g.id());
        gm.put("confidence", Math.round(g.confidence() * 1000) / 1000.0);
        List<Object> articles = new ArrayList<>();
        for (String id : g.articles()) {
          articles.add(brief(archive, id));
        }
        gm.put("articles", articles);
        groups.add(gm);
      }
      m.put("groups", groups);
      List<Object> unpaired = new ArrayList<>();
      for (String id : result.unpaired()) {
        unpaired.add(brief(archive, id));
      }
      m.put("unpaired", unpaired);
      if (common.json) {
        Json.print(out, m);
      } else {
        for (Object g : groups) {
          @SuppressWarnings("unchecked")
          Map<String, Object> gm = (Map<String, Object>) g;
          out.printf(Locale.ROOT, "group %s  confidence %.2f%n", gm.get("id"), gm.get("confidence"));
          for (Object a : (List<?>) gm.get("articles")) {
            Map<?, ?> am = (Map<?, ?>) a;
            out.println("  " + Terminal.fit(String.valueOf(am.get("language")), 4)
                + Terminal.fit(String.valueOf(am.get("id")), 18) + am.get("source"));
          }
        }
        out.printf(Locale.ROOT, "%d groups, %d articles unpaired%n", groups.size(), unpaired.size());
      }
    }
    return 0;
  }

  private static Map<String, Object> brief(org.dragoman.Archive archive, String id)
      throws java.io.IOException {
    Article a = archive.article(id).orElseThrow();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("language", a.language());
    m.put("source", a.source());
    return m;
  }

  private static Article read(ArticleReader reader, Path file) throws SourceProblem {
    try {
      return reader.read(file);
    } catch (SourceProblem e) {
      throw new SourceProblem(file + ": " + e.getMessage(), e);
    }
  }

  static List<String> sentences(Article a) {
    return a.sentences().stream().map(s -> s.text(a.text())).toList();
  }

  private static String join(List<String> sentences, List<Integer> indices) {
    List<String> parts = new ArrayList<>();
    for (int i : indices) {
      parts.add(sentences.get(i));
    }
    return String.join(" ", parts).replaceAll("\\s+", " ");
  }

  private static Map<String, Object> toJson(Article a, Article b, List<String> source,
      List<String> target, List<SentenceLink> links) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", side(a, source));
    m.put("target", side(b, target));
    m.put("links", links);
    return m;
  }

  private static Map<String, Object> side(Article a, List<String> sentences) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", a.source());
    m.put("language", a.language());
    m.put("sentences", sentences);
    return m;
  }

  /** Two columns, each sentence group wrapped to the width; right-to-left text isolated. */
  private void printSideBySide(PrintWriter out, List<String> source, List<String> target,
      List<SentenceLink> links) {
    for (SentenceLink l : links) {
      String head = String.format(Locale.ROOT, "%s %s ↔ %s  %.2f", l.shape(), l.source(),
          l.target(), l.confidence());
      out.println(head);
      List<String> left = wrap(join(source, l.source()), width);
      List<String> right = wrap(join(target, l.target()), width);
      for (int k = 0; k < Math.max(left.size(), right.size()); k++) {
        String x = k < left.size() ? left.get(k) : "";
        String y = k < right.size() ? right.get(k) : "";
        out.println("  " + Terminal.fit(x, width) + " │ " + Terminal.isolate(y));
      }
    }
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (!line.isEmpty() && Terminal.width(line + " " + word) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
