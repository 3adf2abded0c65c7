package org.dragoman;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dragoman.align.Bitext;
import org.dragoman.align.EditorDecisions;
import org.dragoman.index.ArchiveStore;
import org.dragoman.model.Article;
import org.dragoman.model.SentenceLink;
import org.dragoman.model.TranslationGroup;
import org.dragoman.translate.TmMatch;
import org.dragoman.translate.TmUnit;
import org.dragoman.translate.TmxReader;
import org.dragoman.translate.TranslationMemory;
import org.dragoman.translate.TranslationRecords;

/**
 * The archive's translation work: its memory (the aligned sentence pairs of its groups, both
 * ways, and the TMX files imported into it), the record of how each translation was made, and
 * from these what still needs translating.
 *
 * <p>The memory follows the groups: {@link #sync} adds the links of pairs new or read again
 * (keyed by both articles' content hashes) and drops those of pairs that are gone. Only links
 * the aligner is reasonably sure of ({@value #MIN_CONFIDENCE} or more) become units.
 */
final class ArchiveTranslations {
  /** The least confidence of a sentence link that the memory takes. */
  static final double MIN_CONFIDENCE = 0.5;
  private static final String PAIR = "pair ";

  private final ArchiveStore store;
  private final ArchiveAlignment alignment;
  private TranslationMemory memory;

  ArchiveTranslations(ArchiveStore store, ArchiveAlignment alignment) {
    this.store = store;
    this.alignment = alignment;
  }

  synchronized TranslationMemory memory() throws IOException {
    if (memory != null && memory.absent() && java.nio.file.Files.isDirectory(memoryDir())) {
      memory.close(); // a reader opened before the memory existed
      memory = null;
    }
    if (memory == null) {
      memory = TranslationMemory.open(memoryDir(), store.writable());
    }
    return memory;
  }

  private Path memoryDir() {
    return store.root().resolve("memory");
  }

  /** What {@link #sync} did. */
  record Synced(int pairsAdded, int pairsDropped, int units, int recorded) {}

  /**
   * The memory key of each current pair of the groups (source first): both articles' content
   * hashes, and the source's hash when the translation was made (so a translation that becomes
   * stale, or fresh again, is taken again).
   */
  private Map<String, String[]> pairKeys(TranslationRecords records, Map<String, String> sources)
      throws IOException {
    Map<String, String[]> out = new TreeMap<>();
    Map<String, String> hash = new HashMap<>();
    Map<String, String> language = new HashMap<>();
    for (List<String> p : alignment.pairs()) {
      String a = p.get(0);
      String b = p.get(1);
      if (!facts(a, hash, language) || !facts(b, hash, language)
          || language.get(a).equals(language.get(b))) {
        continue;
      }
      String[] st = sourceFirst(a, b, language);
      out.put(pairKey(st[0], st[1], hash.get(st[0]), hash.get(st[1]), records, sources), st);
    }
    return out;
  }

  private static String pairKey(String first, String second, String firstHash, String secondHash,
      TranslationRecords records, Map<String, String> sources) {
    TranslationRecords.Made m = first.equals(sources.get(second)) ? records.get(first, second)
        : second.equals(sources.get(first)) ? records.get(second, first) : null;
    return PAIR + first + " " + second + " " + firstHash.substring(0, 12) + " "
        + secondHash.substring(0, 12)
        + (m == null ? "" : " " + m.sourceHash().substring(0, Math.min(12, m.sourceHash().length())));
  }

  /**
   * Takes the pairs {@code alignAndLearn} aligns as they come, so that {@link #sync} need not
   * align them again: their records and memory units are made from the same links. Not
   * thread-safe: one run's.
   */
  final class Fresh implements ArchiveAlignment.BitextVisitor {
    private TranslationRecords records;
    private Map<String, String> sources;
    private final Set<String> added = new HashSet<>();

    @Override
    public void visit(Bitext b) throws IOException {
      if (!store.writable() || b.source().language().equals(b.target().language())) {
        return;
      }
      if (records == null) { // the groups are stored before the first pair is aligned
        records = TranslationRecords.read(store.root());
        sources = groupSources(records);
      }
      record(b, records, sources);
      String key = pairKey(b.source().id(), b.target().id(), b.source().contentHash(),
          b.target().contentHash(), records, sources);
      if (added.add(key)) {
        TranslationMemory tm = memory();
        tm.deleteKey(key);
        tm.mark(key);
        tm.put(units(key, b, changedSince(b, sources, records)));
      }
    }
  }

