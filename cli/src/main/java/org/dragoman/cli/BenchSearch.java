package org.dragoman.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.Archive;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.Article;
import org.dragoman.search.SearchRequest;

/**
 * {@code bench search}: search latency on archives of real sentences, next to bare Lucene on the
 * same texts in the same run. The query mix: single words (common and rare), quoted phrases and
 * questions of three to five words, in every language of the sentences, a third with a language
 * filter and a third with a date filter. Dragoman answers as {@code search} does (facets by
 * language, year, month and entity, snippets, translations); Lucene is given the same words on
 * each language's text field with that language's analyzer, and highlights its hits.
 */
final class BenchSearch {
  private BenchSearch() {}

  record Q(String text, String language, boolean filterLanguage, LocalDate from, LocalDate to) {}

  static List<Map<String, Object>> run(List<Integer> sizes, List<Path> sentences, Path work,
      int warmup, int queries) throws Exception {
    List<BenchArchive.Pool> pools = BenchArchive.pools(sentences);
    List<Q> mix = mix(pools, Math.max(warmup, queries), 7);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int size : sizes) {
      Path dir = work.resolve("archive-" + size);
      Path luceneDir = ensure(work, size, pools);
      double[] dragoman;
      try (Archive archive = Archive.openReadOnly(dir)) {
        for (int i = 0; i < warmup; i++) {
          archive.search(request(mix.get(i % mix.size())));
        }
        dragoman = new double[queries];
        for (int i = 0; i < queries; i++) {
          long t0 = System.nanoTime();
          archive.search(request(mix.get(i % mix.size())));
          dragoman[i] = (System.nanoTime() - t0) / 1e6;
        }
      }
      double[] lucene = bareLucene(luceneDir, mix, warmup, queries);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("articles", size);
      row.put("queries", queries);
      row.put("dragomanMs", percentiles(dragoman));
      row.put("luceneMs", percentiles(lucene));
      rows.add(row);
    }
    return rows;
  }

  /**
   * Builds (once, kept in {@code work} for later runs) the archive of {@code size} articles,
   * {@code work/archive-SIZE}, and the bare Lucene index of the same articles; returns the
   * latter's folder.
   */
  static Path ensure(Path work, int size, List<BenchArchive.Pool> pools) throws IOException {
    BenchArchive.ensure(work.resolve("archive-" + size), size, pools, size <= 100_000);
    Path luceneDir = work.resolve("lucene-" + size);
    if (!Files.exists(luceneDir.resolve("bench-built"))) {
      BenchCommand.delete(luceneDir);
      bareIndex(luceneDir, size, pools);
      Files.writeString(luceneDir.resolve("bench-built"), size + "\n");
    }
    return luceneDir;
  }

  static SearchRequest request(Q q) {
    SearchRequest r = SearchRequest.of(q.text());
    if (q.filterLanguage()) {
      r = r.withLanguages(Set.of(q.language()));
    }
    if (q.from() != null) {
      r = r.withDates(q.from(), q.to());
    }
    return r;
  }

  /** The query mix: words counted over the sentences, then drawn by kind, deterministically. */
  static List<Q> mix(List<BenchArchive.Pool> pools, int n, long seed) {
    Random r = new Random(seed);
    List<Q> out = new ArrayList<>();
    Map<String, List<String>> common = new HashMap<>();
    Map<String, List<String>> rare = new HashMap<>();
    for (BenchArchive.Pool p : pools) {
      Map<String, Integer> counts = new HashMap<>();
      for (String s : p.sentences()) {
        for (String w : words(s)) {
          counts.merge(w, 1, Integer::sum);
        }
      }
      List<String> byCount = new ArrayList<>(counts.keySet());
      byCount.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
      common.put(p.language(), byCount.subList(0, Math.min(200, byCount.size())));
      rare.put(p.language(), byCount.stream().filter(w -> counts.get(w) == 2 && w.length() > 4).toList());
    }
    for (int i = 0; i < n; i++) {
      BenchArchive.Pool p = pools.get(i % pools.size());
      List<String> ws = words(p.sentences().get(r.nextInt(p.sentences().size())));
      String text;
      switch (i / pools.size() % 4) {
        case 0 -> text = pick(common.get(p.language()), r);
        case 1 -> text = pick(rare.get(p.language()).isEmpty() ? common.get(p.language()) : rare.get(p.language()), r);
        case 2 -> {
          int at = ws.size() < 3 ? 0 : r.nextInt(ws.size() - 2);
          text = "\"" + String.join(" ", ws.subList(at, Math.min(ws.size(), at + 2 + r.nextInt(2)))) + "\"";
        }
        default -> {
          List<String> q = new ArrayList<>();
          for (int k = 0; k < 3 + r.nextInt(3) && !ws.isEmpty(); k++) {
            q.add(ws.get(r.nextInt(ws.size())));
          }
          text = String.join(" ", q);
        }
      }
      boolean lang = i % 3 == 1;
      LocalDate from = i % 3 == 2 ? LocalDate.of(2016 + r.nextInt(8), 1, 1) : null;
      out.add(new Q(text, p.language(), lang, from, from == null ? null : from.plusYears(2)));
    }
    return out;
  }

  private static String pick(List<String> words, Random r) {
    return words.get(r.nextInt(words.size()));
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.split("[^\\p{L}\\p{M}\\p{N}]+")) {
      if (w.length() >= 2) {
        out.add(w.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }

  private static final FieldType TEXT = new FieldType();

  static {
    TEXT.setTokenized(true);
    TEXT.setStored(true);
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT.freeze();
  }

  /** The same articles for bare Lucene: each language's text field with its own analyzer. */
  private static void bareIndex(Path dir, int size, List<BenchArchive.Pool> pools) throws IOException {
    try (var d = FSDirectory.open(dir);
        var w = new IndexWriter(d, new IndexWriterConfig(analyzer(pools)).setRAMBufferSizeMB(64))) {
      for (long k = 0; k < size; k++) {
        Article a = BenchArchive.article(k, pools, new Random(1 * 1_000_003L + k));
        Document doc = new Document();
        doc.add(new StringField("id", a.id(), Field.Store.YES));
        doc.add(new StringField("language", a.language(), Field.Store.NO));
        doc.add(new LongPoint("published", a.published().toEpochDay()));
        doc.add(new Field("text_" + a.language(), a.text(), TEXT));
        w.addDocument(doc);
      }
      w.commit();
    }
  }

  private static Analyzer analyzer(List<BenchArchive.Pool> pools) {
    LanguagePacks packs = LanguagePacks.installed();
    Map<String, Analyzer> perField = new HashMap<>();
    for (BenchArchive.Pool p : pools) {
      perField.put("text_" + p.language(), packs.has(p.language())
          ? packs.require(p.language()).createAnalyzer() : new StandardAnalyzer());
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
  }

  private static double[] bareLucene(Path dir, List<Q> mix, int warmup, int queries)
      throws Exception {
    try (Bare bare = new Bare(dir, mix)) {
      for (int i = 0; i < warmup; i++) {
        bare.search(mix.get(i % mix.size()));
      }
      double[] out = new double[queries];
      for (int i = 0; i < queries; i++) {
        long t0 = System.nanoTime();
        bare.search(mix.get(i % mix.size()));
        out[i] = (System.nanoTime() - t0) / 1e6;
      }
      return out;
    }
  }

  /** The bare Lucene index open for the queries of a mix; thread-safe. */
  static final class Bare implements java.io.Closeable {
    private final FSDirectory d;
    private final DirectoryReader reader;
    private final IndexSearcher s;
    private final UnifiedHighlighter h;
    private final Set<String> languages = new java.util.TreeSet<>();
    private final Map<String, Analyzer> analyzers = new HashMap<>();

    Bare(Path dir, List<Q> mix) throws IOException {
      d = FSDirectory.open(dir);
      reader = DirectoryReader.open(d);
      s = new IndexSearcher(reader);
      for (Q q : mix) {
        languages.add(q.language());
      }
      LanguagePacks packs = LanguagePacks.installed();
      for (String l : languages) {
        analyzers.put(l, packs.has(l) ? packs.require(l).createAnalyzer() : new StandardAnalyzer());
      }
      h = UnifiedHighlighter.builder(s, new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
          mapFields(analyzers))).build();
    }

    /** The query's hits, highlighted: how many matched, the top ten's snippets. */
    Map<String, Object> search(Q q) throws Exception {
      return one(s, h, q, languages, analyzers);
    }

    @Override
    public void close() throws IOException {
      reader.close();
      d.close();
    }
  }

  private static Map<String, Analyzer> mapFields(Map<String, Analyzer> byLanguage) {
    Map<String, Analyzer> out = new HashMap<>();
    byLanguage.forEach((l, a) -> out.put("text_" + l, a));
    return out;
  }

  /** One query the way a developer would write it with Lucene alone: each language's field, OR'ed. */
  private static Map<String, Object> one(IndexSearcher s, UnifiedHighlighter h, Q q,
      Set<String> languages, Map<String, Analyzer> analyzers) throws Exception {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    List<String> fields = new ArrayList<>();
    for (String l : languages) {
      if (q.filterLanguage() && !l.equals(q.language())) {
        continue;
      }
      QueryParser p = new QueryParser("text_" + l, analyzers.get(l));
      p.setDefaultOperator(QueryParser.Operator.AND);
      any.add(p.parse(QueryParser.escape(q.text()).replace("\\\"", "\"")), BooleanClause.Occur.SHOULD);
      fields.add("text_" + l);
    }
    b.add(any.build(), BooleanClause.Occur.MUST);
    if (q.filterLanguage()) {
      b.add(new TermQuery(new Term("language", q.language())), BooleanClause.Occur.FILTER);
    }
    if (q.from() != null) {
      b.add(LongPoint.newRangeQuery("published", q.from().toEpochDay(), q.to().toEpochDay()),
          BooleanClause.Occur.FILTER);
    }
    Query query = b.build();
    TopDocs top = s.search(query, 10);
    Map<String, String[]> snippets = h.highlightFields(fields.toArray(String[]::new), query, top,
        fields.stream().mapToInt(f -> 3).toArray());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", top.totalHits.value());
    m.put("snippets", snippets);
    return m;
  }

  static Map<String, Object> percentiles(double[] ms) {
    double[] a = ms.clone();
    Arrays.sort(a);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("p50", round(a[(int) (a.length * 0.50)]));
    m.put("p90", round(a[(int) (a.length * 0.90)]));
    m.put("p99", round(a[Math.min(a.length - 1, (int) (a.length * 0.99))]));
    m.put("max", round(a[a.length - 1]));
    return m;
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
