package org.dragoman;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dragoman.align.Bitext;
import org.dragoman.align.DocumentPairer;
import org.dragoman.align.Lexicon;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.entity.EntityImport;
import org.dragoman.index.ArchiveStore;
import org.dragoman.index.BackendSettings;
import org.dragoman.ingest.ArticleReader;
import org.dragoman.ingest.Failure;
import org.dragoman.ingest.IngestListener;
import org.dragoman.ingest.IngestOptions;
import org.dragoman.ingest.IngestPipeline;
import org.dragoman.ingest.IngestReport;
import org.dragoman.ingest.StageClock;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import org.dragoman.model.TranslationGroup;
import org.dragoman.search.ArticleSearcher;
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
 * <p>The facade of the library: reading goes to the {@link IngestPipeline}, translations to the
 * archive's alignment, entities to its ledger, search to the {@link ArticleSearcher}.
 *
 * <p>Thread-safe: one archive can be shared by threads that search while another ingests, and
 * searches see newly ingested articles as soon as {@link #ingest} returns. Only one process may
 * have an embedded archive open for writing (any number on a cluster); any number may open it
 * with {@link #openReadOnly}.
 */
public final class Archive implements Closeable {
  static {
    org.dragoman.io.QuietLogging.ensure();
  }

  private final ArchiveStore store;
  private final ArchiveEntities entities;
  private final ArchiveAlignment alignment;
  private final ArchiveSearch search;
  private final ArchiveTranslations translations;
  private final ArchiveDrafts drafts;
  private final ArchiveTranslationStatus status;

  private Archive(ArchiveStore store) {
    this.store = store;
    this.entities = new ArchiveEntities(store);
    this.alignment = new ArchiveAlignment(store, entities);
    this.search = new ArchiveSearch(store, entities, alignment);
    this.translations = new ArchiveTranslations(store, alignment);
    this.drafts = new ArchiveDrafts(this, translations);
    this.status = new ArchiveTranslationStatus(store, alignment, translations);
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

  /**
   * Opens the archive at {@code dir} on {@code backend} (null: the one it records), making it
   * there when new; {@link IllegalStateException} when it is on another backend, {@link
   * IllegalArgumentException} for a backend not installed or a wrong setting.
   */
  public static Archive open(Path dir, BackendSettings backend) throws IOException {
    return new Archive(ArchiveStore.open(dir, true, LanguagePacks.installed(), backend));
  }

  /** Opens an existing archive for reading only, on {@code backend} (see {@link #open(Path, BackendSettings)}). */
  public static Archive openReadOnly(Path dir, BackendSettings backend) throws IOException {
    return new Archive(ArchiveStore.open(dir, false, LanguagePacks.installed(), backend));
  }

  /** Returns the name of the backend its articles live on ({@code embedded}, {@code opensearch}). */
  public String backend() {
    return store.backend();
  }

  /** Returns the archive's directory. */
  public Path directory() {
    return store.root();
  }

  // ------------------------------------------------------------------ reading articles

  /** Ingests files and folders with the default options and no progress listener. */
  public IngestReport ingest(List<Path> paths) throws IOException {
    return ingest(paths, IngestOptions.defaults(), IngestListener.NONE);
  }

  /**
   * Reads every file of {@code paths} (folders recursively) into the archive (see {@link
   * IngestPipeline}). A source read before is replaced when its bytes changed and reported
   * unchanged otherwise. Each input that cannot be read becomes a {@link Failure} and the others
   * go on; files inside folders that are not in a format Dragoman reads are reported skipped.
   * The entity catalogue is updated from the articles that changed.
   *
   * @throws IOException when the archive's side files cannot be read, before anything changes
   */
  public IngestReport ingest(List<Path> paths, IngestOptions options, IngestListener listener)
      throws IOException {
    return ingest(paths, options, listener, StageClock.NONE);
  }

  /** As {@link #ingest(List, IngestOptions, IngestListener)}, timing each stage on {@code clock}. */
  public IngestReport ingest(List<Path> paths, IngestOptions options, IngestListener listener,
      StageClock clock) throws IOException {
    entities.checkEdits();
    entities.load(); // rebuilt first if missing or behind the index
    return new IngestPipeline(store, options, clock).run(paths, listener, entities::committed);
  }

  /** Adds or replaces one article read elsewhere, such as from {@link ArticleReader}. */
  public void put(Article article) throws IOException {
    putAll(List.of(article));
  }

  /**
   * Adds or replaces many articles read elsewhere (annotated and indexed on every core), then
   * commits once and updates the entity catalogue in their order.
   */
  public void putAll(List<Article> articles) throws IOException {
    entities.load();
    List<IngestPipeline.Indexed> indexed =
        new IngestPipeline(store, IngestOptions.defaults(), StageClock.NONE).indexAll(articles);
    store.commit();
    entities.committed(indexed);
  }

  /** Returns the article with {@code id}, if the archive holds it. */
  public Optional<Article> article(String id) throws IOException {
    return store.article(id);
  }

  /** Returns the languages of the archive's articles, sorted. */
  public List<String> languages() throws IOException {
    return store.scans().languages();
  }

  /** Returns the ids of every article in the archive, sorted. */
  public List<String> articleIds() throws IOException {
    return store.scans().ids();
  }

  /** Returns the id, language and source of article {@code id}, without reading its text. */
  public Optional<ArchiveStore.Brief> brief(String id) throws IOException {
    return store.brief(id);
  }

  /** Returns article {@code id} with its stored mentions, read once, if the archive has it. */
  public Optional<ArchiveStore.Stored> articleWithMentions(String id) throws IOException {
    return store.stored(id);
  }

  /** Returns the stored mentions of article {@code id}, in order. */
  public List<Mention> mentions(String id) throws IOException {
    return store.stored(id).map(ArchiveStore.Stored::mentions).orElse(List.of());
  }

  // ------------------------------------------------------------------ translations

  /**
   * Groups the archive's articles into translation groups (see {@link DocumentPairer}), keeping
   * editors' pins and forbids, and stores the groups in the archive.
   */
  public DocumentPairer.Result align() throws IOException {
    return alignment.align();
  }

  /**
   * Pairs the archive ({@link #align}), then aligns the sentences of the pairs that are new, so
   * that the archive learns its word lexicons (see {@link #lexicon}) and carries names across;
   * the translation memory and the record of how each translation was made follow.
   */
  public AlignmentRun alignAndLearn() throws IOException {
    return alignAndLearn(ArchiveAlignment.MAX_ALIGN_SENTENCES);
  }

  /**
   * As {@link #alignAndLearn()}; the sentences of articles longer than {@code maxSentences} are
   * not aligned (the run says which, in its notes), so that memory stays bounded.
   */
  public AlignmentRun alignAndLearn(int maxSentences) throws IOException {
    if (maxSentences < 1) {
      throw new IllegalArgumentException("maxSentences must be positive, got " + maxSentences);
    }
    entities.checkEdits();
    entities.load();
    ArchiveTranslations.Fresh fresh = translations.fresh();
    AlignmentRun run = alignment.alignAndLearn(maxSentences, fresh);
    translations.sync(maxSentences, fresh);
    return run;
  }

  /** The translation group article {@code id} is in, if it is in one. */
  public Optional<TranslationGroup> groupOf(String id) throws IOException {
    return Optional.ofNullable(alignment.groupIndex().get(id));
  }

  /** Returns the translation groups of the last {@link #align} run. */
  public List<TranslationGroup> groups() throws IOException {
    return alignment.groups();
  }

  /**
   * Aligns the sentences of every pair of articles in every translation group, with the word
   * lexicon the archive learned for their languages. English is the source side when present,
   * otherwise the language that sorts first.
   */
  public List<Bitext> bitexts() throws IOException {
    return alignment.bitexts();
  }

  /** Receives bitexts one at a time. */
  public interface BitextVisitor {
    /** One pair of articles with their sentence links. */
    void visit(Bitext bitext) throws IOException;
  }

  /**
   * Like {@link #bitexts()}, a few hundred pairs at a time, so that memory does not grow with the
   * archive: pairs come language pair by language pair.
   */
  public void forEachBitext(BitextVisitor visitor) throws IOException {
    alignment.forEachBitext(visitor::visit);
  }

  /**
   * The pairs of articles of every translation group, each as [source id, target id], oriented
   * as {@link #bitexts} orients them, without aligning their sentences.
   */
  public List<List<String>> translationPairs() throws IOException {
    return alignment.orientedPairs();
  }

  /** The language pairs of the archive's translations, as "SOURCE TARGET" tags ("en ar"). */
  public java.util.Set<String> languagePairs() throws IOException {
    return alignment.languagePairs();
  }

  /** Aligns the sentences of the pairs article {@code id} belongs to. */
  public List<Bitext> bitexts(String id) throws IOException {
    return alignment.bitexts(id);
  }

  /**
   * The bitexts of article {@code id} with its translations, each with {@code id} as its source
   * side; only the translation in {@code language} when it is not {@code null}.
   */
  public List<Bitext> bitextsOf(String id, String language) throws IOException {
    List<Bitext> mine = new ArrayList<>();
    for (Bitext b : alignment.bitexts(id)) {
      Bitext oriented = b.source().id().equals(id) ? b
          : b.target().id().equals(id) ? b.reversed() : null;
      if (oriented != null && (language == null || oriented.target().language().equals(language))) {
        mine.add(oriented);
      }
    }
    return mine;
  }

  /**
   * Returns the word lexicon the archive learned for {@code source}→{@code target} at its last
   * {@link #alignAndLearn} run, or an empty one.
   */
  public Lexicon lexicon(String source, String target) throws IOException {
    return alignment.lexicon(source, target);
  }

  /** Pins articles {@code a} and {@code b} into one group for every later {@link #align}. */
  public void pin(String a, String b) throws IOException {
    alignment.pin(a, b);
  }

  /** Forbids articles {@code a} and {@code b} from one group in every later {@link #align}. */
  public void forbid(String a, String b) throws IOException {
    alignment.forbid(a, b);
  }

  /**
   * Reads the side files a change writes to (editors' entity edits, pairing decisions), so that a
   * damaged one stops the change before anything is written.
   */
  void checkSideFiles() throws IOException {
    entities.checkEdits();
    new org.dragoman.align.PairingFiles(store.root()).decisions();
  }

  // ------------------------------------------------------------------ entities

  /** Returns the archive's entity catalogue (empty before the first ingest). */
  public EntityCatalogue entities() throws IOException {
    return entities.catalogue();
  }

  /**
   * Rebuilds the entity catalogue from every article's stored mentions and the editors'
   * decisions. Ingest keeps the catalogue up to date; this is for repairs.
   */
  public EntityCatalogue rebuildEntities() throws IOException {
    return entities.rebuild();
  }

  /**
   * Records an editor's decision about entities; it is kept and applied again whenever the
   * catalogue is rebuilt.
   *
   * @throws IllegalArgumentException naming the id when an entity the edit needs does not exist
   */
  public EntityCatalogue editEntities(EntityCatalogue.Edit edit) throws IOException {
    return entities.edit(edit);
  }

  /**
   * Applies a catalogue an editor exported and changed: every label is its entity's name. Names
   * that are already the entity's are not recorded again (importing the same file twice adds
   * nothing); ids that do not exist are skipped and reported, never stored.
   *
   * @throws IllegalArgumentException naming the file when it is not such a catalogue, or a name
   *     in it is blank or longer than {@link EntityCatalogue.Limits} allow
   */
  public EntityImport importEntities(Path file) throws IOException {
    return entities.importFrom(file);
  }

  // ------------------------------------------------------------------ translation work

  /**
   * What {@link #translationStatus} reports on.
   *
   * @param targets the target languages (empty: every language of the archive)
   * @param missing only groups and articles that lack this language, or null
   * @param staleOnly only those with a stale translation
   * @param since only those whose source or a translation was published or read on this day or
   *     later, or null
   * @param coverage whether to measure how much of each source the memory covers (a memory
   *     lookup per sentence and missing language: the slow part on a large archive)
   */
  public record StatusQuery(List<String> targets, String missing, boolean staleOnly,
      java.time.LocalDate since, boolean coverage) {
    public StatusQuery {
      targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** A query that measures the coverage. */
    public StatusQuery(List<String> targets, String missing, boolean staleOnly,
        java.time.LocalDate since) {
      this(targets, missing, staleOnly, since, true);
    }
  }

  /**
   * For each translation group and each article alone: the target languages present and missing,
   * the stale translations (their source's sentences changed after they were made), and how much
   * of the source the memory already covers in each missing language.
   */
  public org.dragoman.translate.TranslationStatus translationStatus(StatusQuery query)
      throws IOException {
    return status.status(query);
  }

  /**
   * Looks {@code text} up in the archive's translation memory (its aligned sentence pairs in
   * both directions and the TMX files imported into it): matches scoring {@code min} (0–100) or
   * more, best first (see {@link org.dragoman.translate.TranslationMemory#lookup}).
   */
  public List<org.dragoman.translate.TmMatch> memoryLookup(String text, String from, String to,
      int min, int limit) throws IOException {
    return translations.lookup(text, from, to, min, limit);
  }

  /** Whether the memory is behind the translation groups (run {@link #alignAndLearn}). */
  public boolean memoryBehind() throws IOException {
    return translations.memoryBehind();
  }

  /** How many units the translation memory holds. */
  public int memorySize() throws IOException {
    return translations.memory().size();
  }

  /**
   * Imports a TMX file into the memory, each unit with its origin; importing the same file again
   * replaces what it brought.
   *
   * @throws IllegalArgumentException naming the file and the unit when the file cannot be taken
   *     (nothing is imported then)
   */
  public org.dragoman.translate.TmxReader.Read importTmx(Path file) throws IOException {
    return translations.importTmx(file);
  }

  /**
   * Makes a draft of article {@code id} in {@code to}: each sentence with the memory's best match
   * scoring {@code min} or more, else {@code engine}'s translation (none when {@code engine} is
   * null), with the names, dates and numbers of the sentence as notes.
   */
  public org.dragoman.translate.Draft draft(String id, String to,
      org.dragoman.translate.Translator engine, int min) throws IOException {
    return drafts.draft(id, to, engine, min);
  }

  /**
   * Settings of {@link #importTranslation}.
   *
   * @param language the language the file must be in, or null
   * @param force import even with units left untranslated or above {@code maxMachineShare}
   * @param warnMachineShare above this share of unchanged machine words, a warning
   * @param maxMachineShare above this share, the import is refused unless forced
   */
  public record ImportOptions(String language, boolean force, double warnMachineShare,
      double maxMachineShare) {
    /** Warn above 0.85, refuse above 0.95, as Wikimedia's ContentTranslation does. */
    public static ImportOptions defaults() {
      return new ImportOptions(null, false, 0.85, 0.95);
    }
  }

  /**
   * What {@link #importTranslation} did.
   *
   * @param id the new (or replaced) article
   * @param source the article it translates
   * @param language its language
   * @param replaced whether it replaced an earlier import of the same translation
   * @param sentences its sentences (one per unit)
   * @param untranslated the units left out (imported with force)
   * @param machineShare the share of its words left as the machine drafted them
   * @param warnings what the translator should know
   * @param group its translation group
   */
  public record ImportedTranslation(String id, String source, String language, boolean replaced,
      int sentences, List<String> untranslated, double machineShare, List<String> warnings,
      TranslationGroup group) {}

  /**
   * Takes a translated XLIFF file back: it becomes an article of its target language in the
   * group of the article it translates, whose sentence links are the file's units (no guessing),
   * whose sentences join the memory, and whose source's content hash is recorded (so that a later
   * change of the source makes it stale). Every check is made before anything is written.
   *
   * @throws IllegalArgumentException naming the file and the unit when the file cannot be taken
   */
  public ImportedTranslation importTranslation(Path file, ImportOptions options)
      throws IOException {
    return drafts.importTranslation(file, options);
  }

  // ------------------------------------------------------------------ search

  /**
   * Searches the archive; each hit lists its translations.
   *
   * @throws IllegalArgumentException when the request cannot be run, with the reason
   */
  public SearchResult search(SearchRequest request) throws IOException {
    return search.search(request);
  }

  /** Returns counts by language, format and year, and the size on disk. */
  public ArchiveStats stats() throws IOException {
    return search.stats();
  }

  @Override
  public void close() throws IOException {
    try {
      translations.close();
    } finally {
      store.close();
    }
  }
}
