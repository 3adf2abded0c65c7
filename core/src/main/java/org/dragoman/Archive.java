package org.dragoman;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.dragoman.align.Bitext;
import org.dragoman.align.DocumentAnchors;
import org.dragoman.entity.Annotator;
import org.dragoman.entity.DatePreference;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.model.Mention;
import java.nio.file.Files;
import org.dragoman.align.SentenceAligner;
import org.dragoman.model.SentenceLink;
import org.dragoman.align.DocumentPairer;
import org.dragoman.align.Lexicon;
import org.dragoman.align.PairingFiles;
import org.dragoman.model.TranslationGroup;
import org.dragoman.index.ArchiveStore;
import org.dragoman.index.FacetCounts;
import org.dragoman.index.Schema;
import org.dragoman.ingest.ArticleReader;
import org.dragoman.ingest.Failure;
import org.dragoman.ingest.IngestListener;
import org.dragoman.ingest.IngestOptions;
import org.dragoman.ingest.IngestReport;
import org.dragoman.ingest.SourceFiles;
import org.dragoman.ingest.SourceProblem;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.Article;
import org.dragoman.search.ArticleSearcher;
import org.dragoman.search.SearchHit;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;

/**
 * A Dragoman archive: the one place that holds every article read, indexed for search in each
 * language. An archive is a directory; open it, ingest files and folders, search, show.
 *
 * <pre>{@code
 * try (Archive archive = Archive.open(Path.of("archive"))) {
 *   IngestReport report = archive.ingest(List.of(Path.of("articles")));
 *   SearchResult found = archive.search(SearchRequest.of("سفارة"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: one archive can be shared by threads that search while another ingests, and
 * searches see newly ingested articles as soon as {@link #ingest} returns. Only one process may
 * have an archive open for writing; any number may open it with {@link #openReadOnly}.
 */
@Slf4j
public final class Archive implements Closeable {

  /** Articles written between two commits; a crash loses at most this much work. */
  static final int COMMIT_EVERY = 100;

  private final ArchiveStore store;
  private final ArticleSearcher searcher;

  private Archive(ArchiveStore store) {
    this.store = store;
    this.searcher = new ArticleSearcher(store, this::entityResolver);
  }

