package org.dragoman.align;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.dragoman.index.ArchiveStore;
import org.dragoman.index.Schema;
import org.dragoman.model.TranslationGroup;

/**
 * Groups an archive's articles into translation groups.
 *
 * <p>Each article asks the index for the articles of other languages that share most of its
 * anchors ({@link DocumentAnchors}: numbers, names across scripts, hashtags…), so the cost grows
 * with the archive, not with its square. A candidate is scored by the inverse-document-frequency
 * weighted overlap of their anchors, lowered when their lengths or publication dates are
 * far apart; a pairing is kept when it is mutual enough — clearly better than the next candidate
 * of that language (a ratio test) — and above a floor. Pairs are then joined greedily from the
 * best (Buck and Koehn found greedy one-to-one matching beats optimal bipartite matching here),
 * never putting two articles of one language in a group. Editors' pins and forbids come first.
 *
 * <p>Thread-safe; stateless.
 */
public final class DocumentPairer {

  /** Candidates fetched per article. */
  static final int CANDIDATES = 10;

  /** Anchors queried per article: the rarest, which say most. */
  static final int QUERY_ANCHORS = 300;

  /** Below this many articles, no anchor is too common to query. */
  static final int MIN_COMMON = 50;

  /** A pairing below this weighted overlap is not kept. */
  static final double FLOOR = 0.08;

  /** The best candidate of a language must beat the second by this factor. */
  static final double RATIO = 1.5;

  /**
   * One pairing decision.
   *
   * @param a an article id
   * @param b another
   * @param score the pairing's confidence, 0 to 1
   * @param pinned whether an editor pinned it
   */
  public record Edge(String a, String b, double score, boolean pinned) {}

  /**
   * The result of a pairing run.
   *
   * @param groups the translation groups
   * @param unpaired ids of articles in no group
   * @param edges the pairings kept, best first
   */
  public record Result(List<TranslationGroup> groups, List<String> unpaired, List<Edge> edges) {}

  private record Doc(String id, String language, int length, LocalDate published,
      Set<String> anchors) {}

  /** Pairs every article of {@code store}. */
  public Result pair(ArchiveStore store, EditorDecisions decisions) throws IOException {
    return store.withSearcher(s -> pair(s, decisions));
  }

