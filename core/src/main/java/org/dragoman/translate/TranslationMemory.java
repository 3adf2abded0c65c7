package org.dragoman.translate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dragoman.translate.TmMatch.Type;

/**
 * A translation memory in a Lucene index of its own: units of segments in several languages,
 * looked up by fuzzy match after the method of Okapi's Pensieve.
 *
 * <p>Each language of a unit is indexed as its distinct character 4-grams ({@link Ngrams}). A
 * lookup takes the candidates that share more than half of the segment's 4-grams (a Lucene
 * boolean query whose minimum-should-match does the pruning) and scores each by Dice's
 * coefficient on the 4-grams × 100. Fuzzy scores stop at 99; a match whose folded text is the
 * segment's loses a point for a case or mark difference and a point for a spacing difference;
 * inline codes that differ cost a point each (at most {@value #MAX_CODE_PENALTY}). Okapi's own
 * Pensieve is built on Lucene 9 and cannot share a class path with Lucene 10, hence this one.
 *
 * <pre>{@code
 * try (TranslationMemory tm = TranslationMemory.open(Path.of("archive/memory"), true)) {
 *   tm.put(List.of(new TmUnit("u1", "demo", "example", Map.of("en", "The strike goes on.", "es", "La huelga sigue."))));
 *   tm.commit();
 *   tm.lookup("The strike goes on!", "en", "es", 70, 5, Set.of());
 * }
 * }</pre>
 *
 * <p>Thread-safe: lookups run concurrently with each other and with one writer.
 */
