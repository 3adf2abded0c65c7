package org.dragoman.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.Article;

/**
 * The embedded store: the archive's Lucene index in its folder, one directory, one writer when opened for writing, and a
 * searcher manager whose searchers see what was written (near-real-time) or committed.
 *
 * <p>Safe under failure: Lucene's commits are atomic, so a process killed in the middle of an
 * ingest leaves the archive as of its last commit, and {@link #put} replaces an article by id, so
 * running the same ingest again completes it without duplicates.
 *
 * <p>Thread-safe.
 */
final class LuceneStore implements ArchiveStore {

  /**
   * Searches of a large archive run over its index segments on every core at once (Lucene's
   * intra-query concurrency): a question that matches most of a million articles is scored and
   * collected in parallel slices. Daemon threads, shared by every archive of the process.
   */
  private static final java.util.concurrent.ExecutorService SEARCH_POOL =
      java.util.concurrent.Executors.newFixedThreadPool(
          Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "dragoman-search");
            t.setDaemon(true);
            return t;
          });

  private static final SearcherFactory SEARCHERS = new SearcherFactory() {
    @Override
    public org.apache.lucene.search.IndexSearcher newSearcher(org.apache.lucene.index.IndexReader r,
        org.apache.lucene.index.IndexReader previous) {
      return new org.apache.lucene.search.IndexSearcher(r, SEARCH_POOL);
    }
  };


  static final String INDEX_DIR = "index";

  private final Path root;
  private final Directory directory;
  /** The last commit generation a read-only store's searchers were refreshed to look for. */
  private volatile long seenGeneration = -2;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final SchemaAnalyzer analyzer;

  private LuceneStore(Path root, Directory directory, IndexWriter writer,
      SearcherManager searchers, SchemaAnalyzer analyzer) {
    this.root = root;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.analyzer = analyzer;
  }

  /**
   * Opens the archive at {@code root}.
   *
   * @param writable whether to open a writer (creating the archive if the directory is missing or
   *     empty); a read-only store can be opened while another process writes
   */
  static LuceneStore open(Path root, boolean writable, LanguagePacks packs)
      throws IOException {
    Path indexDir = root.resolve(INDEX_DIR);
    Directory dir = FSDirectory.open(indexDir);
    SchemaAnalyzer analyzer = new SchemaAnalyzer(packs);
    try {
      if (writable) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        // a new segment's files are not copied again into one compound file: merges soon join
        // small segments, and the copy was a fifth of a commit's work
        config.setUseCompoundFile(false);
        IndexWriter writer = new IndexWriter(dir, config);
        if (!DirectoryReader.indexExists(dir)) {
          writer.commit();
        }
        return new LuceneStore(root, dir, writer, new SearcherManager(writer, SEARCHERS),
            analyzer);
      }
      if (!DirectoryReader.indexExists(dir)) {
        throw new NoArchiveException(root);
      }
      return new LuceneStore(root, dir, null, new SearcherManager(dir, SEARCHERS),
          analyzer);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Returns the archive's directory. */
  @Override
  public Path root() {
    return root;
  }

  /** Returns the analyzer of every field of the schema. */
  @Override
  public SchemaAnalyzer analyzer() {
    return analyzer;
  }

  /** Returns whether this store can write. */
  @Override
  public boolean writable() {
    return writer != null;
  }


  /** Returns the stored version of article {@code id}, if the archive has it. */
  @Override
  public Optional<Version> version(String id) throws IOException {
    return withSearcher(s -> {
      int doc = docOf(s, id);
      if (doc < 0) {
        return Optional.empty();
      }
      var d = s.storedFields().document(doc, java.util.Set.of(Schema.HASH, Schema.PIPELINE));
      var pipeline = d.getField(Schema.PIPELINE);
      return Optional.of(new Version(d.get(Schema.HASH),
          pipeline == null ? 0 : pipeline.numericValue().intValue()));
    });
  }

  /** The live document of article {@code id}, or -1: a term lookup, without a query. */
  private static int docOf(IndexSearcher s, String id) throws IOException {
    BytesRef term = new BytesRef(id);
    for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(Schema.ID);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      org.apache.lucene.index.PostingsEnum pe = te.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      for (int d = pe.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        if (live == null || live.get(d)) {
          return leaf.docBase + d;
        }
      }
    }
    return -1;
  }


  /** Returns the id, language, source and title of article {@code id}, without its text. */
  @Override
  public Optional<Brief> brief(String id) throws IOException {
    return withSearcher(s -> {
      int doc = docOf(s, id);
      if (doc < 0) {
        return Optional.empty();
      }
      var visitor = new org.apache.lucene.document.DocumentStoredFieldVisitor() {
        @Override
        public Status needsField(org.apache.lucene.index.FieldInfo f) {
          return f.name.equals(Schema.ID) || f.name.equals(Schema.LANGUAGE)
              || f.name.equals(Schema.SOURCE) || f.name.startsWith(Schema.TITLE_PREFIX)
              || f.name.equals(Schema.DISPLAY_TITLE)
              ? Status.YES : Status.NO;
        }
      };
      s.storedFields().document(doc, visitor);
      var d = visitor.getDocument();
      String language = d.get(Schema.LANGUAGE);
      String title = d.get(Schema.DISPLAY_TITLE); // archives before it: the title field
      return Optional.of(new Brief(d.get(Schema.ID), language, d.get(Schema.SOURCE),
          title != null ? title : d.get(Schema.titleField(language))));
    });
  }

  /** Returns article {@code id}, if the archive has it. */
  @Override
  public Optional<Article> article(String id) throws IOException {
    return withSearcher(s -> {
      int doc = docOf(s, id);
      return doc < 0 ? Optional.empty() : Optional.of(Schema.load(s.storedFields(), doc));
    });
  }

  /** Adds or replaces an article with its anchors and mentions. */
  @Override
  public void put(Article article, int pipeline, java.util.Collection<String> anchors,
      List<org.dragoman.model.Mention> mentions) throws IOException {
    requireWriter().updateDocument(new Term(Schema.ID, article.id()),
        Schema.toDocument(article, pipeline, anchors, mentions));
  }

  /** Returns what the archive stores about article {@code id}. */
  @Override
  public Optional<Stored> stored(String id) throws IOException {
    return withSearcher(s -> {
      int doc = docOf(s, id);
      if (doc < 0) {
        return Optional.empty();
      }
      org.apache.lucene.document.Document d = s.storedFields().document(doc);
      String anchors = d.get(Schema.ANCHORS);
      return Optional.of(new Stored(Schema.fromDocument(d),
          d.getField(Schema.PIPELINE).numericValue().intValue(),
          anchors == null || anchors.isEmpty() ? List.of() : List.of(anchors.split("\n")),
          Schema.mentions(d)));
    });
  }

  /**
   * Writes the largest buffer of added articles to a segment on the calling thread, so that
   * several threads can share the work a commit would do alone; false when none was waiting.
   */
  @Override
  public boolean flushOne() throws IOException {
    return requireWriter().flushNextBuffer();
  }

  /** The commit user data key of {@link #stamp}. */
  static final String STAMP = "dragoman.stamp";

  private volatile String stamp;

  /** Makes everything put so far durable, and visible to searchers. */
  @Override
  public void commit() throws IOException {
    IndexWriter w = requireWriter();
    if (!w.hasUncommittedChanges()) {
      return; // nothing new: the commit and its stamp stay as they are
    }
    String next = java.util.UUID.randomUUID().toString();
    w.setLiveCommitData(java.util.Map.of(STAMP, next).entrySet(), true);
    w.commit();
    stamp = next;
    searchers.maybeRefreshBlocking();
  }

  /**
   * A token of the last commit, different at every commit: side files derived from the index
   * record it, and one whose token is not the index's is behind it (a run killed in between).
   */
  @Override
  public String stamp() throws IOException {
    if (writer != null && stamp != null) {
      return stamp;
    }
    java.util.Map<String, String> data =
        org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData();
    String s = data.getOrDefault(STAMP, "none");
    if (writer != null) {
      stamp = s;
    }
    return s;
  }

  /**
   * The version of the index searches see now (a read-only store first looks for new commits):
   * it changes whenever what a search can find changes.
   */
  @Override
  public long version() throws IOException {
    return withSearcher(s -> ((org.apache.lucene.index.DirectoryReader) s.getIndexReader())
        .getVersion());
  }

  /** Makes what was put visible to this process's searchers without a commit. */
  @Override
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("The archive at " + root + " was opened read-only");
    }
    return writer;
  }

  /** Work done with a searcher; the searcher must not escape it. */
  @FunctionalInterface
  interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code work} with a searcher. A read-only store first looks for commits made by the
   * writing process; a writable store's searcher moves on at each {@link #commit} and {@link
   * #refresh}, not at every call, since each reopen of a writer's reader flushes a segment.
   */
  <T> T withSearcher(SearcherWork<T> work) throws IOException {
    if (writer == null) {
      // a new commit always has a higher generation: reading the folder's listing tells, where
      // opening the reader again reads and checks the whole commit point at every search
      long generation = SegmentInfos.getLastCommitGeneration(directory.listAll());
      if (generation != seenGeneration) {
        searchers.maybeRefreshBlocking();
        seenGeneration = generation;
      }
    }
    IndexSearcher s = searchers.acquire();
    try {
      return work.apply(s);
    } finally {
      searchers.release(s);
    }
  }

  private final ArchiveScans scans = new LuceneScans(this);

  @Override
  public ArchiveScans scans() {
    return scans;
  }

  @Override
  public String backend() {
    return BackendSettings.EMBEDDED;
  }

  @Override
  public StoreHits search(StoreSearch search) throws IOException {
    return withSearcher(s -> LuceneSearch.run(s, analyzer, search));
  }

  @Override
  public List<ScoredId> top(org.apache.lucene.search.Query query, int n) throws IOException {
    return withSearcher(s -> {
      List<ScoredId> out = new ArrayList<>();
      org.apache.lucene.index.StoredFields fields = s.storedFields();
      for (org.apache.lucene.search.ScoreDoc sd : s.search(query, Math.max(1, n)).scoreDocs) {
        out.add(new ScoredId(fields.document(sd.doc, java.util.Set.of(Schema.ID)).get(Schema.ID),
            sd.score));
      }
      return out;
    });
  }

  @Override
  public Optional<Facts> facts(String id) throws IOException {
    return withSearcher(s -> {
      int doc = docOf(s, id);
      return doc < 0 ? Optional.empty() : Optional.of(LuceneScans.facts(s, doc));
    });
  }

  @Override
  public java.util.Map<String, Integer> anchorFrequencies(java.util.Collection<String> anchors)
      throws IOException {
    return withSearcher(s -> {
      java.util.Map<String, Integer> out = new java.util.HashMap<>();
      for (String a : anchors) {
        out.put(a, s.getIndexReader().docFreq(new Term(Schema.ANCHOR, a)));
      }
      return out;
    });
  }

  /** Returns the bytes the archive takes on disk. */
  @Override
  public long sizeOnDisk() throws IOException {
    return org.dragoman.io.FolderSize.of(root);
  }


  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        if (writer != null) {
          writer.close();
        }
      } finally {
        directory.close();
      }
    }
  }
}
