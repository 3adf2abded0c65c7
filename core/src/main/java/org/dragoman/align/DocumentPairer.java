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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
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

  /** Articles whose group their editors' pins alone decide (imported translations). */
  private final Set<String> placed;

  /** A pairer that judges every article by its content. */
  public DocumentPairer() {
    this(Set.of());
  }

  /**
   * A pairer that leaves {@code placed} out of the judging by content: they join the groups of
   * the articles they are pinned to, and no other article is paired with them for what they say
   * (a translation imported from its translator's file is known, not guessed).
   */
  public DocumentPairer(Set<String> placed) {
    this.placed = Set.copyOf(placed);
  }

  /** Candidates fetched per article. */
  static final int CANDIDATES = 10;

  /** Anchors queried per article: the rarest, which say most. */
  static final int QUERY_ANCHORS = 64;

  /** Below this many articles, no anchor is too common to query. */
  static final int MIN_COMMON = 50;

  /**
   * An anchor in more articles than this is never queried, however large the archive: it tells
   * no article from the others, and its postings would make every query of a large archive slow.
   */
  static final int MAX_COMMON = 500;

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
      Set<String> anchors) {
    static Doc of(ArchiveStore.Facts f) {
      return new Doc(f.id(), f.language(), f.length(), f.published(), f.anchors());
    }
  }

  /** Pairs every article of {@code store}. */
  public Result pair(ArchiveStore store, EditorDecisions decisions) throws IOException {
    Docs docs = new Docs(store);
    docs.loadAll();
    return pair(docs, decisions, List.of(), docs.all.keySet());
  }

  /**
   * Pairs the articles {@code changed} (new, or read again) of {@code store}, keeping the groups
   * {@code previous} of the other articles: the cost follows the articles that changed, not the
   * archive. An article's candidates are judged again from their side too, as a full pairing
   * would, so that a new translation of an old article finds it.
   */
  public Result update(ArchiveStore store, EditorDecisions decisions,
      List<TranslationGroup> previous, Set<String> changed) throws IOException {
    return pair(new Docs(store), decisions, previous, changed);
  }

  /**
   * Articles as pairing sees them, read from the store as they are needed, with the document
   * frequencies of their anchors (asked for all of an article's anchors at once).
   */
  private static final class Docs {
    final ArchiveStore store;
    final Map<String, Doc> all = new HashMap<>();
    final Map<String, Double> idf = new HashMap<>();
    final Map<String, Double> weight = new HashMap<>();
    final int n;

    Docs(ArchiveStore store) throws IOException {
      this.store = store;
      this.n = Math.max(1, store.scans().counts(List.of()).articles());
    }

    void loadAll() throws IOException {
      List<Doc> read = new ArrayList<>();
      store.scans().forEachFacts(f -> read.add(Doc.of(f)));
      Set<String> anchors = new HashSet<>();
      for (Doc d : read) {
        all.putIfAbsent(d.id(), d);
        anchors.addAll(d.anchors());
      }
      frequencies(anchors);
    }

    /** The article {@code id}, or null when the store does not hold it. */
    Doc get(String id) throws IOException {
      Doc d = all.get(id);
      if (d == null) {
        var facts = store.facts(id);
        if (facts.isEmpty()) {
          return null;
        }
        d = Doc.of(facts.get());
        all.put(id, d);
        frequencies(d.anchors());
      }
      return d;
    }

    private void frequencies(Set<String> anchors) throws IOException {
      List<String> missing = anchors.stream().filter(a -> !idf.containsKey(a)).toList();
      if (missing.isEmpty()) {
        return;
      }
      store.anchorFrequencies(missing).forEach((a, df) ->
          idf.put(a, Math.log(1 + (n - df + 0.5) / (df + 0.5))));
    }

    double idf(String anchor) {
      Double v = idf.get(anchor);
      if (v == null) {
        throw new IllegalStateException("No frequency read for anchor " + anchor);
      }
      return v;
    }

    double weight(Doc d) {
      return weight.computeIfAbsent(d.id(), k -> {
        double w = 0;
        for (String x : d.anchors()) {
          w += idf(x);
        }
        return w;
      });
    }
  }

  private Result pair(Docs docs, EditorDecisions decisions, List<TranslationGroup> previous,
      Set<String> changed) throws IOException {
    int commonDf = Math.min(MAX_COMMON, Math.max(MIN_COMMON, docs.n / 20));
    double minIdf = Math.log(1 + (docs.n - commonDf + 0.5) / (commonDf + 0.5));
    Map<List<String>, Double> scores = new HashMap<>();
    // the changed articles first, then (when not every article is) the candidates they met,
    // judged from their own side
    Set<String> origins = new java.util.LinkedHashSet<>(new TreeSet<>(changed));
    Set<String> judged = new HashSet<>();
    boolean everything = changed.size() >= docs.n;
    List<String> queue = new ArrayList<>(origins);
    for (int k = 0; k < queue.size(); k++) {
      Doc d = docs.get(queue.get(k));
      if (d == null || !judged.add(d.id()) || placed.contains(d.id())) {
        continue;
      }
      Map<String, List<Double>> byLanguage = new HashMap<>();
      Map<String, String> bestOf = new HashMap<>();
      for (ArchiveStore.ScoredId hit : candidates(docs, d, minIdf)) {
        Doc other = docs.get(hit.id());
        if (other == null || other.language().equals(d.language()) || placed.contains(other.id())) {
          continue;
        }
        if (!everything && origins.contains(d.id()) && !origins.contains(other.id())) {
          queue.add(other.id());
        }
        double score = score(d, other, docs);
        List<Double> list = byLanguage.computeIfAbsent(other.language(), x -> new ArrayList<>());
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
      if (docs.get(pin.get(0)) != null && docs.get(pin.get(1)) != null) {
        edges.add(new Edge(pin.get(0), pin.get(1), 1, true));
      }
    }
    scores.entrySet().stream()
        .filter(e -> !decisions.forbids().contains(e.getKey()))
        .filter(e -> !decisions.pins().contains(e.getKey()))
        .sorted(Map.Entry.<List<String>, Double>comparingByValue().reversed()
            .thenComparing(e -> e.getKey().toString()))
        .forEach(e -> edges.add(new Edge(e.getKey().get(0), e.getKey().get(1),
            Math.min(1, e.getValue()), false)));
    // the groups kept: those without a changed article, and the rest of those with one
    List<TranslationGroup> kept = new ArrayList<>();
    for (TranslationGroup g : previous) {
      List<String> rest = g.articles().stream().filter(id -> !changed.contains(id)).toList();
      if (rest.size() >= 2) {
        kept.add(new TranslationGroup(rest.get(0), g.confidence(), rest));
      }
    }
    return join(edges, docs, kept, decisions);
  }

  private static Result join(List<Edge> edges, Docs docs, List<TranslationGroup> kept,
      EditorDecisions decisions) throws IOException {
    Map<String, Set<String>> groupOf = new HashMap<>();
    Map<Set<String>, List<Double>> confidence = new HashMap<>();
    for (TranslationGroup g : kept) {
      Set<String> members = new TreeSet<>(g.articles());
      for (String id : members) {
        groupOf.put(id, members);
      }
      confidence.put(members, new ArrayList<>(List.of(g.confidence())));
    }
    List<Edge> joined = new ArrayList<>();
    for (Edge e : edges) {
      Set<String> ga = groupOf.computeIfAbsent(e.a(), id -> new TreeSet<>(Set.of(id)));
      Set<String> gb = groupOf.computeIfAbsent(e.b(), id -> new TreeSet<>(Set.of(id)));
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
      joined.add(e);
    }
    List<TranslationGroup> groups = new ArrayList<>();
    Set<Set<String>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (String id : new TreeSet<>(groupOf.keySet())) {
      Set<String> g = groupOf.get(id);
      if (g.size() > 1 && seen.add(g)) {
        double c = confidence.get(g).stream().mapToDouble(Double::doubleValue).min().orElse(0);
        groups.add(new TranslationGroup(g.iterator().next(), c, List.copyOf(g)));
      }
    }
    groups.sort(Comparator.comparing(TranslationGroup::id));
    return new Result(groups, unpaired(docs, groupOf), joined);
  }

  /** Ids of the articles in no group, in order. */
  private static List<String> unpaired(Docs docs, Map<String, Set<String>> groupOf)
      throws IOException {
    List<String> out = new ArrayList<>();
    for (String id : docs.store.scans().ids()) {
      Set<String> g = groupOf.get(id);
      if (g == null || g.size() < 2) {
        out.add(id);
      }
    }
    return out;
  }

  private static boolean disjointLanguages(Set<String> a, Set<String> b, Docs docs)
      throws IOException {
    Set<String> langs = new HashSet<>();
    for (String id : a) {
      Doc d = docs.get(id);
      if (d != null) {
        langs.add(d.language());
      }
    }
    for (String id : b) {
      Doc d = docs.get(id);
      if (d != null && langs.contains(d.language())) {
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
  private static double score(Doc a, Doc b, Docs docs) {
    double shared = 0;
    for (String x : a.anchors()) {
      if (b.anchors().contains(x)) {
        shared += docs.idf(x);
      }
    }
    double smaller = Math.min(docs.weight(a), docs.weight(b));
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

  private static List<ArchiveStore.ScoredId> candidates(Docs docs, Doc d, double minIdf) throws IOException {
    // An anchor in a large share of the archive tells no article from another and is the
    // costliest to search: only anchors whose idf shows them in at most 1 in 20 articles (or in a
    // small archive, a handful) are queried.
    List<String> rarest = d.anchors().stream()
        .filter(x -> docs.idf(x) >= minIdf)
        .sorted(Comparator.comparingDouble((String x) -> -docs.idf(x)).thenComparing(x -> x))
        .limit(QUERY_ANCHORS).toList();
    if (rarest.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String x : rarest) {
      q.add(new TermQuery(new Term(Schema.ANCHOR, x)), BooleanClause.Occur.SHOULD);
    }
    q.add(new TermQuery(new Term(Schema.LANGUAGE, d.language())), BooleanClause.Occur.MUST_NOT);
    return docs.store.top(q.build(), CANDIDATES);
  }
}