public final class TranslationMemory implements Closeable {
  /** The penalty for each inline code that differs, and its cap. */
  static final int CODE_PENALTY = 1;
  static final int MAX_CODE_PENALTY = 5;
  /** The penalty for a difference of case or marks alone, and of spacing alone. */
  static final int CASE_PENALTY = 1;
  static final int SPACE_PENALTY = 1;
  /** Most 4-grams a lookup uses (the boolean query's clause limit). */
  static final int MAX_GRAMS = 1000;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private TranslationMemory(Directory directory, IndexWriter writer, SearcherManager searchers) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /**
   * Opens the memory in {@code dir}; a writable one is created when missing, a read-only one
   * that does not exist is empty.
   */
  public static TranslationMemory open(Path dir, boolean writable) throws IOException {
    if (!writable && !Files.isDirectory(dir)) {
      return new TranslationMemory(null, null, null);
    }
    Files.createDirectories(dir);
    Directory d = FSDirectory.open(dir);
    try {
      if (writable) {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        IndexWriter w = new IndexWriter(d, config);
        return new TranslationMemory(d, w, new SearcherManager(w, null));
      }
      if (!DirectoryReader.indexExists(d)) {
        d.close();
        return new TranslationMemory(null, null, null);
      }
      return new TranslationMemory(d, null, new SearcherManager(d, null));
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /** Adds units, replacing any unit with the same id. Seen by lookups after {@link #commit}. */
  public void put(Collection<TmUnit> units) throws IOException {
    IndexWriter w = requireWriter();
    for (TmUnit u : units) {
      w.updateDocument(new Term("id", u.id()), document(u));
    }
  }

  /** Removes every unit whose key is {@code key}. */
  public void deleteKey(String key) throws IOException {
    requireWriter().deleteDocuments(new Term("key", key));
  }

  /** Makes what was put and deleted durable and visible to lookups. */
  public void commit() throws IOException {
    requireWriter().commit();
    searchers.maybeRefreshBlocking();
  }

  /** Forgets uncommitted changes. */
  public void rollback() throws IOException {
    requireWriter().rollback();
  }

  /** The keys of the units held, with how many units each has. */
  public Map<String, Integer> keys() throws IOException {
    Map<String, Integer> out = new TreeMap<>();
    if (searchers == null) {
      return out;
    }
    IndexSearcher s = searchers.acquire();
    try {
      Terms terms = MultiTerms.getTerms(s.getIndexReader(), "key");
      if (terms != null) {
        TermsEnum e = terms.iterator();
        for (BytesRef t = e.next(); t != null; t = e.next()) {
          int live = s.count(new TermQuery(new Term("key", BytesRef.deepCopyOf(t))));
          if (live > 0) {
            out.put(t.utf8ToString(), live);
          }
        }
      }
    } finally {
      searchers.release(s);
    }
    return out;
  }

  /** How many units the memory holds. */
  public int size() throws IOException {
    if (searchers == null) {
      return 0;
    }
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The units whose {@code from} text is like {@code text} and that have a {@code to} text,
   * best first, scoring {@code min} (0–100) or more, at most {@code limit}; units whose key is in
   * {@code excludeKeys} are left out (such as an article's own).
   */
  public List<TmMatch> lookup(String text, String from, String to, int min, int limit,
      Set<String> excludeKeys) throws IOException {
    if (searchers == null || limit < 1) {
      return List.of();
    }
    String normal = Ngrams.normal(text);
    List<String> grams = new ArrayList<>(Ngrams.of(normal));
    if (grams.isEmpty()) {
      return List.of();
    }
    if (grams.size() > MAX_GRAMS) {
      grams = grams.subList(0, MAX_GRAMS);
    }
    Query query = candidates(grams, from, to, excludeKeys);
    IndexSearcher s = searchers.acquire();
    try {
      Best best = new Best(grams.size(), from, Math.max(min, 1), limit + 20);
      s.search(query, best);
      List<TmMatch> out = new ArrayList<>();
      StoredFields stored = s.storedFields();
      for (Best.Hit h : best.sorted()) {
        Document d = stored.document(h.doc());
        String source = d.get("t_" + from);
        String target = d.get("t_" + to);
        if (source == null || target == null) {
          continue;
        }
        int codes = codes(d, from);
        Scored scored = score(text, normal, source, codes, h.dice());
        if (scored.score() >= min) {
          out.add(new TmMatch(scored.score(), scored.type(), source, target, d.get("origin"),
              scored.type() == Type.EXACT ? List.of() : Differences.between(text, source, target)));
        }
      }
      out.sort(Comparator.comparingInt(TmMatch::score).reversed()
          .thenComparing(TmMatch::origin, Comparator.nullsLast(Comparator.naturalOrder())));
      return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The candidate query: units with a {@code to} text that share more than half of the
   * segment's 4-grams in their {@code from} text; each shared gram scores 1.
   */
  static Query candidates(List<String> grams, String from, String to, Set<String> excludeKeys) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String g : grams) {
      b.add(new ConstantScoreQuery(new TermQuery(new Term("g_" + from, g))),
          BooleanClause.Occur.SHOULD);
    }
    b.setMinimumNumberShouldMatch(grams.size() / 2 + 1);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(b.build(), BooleanClause.Occur.MUST);
    all.add(new TermQuery(new Term("lang", to)), BooleanClause.Occur.FILTER);
    for (String k : excludeKeys) {
      all.add(new TermQuery(new Term("key", k)), BooleanClause.Occur.MUST_NOT);
    }
    return all.build();
  }

  private record Scored(int score, Type type) {}

  /** The score and type of a match of {@code source} (with {@code codes}) for {@code text}. */
  static Scored score(String text, String normal, String source, int codes, double dice) {
    int codePenalty = Math.min(MAX_CODE_PENALTY, codes * CODE_PENALTY);
    if (normal.equals(Ngrams.normal(source))) {
      if (text.equals(source)) {
        return codes == 0 ? new Scored(100, Type.EXACT)
            : new Scored(100 - codePenalty, Type.EXACT_TEXT_ONLY);
      }
      int penalty = codePenalty;
      boolean sameWords = spaced(text).equals(spaced(source));
      if (!sameWords) {
        penalty += CASE_PENALTY;
      }
      if (!text.replaceAll("\\S+", "x").equals(source.replaceAll("\\S+", "x"))) {
        penalty += SPACE_PENALTY;
      }
      return new Scored(Math.max(0, 100 - Math.max(1, penalty)), Type.FUZZY);
    }
    int score = Math.min(99, (int) Math.round(dice * 100));
    return new Scored(Math.max(0, score - codePenalty), Type.FUZZY);
  }

  private static String spaced(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static int codes(Document d, String lang) {
    var f = d.getField("c_" + lang);
    return f == null ? 0 : f.numericValue().intValue();
  }

  private static Document document(TmUnit u) {
    Document d = new Document();
    d.add(new StringField("id", u.id(), Field.Store.YES));
    d.add(new StringField("key", u.key(), Field.Store.YES));
    d.add(new StoredField("origin", u.origin()));
    for (var e : u.texts().entrySet()) {
      String lang = e.getKey();
      d.add(new StringField("lang", lang, Field.Store.NO));
      d.add(new StoredField("t_" + lang, e.getValue()));
      var grams = Ngrams.of(Ngrams.normal(e.getValue()));
      for (String g : grams) {
        d.add(new StringField("g_" + lang, g, Field.Store.NO));
      }
      d.add(new NumericDocValuesField("n_" + lang, grams.size()));
      Integer c = u.codes().get(lang);
      if (c != null && c > 0) {
        d.add(new StoredField("c_" + lang, c));
      }
    }
    return d;
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("The translation memory is open for reading only");
    }
    return writer;
  }

  /** Keeps the best candidates by Dice's coefficient. */
  private static final class Best extends SimpleCollector {
    record Hit(int doc, double dice) {}

    private final int grams;
    private final String field;
    private final double min;
    private final int size;
    private final PriorityQueue<Hit> heap = new PriorityQueue<>(
        Comparator.comparingDouble(Hit::dice).thenComparing(Hit::doc, Comparator.reverseOrder()));
    private Scorable scorer;
    private NumericDocValues counts;
    private int base;

    Best(int grams, String from, int min, int size) {
      this.grams = grams;
      this.field = "n_" + from;
      this.min = min / 100.0 - 0.005;
      this.size = size;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      base = context.docBase;
      counts = context.reader().getNumericDocValues(field);
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      int shared = Math.round(scorer.score());
      long n = counts != null && counts.advanceExact(doc) ? counts.longValue() : shared;
      double dice = Ngrams.dice(shared, grams, (int) n);
      if (dice < min) {
        return;
      }
      Hit h = new Hit(base + doc, dice);
      if (heap.size() < size) {
        heap.add(h);
      } else if (heap.comparator().compare(h, heap.peek()) > 0) {
        heap.poll();
        heap.add(h);
      }
    }

    List<Hit> sorted() {
      List<Hit> out = new ArrayList<>(heap);
      out.sort(heap.comparator().reversed());
      return out;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (searchers != null) {
        searchers.close();
      }
    } finally {
      try {
        if (writer != null) {
          writer.close();
        }
      } finally {
        if (directory != null) {
          directory.close();
        }
      }
    }
  }
}