  private org.dragoman.search.EntityResolver entityResolver() {
    EntityCatalogue catalogue;
    try {
      catalogue = entities();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new org.dragoman.search.EntityResolver() {
      @Override
      public java.util.Collection<String> terms(String id) {
        return catalogue.get(id).map(EntityCatalogue.Entity::terms).orElse(List.of());
      }

      @Override
      public String entityOfTerm(String term) {
        return catalogue.entityOfTerm(term);
      }
    };
  }

  /** Opens the archive at {@code dir} for reading and writing, creating it if needed. */
  public static Archive open(Path dir) throws IOException {
    return new Archive(ArchiveStore.open(dir, true, LanguagePacks.installed()));
  }

  /**
   * Opens an existing archive for reading only. Searches see what writers have committed, up to
   * the moment of each search.
   */
  public static Archive openReadOnly(Path dir) throws IOException {
    return new Archive(ArchiveStore.open(dir, false, LanguagePacks.installed()));
  }

  /** Returns the archive's directory. */
  public Path directory() {
    return store.root();
  }

  /** Ingests files and folders with the default options and no progress listener. */
  public IngestReport ingest(List<Path> paths) throws IOException {
    return ingest(paths, IngestOptions.defaults(), IngestListener.NONE);
  }

  /**
   * Reads every file of {@code paths} (folders recursively) into the archive. A source read
   * before is replaced when its bytes changed and reported unchanged otherwise. Each input that
   * cannot be read becomes a {@link Failure} and the others go on; files inside folders that are
   * not in a format Dragoman reads are counted as skipped.
   */
  public IngestReport ingest(List<Path> paths, IngestOptions options, IngestListener listener)
      throws IOException {
    ArticleReader reader = ArticleReader.create(options);
    SourceFiles.Found found = SourceFiles.expand(paths);
    List<Failure> failures = new ArrayList<>(found.failures());
    List<IngestReport.Entry> entries = new ArrayList<>();
    int[] counts = new int[IngestReport.Status.values().length];
    long total = 0;
    for (SourceFiles.Candidate c : found.files()) {
      total += sizeOf(c.path());
    }
    listener.started(found.files().size(), total);
    int sinceCommit = 0;
    for (SourceFiles.Candidate c : found.files()) {
      IngestReport.Status status;
      String source = c.path().toString();
      long size = sizeOf(c.path());
      try {
        status = ingestOne(reader, c, entries);
      } catch (SourceProblem e) {
        log.debug("Cannot ingest {}", source, e);
        failures.add(new Failure(source, e.getMessage()));
        status = IngestReport.Status.FAILED;
      }
      counts[status.ordinal()]++;
      if (status == IngestReport.Status.ADDED || status == IngestReport.Status.UPDATED) {
        if (++sinceCommit >= COMMIT_EVERY) {
          store.commit();
          sinceCommit = 0;
        }
      }
      listener.finished(source, size, status);
    }
    store.commit();
    if (counts[IngestReport.Status.ADDED.ordinal()] + counts[IngestReport.Status.UPDATED.ordinal()] > 0
        || !Files.exists(cataloguePath())) {
      rebuildEntities();
    }
    counts[IngestReport.Status.FAILED.ordinal()] += found.failures().size();
    return new IngestReport(
        counts[IngestReport.Status.ADDED.ordinal()],
        counts[IngestReport.Status.UPDATED.ordinal()],
        counts[IngestReport.Status.UNCHANGED.ordinal()],
        counts[IngestReport.Status.FAILED.ordinal()],
        counts[IngestReport.Status.SKIPPED.ordinal()],
        entries,
        failures);
  }

  private IngestReport.Status ingestOne(ArticleReader reader, SourceFiles.Candidate c,
      List<IngestReport.Entry> entries) throws SourceProblem, IOException {
    byte[] bytes = reader.bytes(c.path());
    String name = c.path().getFileName().toString();
    String mediaType = ArticleReader.detectType(bytes, name);
    if (!c.named() && !ArticleReader.isSupported(mediaType, name)) {
      return IngestReport.Status.SKIPPED;
    }
    String id = ArticleReader.idFor(c.path());
    Optional<ArchiveStore.Version> before = store.version(id);
    if (before.isPresent()
        && before.get().pipeline() == ArticleReader.PIPELINE_VERSION
        && before.get().hash().equals(ArticleReader.sha256(bytes))) {
      Article old = store.article(id).orElseThrow();
      entries.add(entry(old, IngestReport.Status.UNCHANGED));
      return IngestReport.Status.UNCHANGED;
    }
    Article a = reader.read(c.path().toString(), c.path().toRealPath().toUri().toString(), name,
        bytes, mediaType);
    putWithMentions(a);
    IngestReport.Status status =
        before.isPresent() ? IngestReport.Status.UPDATED : IngestReport.Status.ADDED;
    entries.add(entry(a, status));
    return status;
  }


  private static IngestReport.Entry entry(Article a, IngestReport.Status status) {
    return new IngestReport.Entry(a.id(), a.source(), a.language(), a.title(), a.published(),
        status);
  }

  private static long sizeOf(Path p) {
    try {
      return java.nio.file.Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Adds or replaces one article read elsewhere, such as from {@link ArticleReader}. */
  public void put(Article article) throws IOException {
    putWithMentions(article);
    store.refresh();
  }

  private void putWithMentions(Article a) throws IOException {
    store.put(a, ArticleReader.PIPELINE_VERSION, DocumentAnchors.of(a, LanguagePacks.installed()),
        Annotator.mentions(a, DatePreference.PAST));
  }

  /** Adds or replaces many articles read elsewhere, then commits once. */
  public void putAll(List<Article> articles) throws IOException {
    for (Article a : articles) {
      putWithMentions(a);
    }
    store.commit();
    rebuildEntities();
  }

  /** Makes every article put so far durable. */
  public void commit() throws IOException {
    store.commit();
  }

  /**
   * Groups the archive's articles into translation groups (see {@link DocumentPairer}), keeping
   * editors' pins and forbids, and stores the groups in the archive.
   */
  public DocumentPairer.Result align() throws IOException {
    PairingFiles files = new PairingFiles(store.root());
    DocumentPairer.Result result = new DocumentPairer().pair(store, files.decisions());
    files.writeGroups(result.groups());
    return result;
  }

  /**
   * Pairs the archive ({@link #align}), then aligns the sentences of every group so that the
   * archive learns its word lexicons from all its pairs (see {@link #lexicon}).
   */
  public DocumentPairer.Result alignAndLearn() throws IOException {
    DocumentPairer.Result result = align();
    List<Bitext> bitexts = bitexts();
    if (store.writable()) {
      NameProjection.store(store, bitexts);
      rebuildEntities();
    }
    return result;
  }

  // ------------------------------------------------------------------ entities

  private Path cataloguePath() {
    return store.root().resolve("entities").resolve("catalogue.json");
  }

  private Path editsPath() {
    return store.root().resolve("entities").resolve("edits.json");
  }

  private volatile EntityCatalogue catalogue;
  private volatile String catalogueStamp;

  /**
   * Returns the archive's entity catalogue (empty before the first ingest). It is read again
   * only when its file changed, so searches do not re-read it.
   */
  public EntityCatalogue entities() throws IOException {
    Path file = cataloguePath();
    String stamp = stamp(file);
    if (catalogue == null || !stamp.equals(catalogueStamp)) {
      catalogue = EntityCatalogue.read(file);
      catalogueStamp = stamp;
    }
    return catalogue;
  }

  private static String stamp(Path file) throws IOException {
    return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file) : "none";
  }

  /**
   * Rebuilds the entity catalogue from every article's name mentions and the editors' edits.
   * Ingest and {@link #alignAndLearn} call it; call it after {@link #putAll} batches of your own.
   */
  public EntityCatalogue rebuildEntities() throws IOException {
    if (!store.writable()) {
      return entities();
    }
    List<EntityCatalogue.Occurrence> occurrences = new ArrayList<>();
    store.forEachMentions((id, language, mentions) -> {
      for (Mention m : mentions) {
        if (m.type().isEntity()) {
          occurrences.add(new EntityCatalogue.Occurrence(id, language, m));
        }
      }
    });
    EntityCatalogue built = EntityCatalogue.build(occurrences, EntityCatalogue.readEdits(editsPath()));
    built.write(cataloguePath());
    catalogue = built;
    catalogueStamp = stamp(cataloguePath());
    return built;
  }

  /**
   * Records an editor's decision about entities and rebuilds the catalogue; the decision is kept
   * and applied again after every later ingest.
   *
   * @throws IllegalArgumentException naming the id when an entity the edit needs does not exist
   */
  public EntityCatalogue editEntities(EntityCatalogue.Edit edit) throws IOException {
    EntityCatalogue current = entities();
    List<String> needed = new ArrayList<>(edit.ids());
    if (edit.op().equals("alias")) {
      needed.add(edit.into());
    }
    for (String id : needed) {
      if (current.get(id).isEmpty()) {
        throw new IllegalArgumentException("No entity '" + id + "' in the catalogue of " + store.root());
      }
    }
    List<EntityCatalogue.Edit> edits = new ArrayList<>(EntityCatalogue.readEdits(editsPath()));
    edits.add(edit);
    EntityCatalogue.writeEdits(editsPath(), edits);
    return rebuildEntities();
  }

  /** Applies a catalogue an editor exported and changed: every label is its entity's name. */
  public EntityCatalogue importEntities(Path file) throws IOException {
    List<EntityCatalogue.Edit> edits = new ArrayList<>(EntityCatalogue.readEdits(editsPath()));
    edits.addAll(EntityCatalogue.editsFromExport(file));
    EntityCatalogue.writeEdits(editsPath(), edits);
    return rebuildEntities();
  }

  /** Returns the stored mentions of article {@code id}, in order. */
  public List<Mention> mentions(String id) throws IOException {
    return store.stored(id).map(ArchiveStore.Stored::mentions).orElse(List.of());
  }

  /** Returns the translation groups of the last {@link #align} run. */
  public List<TranslationGroup> groups() throws IOException {
    return new PairingFiles(store.root()).groups();
  }

  /**
   * Aligns the sentences of every pair of articles in every translation group. For each pair of
   * languages, the word lexicon is learned from all the archive's pairs in those languages, so
   * alignment improves as the archive grows. English is the source side when present, otherwise
   * the language that sorts first.
   */
  public List<Bitext> bitexts() throws IOException {
    Map<List<String>, List<Article[]>> byLanguages = new java.util.TreeMap<>(
        java.util.Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
    for (TranslationGroup g : groups()) {
      List<Article> articles = new ArrayList<>();
      for (String id : g.articles()) {
        store.article(id).ifPresent(articles::add);
      }
      for (int i = 0; i < articles.size(); i++) {
        for (int j = i + 1; j < articles.size(); j++) {
          Article a = articles.get(i);
          Article b = articles.get(j);
          boolean aFirst = a.language().equals("en")
              || !b.language().equals("en") && a.language().compareTo(b.language()) <= 0;
          Article[] pair = aFirst ? new Article[] {a, b} : new Article[] {b, a};
          byLanguages.computeIfAbsent(List.of(pair[0].language(), pair[1].language()),
              k -> new ArrayList<>()).add(pair);
        }
      }
    }
    List<Bitext> out = new ArrayList<>();
    PairingFiles files = new PairingFiles(store.root());
    for (var e : byLanguages.entrySet()) {
      List<SentenceAligner.Pair> pairs = new ArrayList<>();
      for (Article[] p : e.getValue()) {
        pairs.add(Bitext.pair(p[0], p[1]));
      }
      SentenceAligner.Aligned aligned =
          SentenceAligner.create(e.getKey().get(0), e.getKey().get(1)).alignCollection(pairs);
      List<List<SentenceLink>> links = aligned.links();
      if (store.writable()) {
        files.writeLexicon(e.getKey().get(0), e.getKey().get(1), aligned.lexicon());
      }
      for (int k = 0; k < pairs.size(); k++) {
        out.add(new Bitext(e.getValue().get(k)[0], e.getValue().get(k)[1], links.get(k)));
      }
    }
    return out;
  }

  /**
   * Returns the word lexicon the archive learned for {@code source}→{@code target} at its last
   * {@link #bitexts} run in a writable archive, or an empty one.
   */
  public Lexicon lexicon(String source, String target) throws IOException {
    PairingFiles files = new PairingFiles(store.root());
    Lexicon direct = files.lexicon(source, target);
    return direct.size() > 0 ? direct : files.lexicon(target, source).reversed();
  }

  /** Pins articles {@code a} and {@code b} into one group for every later {@link #align}. */
  public void pin(String a, String b) throws IOException {
    requireArticles(a, b);
    PairingFiles files = new PairingFiles(store.root());
    files.writeDecisions(files.decisions().pin(a, b));
  }

  /** Forbids articles {@code a} and {@code b} from one group in every later {@link #align}. */
  public void forbid(String a, String b) throws IOException {
    requireArticles(a, b);
    PairingFiles files = new PairingFiles(store.root());
    files.writeDecisions(files.decisions().forbid(a, b));
  }

  private void requireArticles(String... ids) throws IOException {
    for (String id : ids) {
      if (store.article(id).isEmpty()) {
        throw new IllegalArgumentException("No article with id " + id + " in " + store.root());
      }
    }
  }

  /**
   * Searches the archive.
   *
   * @throws IllegalArgumentException when the query does not parse
   */
  public SearchResult search(SearchRequest request) throws IOException {
    SearchResult found = searcher.search(request);
    List<TranslationGroup> groups = groups();
    if (groups.isEmpty()) {
      return found;
    }
    Map<String, TranslationGroup> groupOf = new java.util.HashMap<>();
    for (TranslationGroup g : groups) {
      for (String id : g.articles()) {
        groupOf.put(id, g);
      }
    }
    List<SearchHit> hits = new ArrayList<>();
    for (SearchHit h : found.hits()) {
      TranslationGroup g = groupOf.get(h.id());
      List<SearchHit.Translation> others = new ArrayList<>();
      if (g != null) {
        for (String id : g.articles()) {
          if (!id.equals(h.id())) {
            Optional<Article> a = store.article(id);
            a.ifPresent(x -> others.add(
                new SearchHit.Translation(x.id(), x.language(), x.displayTitle())));
          }
        }
      }
      hits.add(h.withTranslations(others));
    }
    return new SearchResult(found.total(), hits, found.facets());
  }

  /** Returns the article with {@code id}, if the archive holds it. */
  public Optional<Article> article(String id) throws IOException {
    return store.article(id);
  }

  /** Returns counts by language, format and year, and the size on disk. */
  public ArchiveStats stats() throws IOException {
    return store.withSearcher(s -> {
      FacetsCollector fc = s.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      Map<String, Map<String, Long>> dims = FacetCounts.of(s.getIndexReader(), fc,
          List.of(Schema.LANGUAGE, Schema.FORMAT, Schema.YEAR));
      try {
        return new ArchiveStats(s.getIndexReader().numDocs(), dims.get(Schema.LANGUAGE),
            dims.get(Schema.FORMAT), dims.get(Schema.YEAR), store.sizeOnDisk());
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    });
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
