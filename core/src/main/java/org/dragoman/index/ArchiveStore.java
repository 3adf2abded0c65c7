package org.dragoman.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;

/**
 * Where an archive's articles live and are searched: one document per article, laid out by
 * {@link Schema}, written by {@link #put}, made durable by {@link #commit}, searched with the
 * Lucene queries that the search and alignment packages build. The archive's other files (groups,
 * editors' decisions, catalogue, memory) live in its folder beside it.
 *
 * <p>Two backends: the embedded Lucene index in the archive's folder (the default), and any
 * other an {@link IndexBackend} provides (the {@code dragoman-opensearch} module's cluster
 * store), which the archive's format file names. Both analyse with the same language packs and
 * rank with the same queries, so that an archive answers alike on either.
 *
 * <p>Implementations are thread-safe.
 */
public interface ArchiveStore extends Closeable {

  /**
   * Opens the archive at {@code root} on the backend its format file names (the embedded index
   * when it names none).
   *
   * @param writable whether to open for writing (creating the archive if the directory is
   *     missing or empty); a read-only store can be opened while another process writes
   */
  static ArchiveStore open(Path root, boolean writable, LanguagePacks packs) throws IOException {
    return open(root, writable, packs, null);
  }

  /**
   * Opens or creates the archive at {@code root}; a new archive is made on {@code backend}
   * (embedded when null), and an existing one must be on it.
   *
   * @param backend the backend and its settings ({@code url}, {@code index}…), or null for
   *     whatever the archive records
   * @throws IllegalStateException when the archive is on another backend than {@code backend}
   */
  static ArchiveStore open(Path root, boolean writable, LanguagePacks packs,
      BackendSettings backend) throws IOException {
    // a folder for an archive that lives in a cluster is made even to read it: on a new machine,
    // it receives the archive's other files from the cluster
    boolean create = writable || backend != null && !backend.name().equals(BackendSettings.EMBEDDED);
    // a new archive records its backend's settings with their defaults (its index…), so that a
    // later run naming another one is refused rather than opening another archive
    BackendSettings toRecord = backend == null || backend.name().equals(BackendSettings.EMBEDDED)
        ? backend : IndexBackend.named(backend.name()).complete(backend);
    boolean existed = java.nio.file.Files.isRegularFile(root.resolve(ArchiveFormat.FILE));
    BackendSettings recorded = ArchiveFormat.checkOrCreate(root, create, toRecord);
    BackendSettings use = backend == null ? recorded : recorded.overriddenBy(backend);
    if (use.name().equals(BackendSettings.EMBEDDED)) {
      return LuceneStore.open(root, writable, packs);
    }
    try {
      return IndexBackend.named(use.name()).open(root, use, writable, packs);
    } catch (IOException | RuntimeException e) {
      if (!existed) {
        // a folder made for this open only (a mistyped index, a cluster not there): not kept,
        // so that the next open with the right settings makes it anew
        ArchiveFormat.forget(root);
      }
      throw e;
    }
  }

  /** Returns the archive's directory (its side files, and the embedded index). */
  Path root();

  /** Returns the name of the backend: {@code embedded}, {@code opensearch}… */
  String backend();

  /** Returns the analyzer of every field of the schema. */
  SchemaAnalyzer analyzer();

  /** Returns whether this store can write. */
  boolean writable();

  /**
   * What the archive holds for one id, to decide whether a source must be read again.
   *
   * @param hash SHA-256 of the source bytes last read
   * @param pipeline the reading pipeline version that read them
   */
  record Version(String hash, int pipeline) {}

  /** Returns the stored version of article {@code id}, if the archive has it. */
  Optional<Version> version(String id) throws IOException;

  /**
   * The few facts about an article that lists show.
   *
   * @param id its id
   * @param language its language
   * @param source where it was read from
   * @param title the title it is shown with (its first sentence when it has none)
   */
  record Brief(String id, String language, String source, String title) {}

  /** Returns the id, language, source and title of article {@code id}, without its text. */
  Optional<Brief> brief(String id) throws IOException;

  /** Returns article {@code id}, if the archive has it. */
  Optional<Article> article(String id) throws IOException;

  /**
   * Adds {@code article}, or replaces the article with its id.
   *
   * @param anchors its language-independent anchors, indexed to find its translations
   */
  default void put(Article article, int pipeline, Collection<String> anchors)
      throws IOException {
    put(article, pipeline, anchors, List.of());
  }

  /** Adds or replaces an article with its anchors and mentions. */
  void put(Article article, int pipeline, Collection<String> anchors, List<Mention> mentions)
      throws IOException;

  /** An article's stored anchors, pipeline and mentions, for re-indexing it with new mentions. */
  record Stored(Article article, int pipeline, List<String> anchors, List<Mention> mentions) {}

  /** Returns what the archive stores about article {@code id}. */
  Optional<Stored> stored(String id) throws IOException;

  /**
   * Does some of the work of the next {@link #commit} on the calling thread, so that several
   * threads can share it; false when there was none waiting.
   */
  boolean flushOne() throws IOException;

  /** Makes everything put so far durable, and visible to searches. */
  void commit() throws IOException;

  /**
   * A token of the last commit, different at every commit: side files derived from the index
   * record it, and one whose token is not the index's is behind it (a run killed in between).
   */
  String stamp() throws IOException;

  /** The version of what searches see now: it changes whenever what a search can find changes. */
  long version() throws IOException;

  /** Makes what was put visible to this process's searches without a commit. */
  void refresh() throws IOException;

  /** Questions about every article at once. */
  ArchiveScans scans();

  /** Returns the bytes the archive takes (its folder, and its index wherever it lives). */
  long sizeOnDisk() throws IOException;

  /** Runs a search: its page of hits with their stored documents and snippets, and its facets. */
  StoreHits search(StoreSearch search) throws IOException;

  /** An article id and its score in a search. */
  record ScoredId(String id, float score) {}

  /** The ids of the {@code n} best hits of {@code query}, best first. */
  List<ScoredId> top(Query query, int n) throws IOException;

  /**
   * What pairing weighs of an article.
   *
   * @param length its text's length in characters
   * @param published its publication date, or null
   * @param anchors its language-independent anchors
   */
  record Facts(String id, String language, int length, LocalDate published, Set<String> anchors) {}

  /** Returns the pairing facts of article {@code id}, if the archive has it. */
  Optional<Facts> facts(String id) throws IOException;

  /** How many articles hold each of {@code anchors} (0 for one none holds). */
  Map<String, Integer> anchorFrequencies(Collection<String> anchors) throws IOException;
}
