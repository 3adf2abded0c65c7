package org.dragoman.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleBiFunction;
import org.dragoman.entity.NameMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman eval names PAIRS.tsv}: for each row, ranks every second-column name of the file
 * against the first column; top-1 accuracy and mean reciprocal rank, with the baseline (plain
 * ICU transliteration and edit distance) measured in the same run.
 */
@Command(name = "names", mixinStandardHelpOptions = true,
    description = {"Measure cross-script name matching.",
        "PAIRS.tsv: two columns, one name in each script (the first is the query). Line-aligned"
            + " files join with: paste dev.ar dev.en > pairs.tsv"})
final class EvalNamesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PAIRS.tsv", description = "Name pairs.")
  Path pairs;

  @Option(names = "--predictions", paramLabel = "OUT.tsv", description = "query<TAB>best match a line.")
  Path predictions;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(pairs, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && !cols[0].isBlank() && !cols[1].isBlank()) {
        rows.add(new String[] {cols[0].strip(), cols[1].strip()});
      }
    }
    List<NameMatcher.Key> queries = rows.stream().map(r -> NameMatcher.key(r[0])).toList();
    List<NameMatcher.Key> names = rows.stream().map(r -> NameMatcher.key(r[1])).toList();
    Map<String, Object> result = new LinkedHashMap<>();
    List<String> best = new ArrayList<>();
    result.put("dragoman", score(queries, names, NameMatcher::similarity, best));
    result.put("baseline", score(queries, names, NameMatcher::baseline, null));
    result.put("rows", rows.size());
    if (predictions != null) {
      Outputs.write(predictions, w -> {
        for (int i = 0; i < rows.size(); i++) {
          w.write(rows.get(i)[0] + "\t" + best.get(i));
          w.println();
        }
      });
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, result);
    } else {
      out.printf(Locale.ROOT, "rows %d%n", rows.size());
      for (String k : List.of("dragoman", "baseline")) {
        @SuppressWarnings("unchecked")
        Map<String, Double> s = (Map<String, Double>) result.get(k);
        out.printf(Locale.ROOT, "%-9s top-1 %.3f  MRR %.3f%n", k, s.get("top1"), s.get("mrr"));
      }
    }
    return 0;
  }

  /** Rank of the right name among all for each query; duplicates of the right name count as right. */
  private static Map<String, Double> score(List<NameMatcher.Key> queries,
      List<NameMatcher.Key> names, ToDoubleBiFunction<NameMatcher.Key, NameMatcher.Key> sim,
      List<String> best) {
    double top1 = 0;
    double mrr = 0;
    for (int i = 0; i < queries.size(); i++) {
      NameMatcher.Key q = queries.get(i);
      String right = names.get(i).name();
      double rightScore = sim.applyAsDouble(q, names.get(i));
      int better = 0;
      double bestScore = -1;
      String bestName = null;
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (NameMatcher.Key n : names) {
        if (!seen.add(n.name())) {
          continue;
        }
        double s = sim.applyAsDouble(q, n);
        if (s > bestScore) {
          bestScore = s;
          bestName = n.name();
        }
        if (s > rightScore && !n.name().equalsIgnoreCase(right)) {
          better++;
        }
      }
      if (better == 0) {
        top1++;
      }
      mrr += 1.0 / (better + 1);
      if (best != null) {
        best.add(bestName);
      }
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("top1", top1 / queries.size());
    m.put("mrr", mrr / queries.size());
    return m;
  }
}
