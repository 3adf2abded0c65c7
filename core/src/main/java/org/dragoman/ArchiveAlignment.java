package org.dragoman;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import lombok.extern.slf4j.Slf4j;
import org.dragoman.align.Bitext;
import org.dragoman.align.DocumentPairer;
import org.dragoman.align.EditorDecisions;
import org.dragoman.align.Lexicon;
import org.dragoman.align.PairingFiles;
import org.dragoman.align.SentenceAligner;
import org.dragoman.index.ArchiveStore;
import org.dragoman.io.FileStamp;
import org.dragoman.model.Article;
import org.dragoman.model.TranslationGroup;

/**
 * The archive's translations: translation groups, the word lexicon of each language pair, and
 * the sentence links of each pair of articles in a group, with names carried along them.
 *
 * <p>Work follows what changed: {@link #alignAndLearn} pairs the articles read since the last run
 * (all of them the first time, or when an editor pinned or forbade a pairing) and keeps the other
 * groups; it aligns the sentences of the pairs that are new; and it learns a language pair's
 * lexicon again from a bounded sample of its pairs only when a fifth more pairs have arrived
 * since it last learned. Sentence links are computed when asked for ({@link #bitexts}), with the
 * lexicon the archive learned.
 *
 * <p>Thread-safe for readers; one writer at a time (the archive's write lock).
 */
@Slf4j
final class ArchiveAlignment {

  /** Pairs a lexicon learns from at most. */
  static final int LEARNING_SAMPLE = 2000;

  /** A lexicon is learned again when this share more pairs have arrived since it last was. */
  static final double RELEARN_SHARE = 0.2;

  /**
   * Default of the longest article, in sentences, whose sentences are aligned: the alignment of
   * two texts of this length fits a heap of 512 MB.
   */
  static final int MAX_ALIGN_SENTENCES = 30_000;

  /** The name of that setting, as messages give it. */
  static final String MAX_ALIGN_SENTENCES_SETTING = "maxAlignSentences, align --max-sentences";


  private final ArchiveStore store;
  private final ArchiveEntities entities;
  private final PairingFiles files;
  private final ArticlePairs articlePairs;
  private final Path stateFile;

  private volatile Map<String, TranslationGroup> groupIndex;
  private volatile String groupStamp;

  ArchiveAlignment(ArchiveStore store, ArchiveEntities entities) {
    this.store = store;
    this.entities = entities;
    this.files = new PairingFiles(store.root());
    this.articlePairs = new ArticlePairs(store);
    this.stateFile = files.folder().resolve("state.json");
  }

  private static String key(List<String> pair) {
    return pair.get(0) + " " + pair.get(1);
  }

  /** Pairs the articles into translation groups (see {@link DocumentPairer}) and stores them. */
  DocumentPairer.Result align() throws IOException {
    return pairAndStore().result();
  }

  private record Paired(DocumentPairer.Result result, Set<List<String>> newPairs,
      AlignmentState state) {}

  private Paired pairAndStore() throws IOException {
    AlignmentState state = AlignmentState.read(stateFile);
    EditorDecisions decisions = files.decisions();
    String decided = decisions.pins() + "|" + decisions.forbids();
    long upTo = latestRead();
    java.util.Optional<List<TranslationGroup>> stored = files.readGroups();
    List<TranslationGroup> previous = stored.orElse(List.of());
    Set<String> imported = new HashSet<>();
    for (var m : org.dragoman.translate.TranslationRecords.read(store.root()).all().values()) {
      if ("imported".equals(m.how())) {
        imported.add(m.target());
      }
    }
    DocumentPairer pairer = new DocumentPairer(imported);
    DocumentPairer.Result result;
    Set<String> changed = readSince(state.readUpTo());
    // the whole archive is paired when it never was, when editors' decisions changed, or when
    // the groups' file is missing or damaged; an archive paired before with no translations found
    // (no groups) is only updated
    if (state == AlignmentState.NONE || !state.decisions().equals(decided) || stored.isEmpty()) {
      result = pairer.pair(store, decisions);
    } else {
      result = pairer.update(store, decisions, previous, changed);
    }
    // the pairs whose sentences are to be aligned: new, or with an article read again, or of a
    // language pair whose lexicon file is damaged (learned again from them)
    Map<String, String> aligned = new HashMap<>(state.aligned());
    Map<String, Integer> learned = new TreeMap<>(state.learned());
    for (String languages : Set.copyOf(aligned.values())) {
      String[] st = languages.split(" ");
      if (files.lexiconDamaged(st[0], st[1])) {
        aligned.values().removeIf(languages::equals);
        learned.remove(languages);
      }
    }
    Set<List<String>> fresh = new java.util.LinkedHashSet<>();
    for (List<String> p : pairsOf(result.groups())) {
      if (changed.contains(p.get(0)) || changed.contains(p.get(1))) {
        aligned.remove(key(p));
      }
      if (!aligned.containsKey(key(p))) {
        fresh.add(p);
      }
    }
    Set<String> current = new HashSet<>();
    pairsOf(result.groups()).forEach(p -> current.add(key(p)));
    aligned.keySet().retainAll(current);
    files.writeGroups(result.groups());
    AlignmentState next = new AlignmentState(Math.max(upTo, state.readUpTo()), decided, learned, aligned);
    next.write(stateFile);
    return new Paired(result, fresh, next);
  }

