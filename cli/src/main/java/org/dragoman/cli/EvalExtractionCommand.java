package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dragoman.ingest.ArticleReader;
import org.dragoman.ingest.ExtractionScore;
import org.dragoman.ingest.IngestOptions;
import org.dragoman.ingest.SourceProblem;
import org.dragoman.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code dragoman eval extraction DOCS_DIR}: each {@code NAME.LAYOUT.pdf} of the folder read as
 * ingest reads it and scored against {@code NAME.json}, the text it was printed from (as {@code
 * tools/make_reports.py} writes them).
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = {"Measure text extraction from documents against the text they were made from.",
        "DOCS_DIR: NAME.LAYOUT.pdf files and NAME.json, their source (tools/make_reports.py makes"
            + " such a set from real text)."})
final class EvalExtractionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOCS_DIR", description = "The documents and their sources.")
  Path docs;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(docs)) {
      throw new IllegalArgumentException("No folder at " + docs);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(docs)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
    }
    JsonMapper mapper = JsonMapper.builder().build();
    ArticleReader reader = ArticleReader.create(IngestOptions.defaults());
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, ExtractionScore.Score> byGroup = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String[] parts = name.split("\\.");
      Path goldFile = docs.resolve(parts[0] + ".json");
      if (parts.length < 3 || !Files.isRegularFile(goldFile)) {
        continue;
      }
      String layout = parts[parts.length - 2];
      JsonNode gold = mapper.readTree(goldFile.toFile());
      ExtractionScore.Gold g = gold(gold, layout);
      Article a;
      long t0 = System.nanoTime();
      try {
        a = reader.read(f);
      } catch (SourceProblem e) {
        failures.add(name + ": " + e.getMessage());
        continue;
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      ExtractionScore.Score s = ExtractionScore.score(g, a);
      String group = gold.get("language").asString() + " " + layout;
      byGroup.merge(group, s, ExtractionScore.Score::plus);
      Map<String, Object> row = row(s);
      row.put("file", name);
      row.put("seconds", Math.round(secs * 1000) / 1000.0);
      rows.add(row);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("files", rows);
    Map<String, Object> groups = new LinkedHashMap<>();
    byGroup.forEach((k, v) -> groups.put(k, row(v)));
    result.put("byLanguageAndLayout", groups);
    result.put("failures", failures);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, result);
      return failures.isEmpty() ? 0 : 1;
    }
    String head = String.format(Locale.ROOT, "%-22s %7s %6s %9s %12s %8s %9s%n", "", "words",
        "WER", "furniture", "paragraphs", "hyphens", "brackets");
    out.print(head);
    for (Map<String, Object> r : rows) {
      print(out, (String) r.get("file"), r);
    }
    out.println();
    groups.forEach((k, v) -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) v;
      print(out, k, m);
    });
    failures.forEach(x -> out.println("failed: " + Terminal.safe(x)));
    return failures.isEmpty() ? 0 : 1;
  }

  private static void print(PrintWriter out, String label, Map<String, Object> r) {
    out.printf(Locale.ROOT, "%-22s %7d %5.2f%% %9d %5d of %-4d %8d %9d%n", Terminal.safe(label),
        (int) r.get("words"), 100 * (double) r.get("wordErrorRate"), (int) r.get("furnitureLeft"),
        (int) r.get("paragraphs"), (int) r.get("sourceParagraphs"), (int) r.get("hyphenSplits"),
        (int) r.get("mirroredBrackets"));
  }

  private static Map<String, Object> row(ExtractionScore.Score s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("words", s.words());
    m.put("errors", s.errors());
    m.put("wordErrorRate", Math.round(s.wordErrorRate() * 10000) / 10000.0);
    m.put("furnitureLeft", s.furnitureLeft());
    m.put("paragraphs", s.paragraphs());
    m.put("sourceParagraphs", s.sourceParagraphs());
    m.put("hyphenSplits", s.hyphenSplits());
    m.put("mirroredBrackets", s.mirroredBrackets());
    return m;
  }

  /** The source of one layout: the title, the paragraphs with the table's rows where it stands. */
  private static ExtractionScore.Gold gold(JsonNode gold, String layout) {
    List<String> paragraphs = new ArrayList<>();
    gold.get("paragraphs").forEach(p -> paragraphs.add(p.asString()));
    JsonNode l = gold.path("layouts").path(layout);
    JsonNode table = l.path("table");
    if (table.isArray()) {
      List<String> rows = new ArrayList<>();
      table.forEach(r -> {
        List<String> cells = new ArrayList<>();
        r.forEach(c -> cells.add(c.asString()));
        rows.add(String.join(" ", cells));
      });
      int at = Math.min(paragraphs.size(), l.path("tableAfter").asInt(paragraphs.size()));
      paragraphs.addAll(at, rows);
    }
    String header = l.path("header").isString() ? l.path("header").asString() : null;
    return new ExtractionScore.Gold(gold.get("title").asString(), paragraphs, header);
  }
}