  /** A run's taker of freshly aligned pairs. */
  Fresh fresh() {
    return new Fresh();
  }

  /** Records how {@code b}'s translation was made when it is seen first or changed. */
  private boolean record(Bitext b, TranslationRecords records, Map<String, String> sources) {
    Bitext oriented = b.source().id().equals(sources.get(b.target().id())) ? b
        : b.target().id().equals(sources.get(b.source().id())) ? b.reversed() : null;
    if (oriented == null) {
      return false;
    }
    TranslationRecords.Made m = records.get(oriented.source().id(), oriented.target().id());
    if (m != null && m.targetHash().equals(oriented.target().contentHash())) {
      return false;
    }
    records.put(TranslationRecords.record(oriented.source(), oriented.target(),
        oriented.links(), "aligned", null));
    return true;
  }

  private boolean facts(String id, Map<String, String> hash, Map<String, String> language)
      throws IOException {
    if (hash.containsKey(id)) {
      return true;
    }
    Optional<ArchiveStore.Version> v = store.version(id);
    Optional<ArchiveStore.Brief> b = store.brief(id);
    if (v.isEmpty() || b.isEmpty() || v.get().hash() == null) {
      return false;
    }
    hash.put(id, v.get().hash());
    language.put(id, b.get().language());
    return true;
  }

  private static String[] sourceFirst(String a, String b, Map<String, String> language) {
    String la = language.get(a);
    String lb = language.get(b);
    return ArticlePairs.sourceSide(la, lb) ? new String[] {a, b} : new String[] {b, a};
  }

  /**
   * A token of what the memory follows: the index's last commit, the groups and the records. The
   * sync writes it beside the memory; when it is the same, the memory is not behind.
   */
  private String followed() throws IOException {
    Path alignmentDir = store.root().resolve("alignment");
    StringBuilder b = new StringBuilder(store.stamp());
    for (String f : List.of("groups.json", "translations.json")) {
      Path p = alignmentDir.resolve(f);
      b.append(' ').append(org.dragoman.io.FileStamp.of(p));
    }
    return b.toString();
  }

  private Path followedFile() {
    return memoryDir().resolve("dragoman-followed");
  }