  /**
   * Pairs the archive ({@link #align}); aligns the sentences of the new pairs, learning each
   * language pair's lexicon again when enough pairs have arrived; and carries names along the
   * new links into the translations.
   */
  AlignmentRun alignAndLearn(int maxSentences) throws IOException {
    return alignAndLearn(maxSentences, null);
  }

  /** As {@link #alignAndLearn(int)}, handing each newly aligned pair to {@code aligned}. */
  AlignmentRun alignAndLearn(int maxSentences, BitextVisitor aligned) throws IOException {
    this.aligned = aligned;
    try {
      return alignAndLearnNow(maxSentences);
    } finally {
      this.aligned = null;
    }
  }

  private volatile BitextVisitor aligned;

  private AlignmentRun alignAndLearnNow(int maxSentences) throws IOException {
    Paired paired = pairAndStore();
    List<String> notes = new ArrayList<>();
    Map<String, Integer> learned = new TreeMap<>(paired.state().learned());
    Map<String, String> done = new HashMap<>(paired.state().aligned());
    Map<String, List<List<String>>> fresh = articlePairs.byLanguagePair(paired.newPairs());
    KnownLinks known = KnownLinks.read(store.root());
    for (var e : fresh.entrySet()) {
      String languages = e.getKey();
      String source = languages.substring(0, languages.indexOf(' '));
      String target = languages.substring(languages.indexOf(' ') + 1);
      SentenceAligner aligner = SentenceAligner.create(source, target);
      List<List<String>> todo = new ArrayList<>(e.getValue());
      Lexicon lexicon = files.lexicon(source, target);
      int before = learned.getOrDefault(languages, 0);
      int total = (int) done.values().stream().filter(languages::equals).count() + todo.size();
      if (lexicon.size() == 0 || total - before >= Math.max(1, before * RELEARN_SHARE)) {
        // learn again from the new pairs and a spread of the older ones, at most a sample's worth
        List<List<String>> sample = new ArrayList<>(todo.subList(0, Math.min(todo.size(), LEARNING_SAMPLE)));
        int fromTodo = sample.size();
        done.entrySet().stream().filter(d -> d.getValue().equals(languages))
            .map(Map.Entry::getKey).sorted(Comparator.comparingInt(String::hashCode).thenComparing(k -> k))
            .limit(Math.max(0, LEARNING_SAMPLE - fromTodo))
            .forEach(k -> sample.add(List.of(k.substring(0, k.indexOf(' ')), k.substring(k.indexOf(' ') + 1))));
        List<Article[]> articles = load(sample, maxSentences, notes);
        SentenceAligner.Aligned learnedNow = aligner.alignCollection(
            articles.stream().map(p -> Bitext.pair(p[0], p[1])).toList());
        lexicon = learnedNow.lexicon();
        files.writeLexicon(source, target, lexicon);
        learned.put(languages, total);
        List<Bitext> bitexts = new ArrayList<>();
        Set<String> newOnes = new HashSet<>();
        todo.subList(0, fromTodo).forEach(p -> newOnes.add(key(p)));
        for (int k = 0; k < articles.size(); k++) {
          Article[] p = articles.get(k);
          if (newOnes.contains(key(EditorDecisions.pair(p[0].id(), p[1].id())))) {
            bitexts.add(known.apply(new Bitext(p[0], p[1], learnedNow.links().get(k))));
          }
        }
        project(bitexts, done, languages);
        todo = todo.subList(fromTodo, todo.size());
      }
      for (int from = 0; from < todo.size(); from += CHUNK) {
        List<List<String>> chunk = todo.subList(from, Math.min(todo.size(), from + CHUNK));
        Lexicon use = lexicon;
        List<Bitext> bitexts = load(chunk, maxSentences, notes).parallelStream()
            .map(p -> known.has(p) ? known.apply(new Bitext(p[0], p[1], List.of()))
                : new Bitext(p[0], p[1], aligner.align(Bitext.pair(p[0], p[1]), use))).toList();
        project(bitexts, done, languages);
      }
    }
    new AlignmentState(paired.state().readUpTo(), paired.state().decisions(), learned, done)
        .write(stateFile);
    Set<String> touched = new HashSet<>();
    paired.newPairs().forEach(touched::addAll);
    List<TranslationGroup> changed = paired.result().groups().stream()
        .filter(g -> g.articles().stream().anyMatch(touched::contains)).toList();
    return new AlignmentRun(paired.result().groups(), paired.result().unpaired(), changed, notes);
  }

