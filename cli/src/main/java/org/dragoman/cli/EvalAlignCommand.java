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
import org.dragoman.align.AlignmentScore;
import org.dragoman.align.SentenceAligner;
import org.dragoman.model.SentenceLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code dragoman eval align GOLD.jsonl}: sentence alignment quality. Every document pair of the
 * file is aligned from its sentences alone (the gold links are only used for scoring); the
 * lexicon is learned from all the pairs of the file, as an archive learns from its articles.
 */
@Command(name = "align", mixinStandardHelpOptions = true,
    description = {"Measure sentence alignment against gold links.",
        "GOLD: JSON Lines, one document pair a line: {\"id\", \"source\": {\"lang\", \"sentences\"},"
            + " \"target\": {\"lang\", \"sentences\"}, \"links\": [[[source indices], [target indices]], …]}."})
final class EvalAlignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "Gold alignments.")
  Path gold;

  @Option(names = "--predictions", paramLabel = "OUT.jsonl",
      description = "Write the predicted links, {\"id\", \"links\"} a line.")
  Path predictions;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<String> ids = new ArrayList<>();
    List<SentenceAligner.Pair> pairs = new ArrayList<>();
    Map<String, List<SentenceLink>> goldLinks = new LinkedHashMap<>();
    String sourceLang = null;
    String targetLang = null;
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = Json.MAPPER.readTree(line);
      String id = r.get("id").asString();
      sourceLang = r.get("source").get("lang").asString();
      targetLang = r.get("target").get("lang").asString();
      ids.add(id);
      pairs.add(new SentenceAligner.Pair(strings(r.get("source").get("sentences")),
          strings(r.get("target").get("sentences"))));
      List<SentenceLink> links = new ArrayList<>();
      for (JsonNode l : r.get("links")) {
        links.add(new SentenceLink(ints(l.get(0)), ints(l.get(1)), 1));
      }
      goldLinks.put(id, links);
    }
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException(gold + " holds no document pair");
    }
    long t0 = System.nanoTime();
    List<List<SentenceLink>> predicted =
        SentenceAligner.create(sourceLang, targetLang).alignAll(pairs);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, List<SentenceLink>> byId = new LinkedHashMap<>();
    for (int k = 0; k < ids.size(); k++) {
      byId.put(ids.get(k), predicted.get(k));
    }
    if (predictions != null) {
      Outputs.write(predictions, w -> {
        for (var e : byId.entrySet()) {
          List<Object> links = new ArrayList<>();
          for (SentenceLink l : e.getValue()) {
            links.add(List.of(l.source(), l.target()));
          }
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("id", e.getKey());
          row.put("links", links);
          w.write(Json.line(row));
          w.println();
        }
      });
    }
    AlignmentScore s = AlignmentScore.of(goldLinks, byId);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("score", s);
      m.put("seconds", seconds);
      Json.print(out, m);
    } else {
      out.printf(Locale.ROOT, "documents %d  gold links %d  predicted %d  (%s-%s, %.2f s)%n",
          s.documents(), s.gold(), s.predicted(), sourceLang, targetLang, seconds);
      out.printf(Locale.ROOT, "strict P %.3f R %.3f F1 %.3f%n", s.strictPrecision(),
          s.strictRecall(), s.strictF1());
      out.printf(Locale.ROOT, "lax    P %.3f R %.3f F1 %.3f%n", s.laxPrecision(), s.laxRecall(),
          s.laxF1());
    }
    return 0;
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asString()));
    return out;
  }

  private static List<Integer> ints(JsonNode a) {
    List<Integer> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asInt()));
    return out;
  }
}