  /** Whether the memory lacks the links of some pair of the groups, or holds a gone one. */
  boolean memoryBehind() throws IOException {
    Path f = followedFile();
    if (java.nio.file.Files.isRegularFile(f)
        && java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8).equals(followed())) {
      return false; // nothing changed since the last sync: no need to compare every pair
    }
    Set<String> present = new HashSet<>();
    memory().keys().stream().filter(k -> k.startsWith(PAIR)).forEach(present::add);
    TranslationRecords records = TranslationRecords.read(store.root());
    return !present.equals(pairKeys(records, groupSources(records)).keySet());
  }

  /**
   * Brings the memory and the translation records up to the groups: the links of pairs new or
   * read again are added, those of pairs gone are dropped; a translation seen for the first time,
   * or changed, is recorded as made from its source as it is now.
   */
  Synced sync(int maxSentences, Fresh fresh) throws IOException {
    TranslationMemory tm = memory();
    TranslationRecords records = fresh != null && fresh.records != null ? fresh.records
        : TranslationRecords.read(store.root());
    Map<String, String> sources = groupSources(records);
    Set<String> added = fresh == null ? Set.of() : fresh.added;
    // 1. the translations to record: seen for the first time, or changed themselves
    Set<String> keepRecords = new HashSet<>();
    Set<List<String>> toRecord = new LinkedHashSet<>();
    for (List<String> p : alignment.pairs()) {
      String source = p.get(0).equals(sources.get(p.get(1))) ? p.get(0)
          : p.get(1).equals(sources.get(p.get(0))) ? p.get(1) : null;
      if (source == null) {
        continue;
      }
      String target = source.equals(p.get(0)) ? p.get(1) : p.get(0);
      keepRecords.add(TranslationRecords.key(source, target));
      TranslationRecords.Made m = records.get(source, target);
      String targetHash = store.version(target).map(ArchiveStore.Version::hash).orElse(null);
      if (m == null || !m.targetHash().equals(targetHash)) {
        toRecord.add(p);
      }
    }
    Map<List<String>, Bitext> aligned = new HashMap<>(); // kept for step 2, a chunk's worth
    forEachBitext(toRecord, maxSentences, b -> {
      record(b, records, sources);
      if (aligned.size() < ArchiveAlignment.CHUNK) {
        aligned.put(EditorDecisions.pair(b.source().id(), b.target().id()), b);
      }
    });
    records.retain(keepRecords::contains);
    // 2. the memory: the links of pairs new, read again, or whose record changed
    Map<String, String[]> wanted = pairKeys(records, sources);
    Set<String> present = new HashSet<>(added);
    tm.keys().stream().filter(k -> k.startsWith(PAIR)).forEach(present::add);
    int dropped = 0;
    for (String k : present) {
      if (!wanted.containsKey(k)) {
        tm.deleteKey(k);
        dropped++;
      }
    }
    Map<List<String>, String> keyOf = new HashMap<>();
    Set<List<String>> todo = new LinkedHashSet<>();
    for (var e : wanted.entrySet()) {
      if (!present.contains(e.getKey())) {
        List<String> sorted = EditorDecisions.pair(e.getValue()[0], e.getValue()[1]);
        keyOf.put(sorted, e.getKey());
        if (!aligned.containsKey(sorted)) {
          todo.add(sorted);
        }
      }
    }
    int[] units = {0};
    ArchiveAlignment.BitextVisitor add = b -> {
      String key = keyOf.get(EditorDecisions.pair(b.source().id(), b.target().id()));
      List<TmUnit> made = units(key, b, changedSince(b, sources, records));
      tm.put(made);
      units[0] += made.size();
    };
    for (String key : keyOf.values()) {
      tm.mark(key); // synced, even when no link is sure enough or the pair is too long to align
    }
    for (var e : aligned.entrySet()) {
      if (keyOf.containsKey(e.getKey())) {
        add.visit(e.getValue());
      }
    }
    forEachBitext(todo, maxSentences, add);
    tm.commit();
    records.write();
    org.dragoman.io.AtomicFiles.write(followedFile(),
        followed().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return new Synced(keyOf.size(), dropped, units[0], toRecord.size());
  }

  /** The bitexts of {@code pairs}, aligned {@link ArchiveAlignment#CHUNK} at a time. */
  private void forEachBitext(Set<List<String>> pairs, int maxSentences,
      ArchiveAlignment.BitextVisitor visit) throws IOException {
    List<List<String>> all = new ArrayList<>(pairs);
    for (int from = 0; from < all.size(); from += ArchiveAlignment.CHUNK) {
      for (Bitext b : alignment.bitexts(new LinkedHashSet<>(
          all.subList(from, Math.min(all.size(), from + ArchiveAlignment.CHUNK))), maxSentences)) {
        visit.visit(b);
      }
    }
  }

  /**
   * The sentences of {@code b}'s source side that changed after its translation was made (by
   * index): a stale translation does not render them, so they are no memory units.
   */
  private static Skip changedSince(Bitext b, Map<String, String> sources,
      TranslationRecords records) {
    Article source;
    Article target;
    boolean forward = b.source().id().equals(sources.get(b.target().id()));
    if (forward) {
      source = b.source();
      target = b.target();
    } else if (b.target().id().equals(sources.get(b.source().id()))) {
      source = b.target();
      target = b.source();
    } else {
      return Skip.NONE;
    }
    TranslationRecords.Made m = records.get(source.id(), target.id());
    if (m == null || m.sourceHash().equals(source.contentHash())) {
      return Skip.NONE;
    }
    Set<String> then = new HashSet<>(m.sentences());
    Set<Integer> out = new HashSet<>();
    List<String> texts = Bitext.sentences(source);
    for (int i = 0; i < texts.size(); i++) {
      if (!then.contains(TranslationRecords.sentenceHash(texts.get(i)))) {
        out.add(i);
      }
    }
    return new Skip(forward, out);
  }

  /** Sentences of one side of a bitext (its source side when {@code sourceSide}). */
  private record Skip(boolean sourceSide, Set<Integer> indices) {
    static final Skip NONE = new Skip(true, Set.of());

    boolean skips(SentenceLink l) {
      return (sourceSide ? l.source() : l.target()).stream().anyMatch(indices::contains);
    }
  }

  /** Units of the links of {@code b} the aligner is sure enough of, but those of {@code skip}. */
  private static List<TmUnit> units(String key, Bitext b, Skip skip) {
    List<TmUnit> out = new ArrayList<>();
    int k = 0;
    for (SentenceLink l : b.links()) {
      k++;
      if (l.source().isEmpty() || l.target().isEmpty() || l.confidence() < MIN_CONFIDENCE
          || skip.skips(l)) {
        continue;
      }
      String s = b.sourceText(l).strip();
      String t = b.targetText(l).strip();
      if (s.isEmpty() || t.isEmpty()) {
        continue;
      }
      out.add(new TmUnit(key + "#" + k, key, "archive " + b.source().id() + "#" + span(l.source())
          + " ↔ " + b.target().id() + "#" + span(l.target()),
          Map.of(b.source().language(), s, b.target().language(), t)));
    }
    return out;
  }

  private static String span(List<Integer> indices) {
    int first = indices.get(0) + 1;
    int last = indices.get(indices.size() - 1) + 1;
    return first == last ? "s" + first : "s" + first + "-" + last;
  }

  /**
   * For each article of a group that is a translation, the version it translates: the source its
   * import names, for a translation imported from XLIFF (when that source is in the group);
   * otherwise the group's source ({@link #groupSource}).
   */
  Map<String, String> groupSources(TranslationRecords records) throws IOException {
    Map<String, String> imported = importedSources(records);
    Map<String, String> out = new HashMap<>();
    for (TranslationGroup g : alignment.groups()) {
      String source = groupSource(g, imported.keySet());
      for (String id : g.articles()) {
        if (!id.equals(source)) {
          String own = imported.get(id);
          out.put(id, own != null && g.articles().contains(own) ? own : source);
        }
      }
    }
    return out;
  }

  static Map<String, String> importedSources(TranslationRecords records) {
    Map<String, String> out = new HashMap<>();
    for (var m : records.all().values()) {
      if ("imported".equals(m.how())) {
        out.put(m.target(), m.source());
      }
    }
    return out;
  }

  /**
   * The version a group's others translate: among those not imported from XLIFF, the English
   * one, else the earliest published, else the first by language tag.
   */
  String groupSource(TranslationGroup g, Set<String> imported) throws IOException {
    List<String> candidates = g.articles().stream().filter(id -> !imported.contains(id)).toList();
    if (candidates.isEmpty()) {
      candidates = g.articles();
    }
    for (String id : candidates) {
      if (store.brief(id).map(b -> b.language().equals("en")).orElse(false)) {
        return id; // the English version, read without the text
      }
    }
    String best = null;
    String bestLanguage = null;
    LocalDate bestDate = null;
    for (String id : candidates) {
      Optional<Article> a = store.article(id);
      if (a.isEmpty()) {
        continue;
      }
      String l = a.get().language();
      LocalDate d = a.get().published();
      boolean better = best == null
          || d != null && (bestDate == null || d.isBefore(bestDate))
          || java.util.Objects.equals(d, bestDate) && l.compareTo(bestLanguage) < 0;
      if (better) {
        best = id;
        bestLanguage = l;
        bestDate = d;
      }
    }
    return best == null ? candidates.get(0) : best;
  }

  /** Imports a TMX file into the memory, replacing what an earlier import of it brought. */
  TmxReader.Read importTmx(Path file) throws IOException {
    String key = "tmx " + file.toAbsolutePath().normalize();
    TmxReader.Read read = TmxReader.read(file, key);
    synchronized (this) {
      TranslationMemory tm = memory();
      try {
        tm.deleteKey(key);
        tm.put(read.units());
        tm.commit();
      } catch (IOException | RuntimeException e) {
        memory = null;
        tm.rollback(); // nothing of the file, and the units it replaced kept
        throw e;
      }
    }
    return read;
  }

  /** Memory lookup (see {@link TranslationMemory#lookup}). */
  List<TmMatch> lookup(String text, String from, String to, int min, int limit)
      throws IOException {
    return memory().lookup(text, from, to, min, limit, Set.of());
  }

  synchronized void close() throws IOException {
    if (memory != null) {
      memory.close();
      memory = null;
    }
  }
}