  /** Article pairs aligned at once: their texts are in memory together. */
  static final int CHUNK = 500;

  private void project(List<Bitext> bitexts, Map<String, String> done, String languages)
      throws IOException {
    if (store.writable() && !bitexts.isEmpty()) {
      NameProjection.store(store, bitexts, entities);
    }
    for (Bitext b : bitexts) {
      done.put(key(EditorDecisions.pair(b.source().id(), b.target().id())), languages);
      BitextVisitor taker = aligned;
      if (taker != null) {
        taker.visit(b);
      }
    }
  }

  /** The articles of {@code pairs}, source side first, without those too long to align (noted). */
  private List<Article[]> load(List<List<String>> pairs, int maxSentences, List<String> notes)
      throws IOException {
    List<Article[]> out = new ArrayList<>();
    for (List<String> p : pairs) {
      Optional<Article> a = store.article(p.get(0));
      Optional<Article> b = store.article(p.get(1));
      if (a.isEmpty() || b.isEmpty()) {
        continue;
      }
      Article[] pair = ArticlePairs.sourceFirst(a.get(), b.get());
      String why = tooLong(pair, maxSentences);
      if (why != null) {
        notes.add(why);
      } else {
        out.add(pair);
      }
    }
    return out;
  }

  /** Why the sentences of {@code pair} are not aligned, or null when they can be. */
  static String tooLong(Article[] pair, int maxSentences) {
    int a = pair[0].sentences().size();
    int b = pair[1].sentences().size();
    if (a <= maxSentences && b <= maxSentences) {
      return null;
    }
    return String.format(java.util.Locale.ROOT, "articles %s (%,d sentences) and %s (%,d sentences)"
        + " are translations, but their sentences are not aligned: more than %,d sentences a side"
        + " (setting %s)", pair[0].id(), a, pair[1].id(), b, maxSentences,
        MAX_ALIGN_SENTENCES_SETTING);
  }

  /**
   * Sentence links of every pair of articles in every group, aligned with the lexicon the
   * archive learned for their languages. English is the source side when present, otherwise the
   * language that sorts first.
   */
  List<Bitext> bitexts() throws IOException {
    List<Bitext> out = new ArrayList<>();
    forEachBitext(out::add);
    return out;
  }

  /** Receives bitexts one at a time. */
  interface BitextVisitor {
    void visit(Bitext bitext) throws IOException;
  }

  /**
   * Aligns every pair of every group, {@value #CHUNK} pairs at a time (only their texts are in
   * memory), and hands each to {@code visitor}, language pair by language pair.
   */
  void forEachBitext(BitextVisitor visitor) throws IOException {
    for (var e : articlePairs.byLanguagePair(pairsOf(groups())).entrySet()) {
      List<List<String>> pairs = e.getValue();
      for (int from = 0; from < pairs.size(); from += CHUNK) {
        for (Bitext b : bitexts(new java.util.LinkedHashSet<>(
            pairs.subList(from, Math.min(pairs.size(), from + CHUNK))))) {
          visitor.visit(b);
        }
      }
    }
  }

