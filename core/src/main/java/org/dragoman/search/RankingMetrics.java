package org.dragoman.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking measured against relevance judgements (TREC qrels): MAP@10, MRR@10, nDCG@10 (binary
 * gains), Recall@10 and Recall@100, averaged over the topics that have a relevant document, as
 * trec_eval counts them (average precision divided by all the topic's relevant documents).
 *
 * <pre>{@code
 * var qrels = RankingMetrics.readQrels(Path.of("qrels.txt"));
 * RankingMetrics.Scores s = RankingMetrics.score(run, qrels);   // run: topic -> ranked docnos
 * }</pre>
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  /** The averages, and how many topics they are over. */
  public record Scores(int topics, double map10, double mrr10, double ndcg10, double recall10,
      double recall100, int topicsWithoutHits) {}

  /** Reads {@code topic 0 docno relevance} lines; relevance above 0 is relevant. */
  public static Map<String, Set<String>> readQrels(Path file) throws IOException {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] f = t.split("\\s+");
      if (f.length < 4) {
        throw new IllegalArgumentException(file + ":" + n + ": not a qrels line (TOPIC 0 DOCNO "
            + "RELEVANCE): " + t);
      }
      int rel;
      try {
        rel = Integer.parseInt(f[3]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ":" + n + ": relevance '" + f[3]
            + "' is not a number", e);
      }
      if (rel > 0) {
        out.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[2]);
      }
    }
    return out;
  }

  /** Scores {@code run} (each topic's documents, best first) over the topics of {@code qrels}. */
  public static Scores score(Map<String, List<String>> run, Map<String, Set<String>> qrels) {
    double map = 0;
    double mrr = 0;
    double ndcg = 0;
    double r10 = 0;
    double r100 = 0;
    int topics = 0;
    int empty = 0;
    for (var e : qrels.entrySet()) {
      Set<String> relevant = e.getValue();
      if (relevant.isEmpty()) {
        continue;
      }
      topics++;
      List<String> ranked = run.getOrDefault(e.getKey(), List.of());
      if (ranked.isEmpty()) {
        empty++;
      }
      double precisionSum = 0;
      int found = 0;
      double dcg = 0;
      boolean first = true;
      int found100 = 0;
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < Math.min(100, ranked.size()); i++) {
        String doc = ranked.get(i);
        if (!seen.add(doc) || !relevant.contains(doc)) {
          continue;
        }
        found100++;
        if (i < 10) {
          found++;
          precisionSum += (double) found / (i + 1);
          dcg += 1 / log2(i + 2);
          if (first) {
            mrr += 1.0 / (i + 1);
          }
        }
        first = false;
      }
      double ideal = 0;
      for (int i = 0; i < Math.min(10, relevant.size()); i++) {
        ideal += 1 / log2(i + 2);
      }
      map += precisionSum / relevant.size();
      ndcg += dcg / ideal;
      r10 += (double) found / relevant.size();
      r100 += (double) found100 / relevant.size();
    }
    int t = Math.max(1, topics);
    return new Scores(topics, map / t, mrr / t, ndcg / t, r10 / t, r100 / t, empty);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Reads {@code id<TAB>query} lines (blank lines and {@code #} comments left out). */
  public static Map<String, String> readTopics(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    int n = 0;
    Map<String, Integer> firstLine = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException(file + ":" + n + ": not ID<TAB>QUERY: " + line);
      }
      String id = line.substring(0, tab).strip();
      if (firstLine.putIfAbsent(id, n) != null) {
        throw new IllegalArgumentException(file + ":" + n + ": topic " + id + " again (first on line "
            + firstLine.get(id) + ")");
      }
      out.put(id, line.substring(tab + 1));
    }
    return out;
  }
}
