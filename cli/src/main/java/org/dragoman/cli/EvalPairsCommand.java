package org.dragoman.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.align.DocumentPairer;
import org.dragoman.ingest.IngestReport;
import org.dragoman.model.TranslationGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman eval pairs DOCS_DIR GOLD.tsv}: ingests every file of the folder into a
 * temporary archive, pairs them, and scores "same group" pairs against gold groups.
 */
@Command(name = "pairs", mixinStandardHelpOptions = true,
    description = {"Measure document pairing against gold translation groups.",
        "GOLD.tsv: one group a line, file names separated by tabs (a lone name: no translation)."})
final class EvalPairsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOCS_DIR", description = "The documents.")
  Path docs;

  @Parameters(index = "1", paramLabel = "GOLD.tsv", description = "The true groups.")
  Path gold;

  @Option(names = "--predictions", paramLabel = "OUT.tsv",
      description = "Write the predicted groups, one a line, file names tab-separated.")
  Path predictions;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Path tmp = Files.createTempDirectory("dragoman-eval-pairs");
    List<List<String>> predicted = new ArrayList<>();
    double seconds;
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      IngestReport report = archive.ingest(List.of(docs));
      Map<String, String> nameOf = new LinkedHashMap<>();
      for (IngestReport.Entry e : report.articles()) {
        nameOf.put(e.id(), Path.of(e.source()).getFileName().toString());
      }
      long t0 = System.nanoTime();
      DocumentPairer.Result result = archive.align();
      seconds = (System.nanoTime() - t0) / 1e9;
      for (TranslationGroup g : result.groups()) {
        predicted.add(g.articles().stream().map(nameOf::get).sorted().toList());
      }
      for (String id : result.unpaired()) {
        predicted.add(List.of(nameOf.get(id)));
      }
      if (report.failed() > 0) {
        spec.commandLine().getErr().println("dragoman: " + report.failed()
            + " documents could not be read: " + report.failures());
      }
    } finally {
      BenchCommand.delete(tmp);
    }
    if (predictions != null) {
      Outputs.write(predictions, w -> {
        for (List<String> g : predicted) {
          w.write(String.join("\t", g));
          w.println();
        }
      });
    }
    Set<List<String>> goldPairs = pairs(readGroups(gold));
    Set<List<String>> predPairs = pairs(predicted);
    Set<List<String>> correct = new HashSet<>(goldPairs);
    correct.retainAll(predPairs);
    double p = predPairs.isEmpty() ? 0 : (double) correct.size() / predPairs.size();
    double r = goldPairs.isEmpty() ? 0 : (double) correct.size() / goldPairs.size();
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("goldPairs", goldPairs.size());
      m.put("predictedPairs", predPairs.size());
      m.put("correct", correct.size());
      m.put("precision", p);
      m.put("recall", r);
      m.put("f1", f);
      m.put("pairingSeconds", seconds);
      Json.print(out, m);
    } else {
      out.printf(Locale.ROOT, "gold pairs %d  predicted %d  correct %d  (pairing %.2f s)%n",
          goldPairs.size(), predPairs.size(), correct.size(), seconds);
      out.printf(Locale.ROOT, "pairs P %.3f R %.3f F1 %.3f%n", p, r, f);
    }
    return 0;
  }

  private static List<List<String>> readGroups(Path file) throws java.io.IOException {
    List<List<String>> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      List<String> names = new ArrayList<>();
      for (String x : line.split("\t")) {
        if (!x.isBlank()) {
          names.add(Path.of(x.strip()).getFileName().toString());
        }
      }
      if (!names.isEmpty()) {
        out.add(names);
      }
    }
    return out;
  }

  private static Set<List<String>> pairs(List<List<String>> groups) {
    Set<List<String>> out = new HashSet<>();
    for (List<String> g : groups) {
      List<String> sorted = g.stream().sorted().toList();
      for (int i = 0; i < sorted.size(); i++) {
        for (int j = i + 1; j < sorted.size(); j++) {
          out.add(List.of(sorted.get(i), sorted.get(j)));
        }
      }
    }
    return out;
  }
}