  private Result pair(IndexSearcher searcher, EditorDecisions decisions) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Map<String, Doc> docs = loadAll(searcher);
    int n = Math.max(1, docs.size());
    Map<String, Double> idf = new HashMap<>();
    Map<String, Double> weight = new HashMap<>();
    for (Doc d : docs.values()) {
      double w = 0;
      for (String x : d.anchors()) {
        w += idf.computeIfAbsent(x, t -> idf(reader, t, n));
      }
      weight.put(d.id(), w);
    }
    int commonDf = Math.max(MIN_COMMON, n / 20);
    double minIdf = Math.log(1 + (n - commonDf + 0.5) / (commonDf + 0.5));
    Map<List<String>, Double> scores = new HashMap<>();
    for (Doc d : docs.values()) {
      Map<String, List<Double>> byLanguage = new HashMap<>();
      Map<String, String> bestOf = new HashMap<>();
      for (ScoreDoc sd : candidates(searcher, d, idf, minIdf)) {
        Document c = searcher.storedFields().document(sd.doc);
        Doc other = docs.get(c.get(Schema.ID));
        if (other == null || other.language().equals(d.language())) {
          continue;
        }
        double score = score(d, other, idf, weight);
        List<Double> list = byLanguage.computeIfAbsent(other.language(), k -> new ArrayList<>());
        if (list.isEmpty() || score > list.get(0)) {
          bestOf.put(other.language(), other.id());
        }
        list.add(score);
        list.sort(Comparator.reverseOrder());
      }
      for (var e : byLanguage.entrySet()) {
        List<Double> list = e.getValue();
        double best = list.get(0);
        double second = list.size() > 1 ? list.get(1) : 0;
        if (best >= FLOOR && best >= RATIO * second) {
          List<String> key = EditorDecisions.pair(d.id(), bestOf.get(e.getKey()));
          scores.merge(key, best, Math::max);
        }
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (List<String> pin : decisions.pins()) {
      if (docs.containsKey(pin.get(0)) && docs.containsKey(pin.get(1))) {
        edges.add(new Edge(pin.get(0), pin.get(1), 1, true));
      }
    }
    scores.entrySet().stream()
        .filter(e -> !decisions.forbids().contains(e.getKey()))
        .filter(e -> !decisions.pins().contains(e.getKey()))
        .sorted(Map.Entry.<List<String>, Double>comparingByValue().reversed())
        .forEach(e -> edges.add(new Edge(e.getKey().get(0), e.getKey().get(1),
            Math.min(1, e.getValue()), false)));
    return join(edges, docs, decisions);
  }

  private static Result join(List<Edge> edges, Map<String, Doc> docs, EditorDecisions decisions) {
    Map<String, Set<String>> groupOf = new HashMap<>();
    Map<Set<String>, List<Double>> confidence = new HashMap<>();
    List<Edge> kept = new ArrayList<>();
    for (String id : docs.keySet()) {
      groupOf.put(id, new TreeSet<>(Set.of(id)));
    }
    for (Edge e : edges) {
      Set<String> ga = groupOf.get(e.a());
      Set<String> gb = groupOf.get(e.b());
      if (ga == gb) {
        continue;
      }
      if (!e.pinned() && (!disjointLanguages(ga, gb, docs) || forbidden(ga, gb, decisions))) {
        continue;
      }
      List<Double> conf = new ArrayList<>(confidence.getOrDefault(ga, List.of()));
      conf.addAll(confidence.getOrDefault(gb, List.of()));
      conf.add(e.score());
      confidence.remove(ga);
      confidence.remove(gb);
      ga.addAll(gb);
      for (String id : gb) {
        groupOf.put(id, ga);
      }
      confidence.put(ga, conf);
      kept.add(e);
    }
    List<TranslationGroup> groups = new ArrayList<>();
    List<String> unpaired = new ArrayList<>();
    Set<Set<String>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (String id : new TreeSet<>(docs.keySet())) {
      Set<String> g = groupOf.get(id);
      if (g.size() == 1) {
        unpaired.add(id);
      } else if (seen.add(g)) {
        double c = confidence.get(g).stream().mapToDouble(Double::doubleValue).min().orElse(0);
        groups.add(new TranslationGroup(g.iterator().next(), c, List.copyOf(g)));
      }
    }
    return new Result(groups, unpaired, kept);
  }

  private static boolean disjointLanguages(Set<String> a, Set<String> b, Map<String, Doc> docs) {
    Set<String> langs = new HashSet<>();
    for (String id : a) {
      langs.add(docs.get(id).language());
    }
    for (String id : b) {
      if (langs.contains(docs.get(id).language())) {
        return false;
      }
    }
    return true;
  }

  private static boolean forbidden(Set<String> a, Set<String> b, EditorDecisions decisions) {
    for (String x : a) {
      for (String y : b) {
        if (decisions.forbids().contains(EditorDecisions.pair(x, y))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Overlap of the two anchor sets, each anchor weighed by its inverse document frequency, over
   * the smaller of the two (an article in a non-Latin script offers a key for every word, so its
   * set is larger and noisier than its Latin-script translation's),
   * halved when one text is over three times as long as the other, and when both are dated more
   * than 60 days apart.
   */
  private static double score(Doc a, Doc b, Map<String, Double> idf, Map<String, Double> weight) {
    double shared = 0;
    for (String x : a.anchors()) {
      if (b.anchors().contains(x)) {
        shared += idf.get(x);
      }
    }
    double smaller = Math.min(weight.get(a.id()), weight.get(b.id()));
    double score = smaller == 0 ? 0 : shared / smaller;
    double ratio = (double) Math.max(a.length(), 1) / Math.max(b.length(), 1);
    if (ratio > 3 || ratio < 1 / 3.0) {
      score /= 2;
    }
    if (a.published() != null && b.published() != null
        && Math.abs(a.published().toEpochDay() - b.published().toEpochDay()) > 60) {
      score /= 2;
    }
    return score;
  }

  private static List<ScoreDoc> candidates(IndexSearcher s, Doc d, Map<String, Double> idf,
      double minIdf) throws IOException {
    // An anchor in a large share of the archive tells no article from another and is the
    // costliest to search: only anchors whose idf shows them in at most 1 in 20 articles (or in a
    // small archive, a handful) are queried.
    List<String> rarest = d.anchors().stream()
        .filter(x -> idf.get(x) >= minIdf)
        .sorted(Comparator.comparingDouble((String x) -> -idf.get(x)))
        .limit(QUERY_ANCHORS).toList();
    if (rarest.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String x : rarest) {
      q.add(new TermQuery(new Term(Schema.ANCHOR, x)), BooleanClause.Occur.SHOULD);
    }
    q.add(new TermQuery(new Term(Schema.LANGUAGE, d.language())), BooleanClause.Occur.MUST_NOT);
    TopDocs top = s.search(q.build(), CANDIDATES);
    return List.of(top.scoreDocs);
  }

  private static double idf(IndexReader reader, String anchor, int n) {
    try {
      int df = reader.docFreq(new Term(Schema.ANCHOR, anchor));
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Doc> loadAll(IndexSearcher s) throws IOException {
    Map<String, Doc> out = new HashMap<>();
    StoredFields fields = s.storedFields();
    for (var leaf : s.getIndexReader().leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int i = 0; i < leaf.reader().maxDoc(); i++) {
        if (live != null && !live.get(i)) {
          continue;
        }
        Document d = fields.document(leaf.docBase + i);
        String anchors = d.get(Schema.ANCHORS);
        var length = d.getField(Schema.LENGTH);
        var article = Schema.load(fields, leaf.docBase + i);
        out.put(d.get(Schema.ID), new Doc(d.get(Schema.ID), d.get(Schema.LANGUAGE),
            length == null ? article.text().length() : length.numericValue().intValue(),
            article.published(),
            anchors == null || anchors.isEmpty() ? Set.of() : Set.of(anchors.split("\n"))));
      }
    }
    return out;
  }
}
