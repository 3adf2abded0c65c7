package org.dragoman.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.translate.Ngrams;
import org.dragoman.translate.TmUnit;
import org.dragoman.translate.TranslationMemory;

/**
 * {@code bench tm}: translation memory lookups on a memory of many units, next to a plain Lucene
 * query for the same 4-grams (every gram a should-clause, BM25, top 5) on the same index in the
 * same run; and, on 300 of the lookups, how often the lookup finds the best match that an
 * exhaustive search (every unit sharing more than half of the grams, scored) finds.
 *
 * <p>The units are real sentences (of {@code --text}) and many variants of them, as a memory
 * holds them: halves of two sentences joined, numbers changed, a word left out or repeated, so
 * that every lookup meets a crowd of near neighbours. The lookups: a third exact sentences, a third a sentence with
 * one number changed, a third a sentence of another language's pool the memory has not got.
 */
final class BenchTm {
  private BenchTm() {}

  static Map<String, Object> run(int size, List<BenchArchive.Pool> pools, Path dir, int warmup,
      int queries) throws Exception {
    BenchArchive.Pool source = pools.stream().filter(p -> p.language().equals("en")).findFirst()
        .orElse(pools.get(0));
    BenchArchive.Pool target = pools.stream().filter(p -> p != source).findFirst().orElse(source);
    String from = source.language();
    String to = target == source ? "xx" : target.language();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("units", size);
    row.put("sentences", source.sentences().size());
    row.put("pair", from + "→" + to);
    Path built = dir.resolve("bench-built");
    if (!Files.exists(built)) {
      BenchCommand.delete(dir);
      long t0 = System.nanoTime();
      try (TranslationMemory tm = TranslationMemory.open(dir, true)) {
        Random r = new Random(11);
        List<TmUnit> batch = new ArrayList<>();
        for (int k = 0; k < size; k++) {
          String s = variant(source.sentences(), r, k);
          String t = target.sentences().get(r.nextInt(target.sentences().size()));
          batch.add(new TmUnit("u" + k, "bench " + (k / 10_000), "bench #" + k, Map.of(from, s, to, t)));
          if (batch.size() == 10_000) {
            tm.put(batch);
            batch.clear();
          }
        }
        tm.put(batch);
        tm.commit();
      }
      row.put("buildSeconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
      Files.writeString(built, size + "\n");
    }
    List<String> mix = new ArrayList<>();
    Random r = new Random(5);
    List<String> others = pools.stream().filter(p -> p != source).flatMap(p -> p.sentences().stream()).toList();
    for (int i = 0; i < Math.max(warmup, queries); i++) {
      String s = source.sentences().get(r.nextInt(source.sentences().size()));
      mix.add(switch (i % 3) {
        case 0 -> s;
        case 1 -> s.matches("(?s).*\\d.*") ? s.replaceFirst("\\d", String.valueOf(r.nextInt(10))) : s + " " + r.nextInt(100);
        default -> others.isEmpty() ? s + " and more" : others.get(r.nextInt(others.size()));
      });
    }
    double[] ours = new double[queries];
    double[] plain = new double[queries];
    int found = 0;
    try (TranslationMemory tm = TranslationMemory.open(dir, false);
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher lucene = new IndexSearcher(reader);
      for (int i = 0; i < warmup; i++) {
        tm.lookup(mix.get(i), from, to, 70, 5, Set.of());
        lucene.search(plainQuery(mix.get(i), from), 5);
      }
      for (int i = 0; i < queries; i++) {
        String q = mix.get(i);
        long t0 = System.nanoTime();
        found += tm.lookup(q, from, to, 70, 5, Set.of()).isEmpty() ? 0 : 1;
        ours[i] = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        lucene.search(plainQuery(q, from), 5);
        plain[i] = (System.nanoTime() - t0) / 1e6;
      }
    }
    // how often the pruned lookup finds the best match an exhaustive search finds
    int checked = 0;
    int same = 0;
    try (TranslationMemory tm = TranslationMemory.open(dir, false);
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher lucene = new IndexSearcher(reader);
      for (int i = 0; i < Math.min(300, queries); i++) {
        int best = exhaustiveBest(lucene, mix.get(i), from);
        if (best >= 70) {
          checked++;
          var found2 = tm.lookup(mix.get(i), from, to, 70, 1, Set.of());
          same += !found2.isEmpty() && found2.get(0).score() >= best ? 1 : 0;
        }
      }
    }
    row.put("bestMatchFound", same + " of " + checked);
    row.put("queries", queries);
    row.put("withMatch", found);
    row.put("dragoman", percentiles(ours));
    row.put("lucene", percentiles(plain));
    row.put("p99Ratio", Math.round(100 * pct(ours, 0.99) / pct(plain, 0.99)) / 100.0);
    return row;
  }

  /**
   * Unit {@code k}'s source: a sentence of the pool as it is (the first round), then the first
   * half of one sentence joined to the second half of another, numbers changed, a word dropped
   * or doubled: as a memory of one organisation's texts holds many near neighbours.
   */
  static String variant(List<String> pool, Random r, int k) {
    int n = pool.size();
    if (k < n) {
      return pool.get(k);
    }
    String[] a = pool.get(k % n).split(" ");
    String[] b = pool.get((k / n + k) % n).split(" ");
    List<String> words = new ArrayList<>(Arrays.asList(a).subList(0, (a.length + 1) / 2));
    words.addAll(Arrays.asList(b).subList(b.length / 2, b.length));
    StringBuilder out = new StringBuilder();
    int touched = r.nextInt(Math.max(1, words.size()));
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.matches(".*\\d.*")) {
        w = w.replaceAll("\\d", String.valueOf(r.nextInt(10)));
      }
      if (i == touched && words.size() > 4) {
        if (r.nextBoolean()) {
          continue;
        }
        out.append(w).append(' ');
      }
      out.append(w).append(' ');
    }
    return out.toString().strip();
  }

  /**
   * The best Dice score × 100 (fuzzy scores stopped at 99) of any unit sharing more than half of
   * the text's 4-grams, by an exhaustive search: every such unit is scored.
   */
  private static int exhaustiveBest(IndexSearcher s, String text, String from) throws Exception {
    Set<String> grams = Ngrams.of(Ngrams.normal(text));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String g : grams) {
      b.add(new org.apache.lucene.search.ConstantScoreQuery(new TermQuery(new Term("g_" + from, g))),
          BooleanClause.Occur.SHOULD);
    }
    b.setMinimumNumberShouldMatch(grams.size() / 2 + 1);
    var stored = s.storedFields();
    int best = 0;
    for (var sd : s.search(b.build(), 1_000_000).scoreDocs) {
      String t = stored.document(sd.doc, Set.of("t_" + from)).get("t_" + from);
      int dice = (int) Math.round(100 * Ngrams.dice(Math.round(sd.score), grams.size(),
          Ngrams.of(Ngrams.normal(t)).size()));
      best = Math.max(best, Ngrams.normal(t).equals(Ngrams.normal(text)) ? 100 : Math.min(99, dice));
    }
    return best;
  }

  private static org.apache.lucene.search.Query plainQuery(String text, String from) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String g : Ngrams.of(Ngrams.normal(text))) {
      if (n++ == 1000) {
        break;
      }
      b.add(new TermQuery(new Term("g_" + from, g)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private static Map<String, Double> percentiles(double[] ms) {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("p50", round(pct(ms, 0.5)));
    out.put("p95", round(pct(ms, 0.95)));
    out.put("p99", round(pct(ms, 0.99)));
    return out;
  }

  private static double pct(double[] ms, double p) {
    double[] s = ms.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.ceil(p * s.length) - 1)];
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