  /** The groups' article pairs, source first as {@link #forEachBitext} gives them. */
  List<List<String>> orientedPairs() throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (var e : articlePairs.byLanguagePair(pairsOf(groups())).entrySet()) {
      String source = e.getKey().substring(0, e.getKey().indexOf(' '));
      for (List<String> p : e.getValue()) {
        String first = store.brief(p.get(0)).map(ArchiveStore.Brief::language).orElse(null);
        out.add(source.equals(first) ? p : List.of(p.get(1), p.get(0)));
      }
    }
    return out;
  }

  /** The language pairs of the groups' article pairs ("en ar", source first). */
  Set<String> languagePairs() throws IOException {
    return articlePairs.byLanguagePair(pairsOf(groups())).keySet();
  }

  /** Sentence links of the pairs article {@code id} is in. */
  List<Bitext> bitexts(String id) throws IOException {
    TranslationGroup g = groupIndex().get(id);
    if (g == null) {
      return List.of();
    }
    Set<List<String>> mine = new HashSet<>();
    for (List<String> p : pairsOf(List.of(g))) {
      if (p.contains(id)) {
        mine.add(p);
      }
    }
    return bitexts(mine);
  }

  /** Sentence links of {@code pairs} (sorted pairs of ids); imported translations keep theirs. */
  List<Bitext> bitexts(Set<List<String>> pairs) throws IOException {
    return bitexts(pairs, MAX_ALIGN_SENTENCES);
  }

  /** As {@link #bitexts(Set)}, without the pairs longer than {@code maxSentences} a side. */
  List<Bitext> bitexts(Set<List<String>> pairs, int maxSentences) throws IOException {
    KnownLinks known = KnownLinks.read(store.root());
    List<Bitext> out = new ArrayList<>();
    for (var e : articlePairs.byLanguages(pairs).entrySet()) {
      e.getValue().removeIf(p -> {
        String why = tooLong(p, maxSentences);
        if (why != null) {
          log.warn(why);
        }
        return why != null;
      });
      SentenceAligner aligner = SentenceAligner.create(e.getKey().get(0), e.getKey().get(1));
      Lexicon lexicon = lexicon(e.getKey().get(0), e.getKey().get(1));
      out.addAll(e.getValue().parallelStream().map(p -> known.has(p) ? known.apply(new Bitext(p[0], p[1], List.of()))
          : new Bitext(p[0], p[1], lexicon.size() == 0
              ? aligner.align(Bitext.pair(p[0], p[1]))
              : aligner.align(Bitext.pair(p[0], p[1]), lexicon))).toList());
    }
    return out;
  }

  /** Every pair of articles of the groups, each sorted. */
  Set<List<String>> pairs() throws IOException {
    return pairsOf(groups());
  }

  /** Every pair of articles within each group, each sorted. */
  private static Set<List<String>> pairsOf(List<TranslationGroup> groups) {
    Set<List<String>> out = new java.util.LinkedHashSet<>();
    for (TranslationGroup g : groups) {
      for (int i = 0; i < g.articles().size(); i++) {
        for (int j = i + 1; j < g.articles().size(); j++) {
          out.add(EditorDecisions.pair(g.articles().get(i), g.articles().get(j)));
        }
      }
    }
    return out;
  }

  /** The ids of the articles read after {@code time} (epoch ms; all for Long.MIN_VALUE). */
  Set<String> readSince(long time) throws IOException {
    return store.scans().idsReadSince(time);
  }

  /** When the last article was read (epoch ms). */
  private long latestRead() throws IOException {
    return store.scans().latestRead();
  }

  /** The word lexicon learned for {@code source}→{@code target}, or an empty one. */
  Lexicon lexicon(String source, String target) throws IOException {
    Lexicon direct = files.lexicon(source, target);
    return direct.size() > 0 ? direct : files.lexicon(target, source).reversed();
  }

  private record Cached(String stamp, Lexicon lexicon) {}

  private final Map<String, Cached> searchLexicons = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@link #lexicon}, kept between searches and read again only when an alignment wrote either
   * direction's file since.
   */
  Lexicon lexiconForSearch(String source, String target) throws IOException {
    String stamp = stamp(files.lexiconFile(source, target)) + "|"
        + stamp(files.lexiconFile(target, source));
    Cached c = searchLexicons.get(source + " " + target);
    if (c == null || !c.stamp().equals(stamp)) {
      c = new Cached(stamp, lexicon(source, target));
      searchLexicons.put(source + " " + target, c);
    }
    return c.lexicon();
  }

  private static String stamp(Path file) throws IOException {
    return FileStamp.of(file);
  }

  /** Pins articles {@code a} and {@code b} into one group for every later run. */
  void pin(String a, String b) throws IOException {
    requireArticles(a, b);
    files.writeDecisions(files.decisions().pin(a, b));
  }

  /** Forbids articles {@code a} and {@code b} from one group in every later run. */
  void forbid(String a, String b) throws IOException {
    requireArticles(a, b);
    files.writeDecisions(files.decisions().forbid(a, b));
  }

  private void requireArticles(String... ids) throws IOException {
    for (String id : ids) {
      if (store.article(id).isEmpty()) {
        throw new IllegalArgumentException("No article with id " + id + " in " + store.root());
      }
    }
  }

  /** The translation groups of the last run. */
  List<TranslationGroup> groups() throws IOException {
    return files.groups();
  }

  /** The group of each article in one, read again only when the groups' file changed. */
  Map<String, TranslationGroup> groupIndex() throws IOException {
    Path file = files.folder().resolve("groups.json");
    String stamp = FileStamp.of(file);
    Map<String, TranslationGroup> index = groupIndex;
    if (index == null || !stamp.equals(groupStamp)) {
      Map<String, TranslationGroup> built = new HashMap<>();
      for (TranslationGroup g : groups()) {
        for (String id : g.articles()) {
          built.put(id, g);
        }
      }
      groupIndex = index = built;
      groupStamp = stamp;
    }
    return index;
  }
}
