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
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
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
 * lookup retrieves candidates by the segment's rarest 4-grams ({@link #candidates}), keeps those
 * that share more than half of the segment's 4-grams, and scores each by Dice's coefficient on
 * the 4-grams × 100. Fuzzy scores stop at 99; a match whose folded text is the
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
  /** Fewest 4-grams a candidate query uses (all of a shorter segment's), and most. */
  static final int MIN_CLAUSES = 12;
  static final int MAX_CLAUSES = 24;
  /** The candidate query uses the rarest 1/RARE_SHARE of a segment's 4-grams. */
  static final int RARE_SHARE = 4;
  /** Candidates scored beyond the matches asked for. */
  static final int CANDIDATES = 25;

  /** How often a reader looks for what a writer committed. */
  private static final long REFRESH_NANOS = 1_000_000_000L;

  private volatile long lastRefresh = System.nanoTime();
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
        config.setCommitOnClose(false); // only commit() makes changes durable: a failed import leaves none
        IndexWriter w = new IndexWriter(d, config);
        try {
          return new TranslationMemory(d, w, new SearcherManager(w, null));
        } catch (IOException | RuntimeException e) {
          w.close();
          throw e;
        }
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

  /**
   * Records that {@code key} is in the memory even when it brought no unit (a pair of articles
   * none of whose links is sure enough): {@link #keys} lists it; lookups never see it.
   */
  public void mark(String key) throws IOException {
    Document d = new Document();
    d.add(new StringField("id", key + "#marker", Field.Store.YES));
    d.add(new StringField("key", key, Field.Store.YES));
    requireWriter().updateDocument(new Term("id", key + "#marker"), d);
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

  /** Forgets uncommitted changes and closes the memory (open it again to go on). */
  public void rollback() throws IOException {
    try {
      searchers.close();
      requireWriter().rollback();
    } finally {
      directory.close();
    }
  }

  /** Whether this memory was opened for reading where none existed yet. */
  public boolean absent() {
    return searchers == null;
  }

  /** The keys of the units held (one pass over the key terms, live documents only). */
  public Set<String> keys() throws IOException {
    Set<String> out = new java.util.TreeSet<>();
    if (searchers == null) {
      return out;
    }
    IndexSearcher s = searchers.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms("key");
        if (terms == null) {
          continue;
        }
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        TermsEnum e = terms.iterator();
        org.apache.lucene.index.PostingsEnum postings = null;
        for (BytesRef t = e.next(); t != null; t = e.next()) {
          postings = e.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
          for (int d = postings.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
              d = postings.nextDoc()) {
            if (live == null || live.get(d)) {
              out.add(t.utf8ToString());
              break;
            }
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
      return s.count(new TermQuery(new Term("kind", "unit")));
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
    Set<String> grams = Ngrams.of(normal);
    if (grams.isEmpty()) {
      return List.of();
    }
    long now = System.nanoTime();
    if (writer == null && now - lastRefresh > REFRESH_NANOS) {
      lastRefresh = now;
      searchers.maybeRefresh(); // a reader sees what a writer committed, within a second
    }
    IndexSearcher s = searchers.acquire();
    try {
      Query query = candidates(s, grams, from, to, excludeKeys);
      if (query == null) {
        return List.of();
      }
      TopDocs top = s.search(query, limit + CANDIDATES);
      StoredFields stored = s.storedFields();
      List<Kept> kept = new ArrayList<>();
      Set<String> sourceFields = Set.of("t_" + from, "c_" + from);
      Set<String> targetFields = Set.of("t_" + to, "origin");
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, sourceFields);
        String source = d.get("t_" + from);
        if (source == null) {
          continue;
        }
        String theirNormal = Ngrams.normal(source);
        Set<String> theirs = Ngrams.of(theirNormal);
        int shared = 0;
        for (String g : theirs) {
          if (grams.contains(g)) {
            shared++;
          }
        }
        if (2 * shared <= grams.size()) {
          continue; // Pensieve's candidates share more than half of the query's grams
        }
        Scored scored = score(text, normal, source, theirNormal, codes(d, from),
            Ngrams.dice(shared, grams.size(), theirs.size()));
        if (scored.score() < min) {
          continue;
        }
        kept.add(new Kept(sd.doc, scored, source));
      }
      // best first, then by origin for a stable order; the differences of those returned only
      List<TmMatch> out = new ArrayList<>();
      for (Kept k : kept) {
        Document t = stored.document(k.doc(), targetFields);
        String target = t.get("t_" + to);
        if (target != null) {
          out.add(new TmMatch(k.scored().score(), k.scored().type(), k.source(), target,
              t.get("origin"), List.of()));
        }
      }
      out.sort(Comparator.comparingInt(TmMatch::score).reversed()
          .thenComparing(TmMatch::origin, Comparator.nullsLast(Comparator.naturalOrder())));
      List<TmMatch> best = new ArrayList<>();
      for (TmMatch m : out.subList(0, Math.min(limit, out.size()))) {
        best.add(m.type() == Type.EXACT ? m : new TmMatch(m.score(), m.type(), m.source(),
            m.target(), m.origin(), Differences.between(text, m.source(), m.target())));
      }
      return List.copyOf(best);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The candidate query, or null when the memory has none of the segment's grams: units with a
   * {@code to} text whose {@code from} text has some of the rarest quarter of the segment's
   * 4-grams that the memory has (at least {@value #MIN_CLAUSES} grams, at most
   * {@value #MAX_CLAUSES}), ranked by BM25,
   * so that the units sharing most of the rare grams come first; {@link #lookup} then scores the
   * first {@value #CANDIDATES} (and the matches asked for) exactly. A unit that shares more than
   * half of the segment's grams nearly always shares most of its rare ones: measured against an
   * exhaustive search by {@code bench tm}, which finds the same best match for 197 of 199
   * lookups in crowds of near duplicates.
   */
  static Query candidates(IndexSearcher searcher, Set<String> grams, String from, String to,
      Set<String> excludeKeys) throws IOException {
    // each gram's statistics are read once: to choose the rare ones, and for their queries
    // grams the memory does not have are left out: they would choose no candidate
    List<TermStates> stats = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (String g : grams) {
      TermStates t = TermStates.build(searcher, new Term("g_" + from, g), true);
      if (t.docFreq() > 0) {
        stats.add(t);
        listed.add(g);
      }
    }
    if (stats.isEmpty()) {
      return null;
    }
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < stats.size(); k++) {
      order.add(k);
    }
    order.sort(Comparator.comparingInt((Integer k) -> stats.get(k).docFreq()).thenComparingInt(k -> k));
    int n = Math.min(MAX_CLAUSES, Math.min(order.size(), Math.max(MIN_CLAUSES, order.size() / RARE_SHARE)));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int k : order.subList(0, n)) {
      b.add(new TermQuery(new Term("g_" + from, listed.get(k)), stats.get(k)), BooleanClause.Occur.SHOULD);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(b.build(), BooleanClause.Occur.MUST);
    all.add(new TermQuery(new Term("lang", to)), BooleanClause.Occur.FILTER);
    for (String k : excludeKeys) {
      all.add(new TermQuery(new Term("key", k)), BooleanClause.Occur.MUST_NOT);
    }
    return all.build();
  }

  private record Scored(int score, Type type) {}

  private record Kept(int doc, Scored scored, String source) {}

  /** The score and type of a match of {@code source} (with {@code codes}) for {@code text}. */
  static Scored score(String text, String normal, String source, String sourceNormal, int codes,
      double dice) {
    int codePenalty = Math.min(MAX_CODE_PENALTY, codes * CODE_PENALTY);
    if (normal.equals(sourceNormal)) {
      if (text.equals(source)) {
        return codes == 0 ? new Scored(100, Type.EXACT)
            : new Scored(100 - codePenalty, Type.EXACT_TEXT_ONLY);
      }
      int penalty = codePenalty;
      boolean sameWords = Ngrams.spaced(text).equals(Ngrams.spaced(source));
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

  private static int codes(Document d, String lang) {
    var f = d.getField("c_" + lang);
    return f == null ? 0 : f.numericValue().intValue();
  }

  private static Document document(TmUnit u) {
    Document d = new Document();
    d.add(new StringField("id", u.id(), Field.Store.YES));
    d.add(new StringField("key", u.key(), Field.Store.YES));
    d.add(new StringField("kind", "unit", Field.Store.NO));
    d.add(new StoredField("origin", u.origin()));
    for (var e : u.texts().entrySet()) {
      String lang = e.getKey();
      d.add(new StringField("lang", lang, Field.Store.NO));
      d.add(new StoredField("t_" + lang, e.getValue()));
      var grams = Ngrams.of(Ngrams.normal(e.getValue()));
      for (String g : grams) {
        d.add(new StringField("g_" + lang, g, Field.Store.NO));
      }
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
