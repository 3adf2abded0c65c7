package org.dragoman;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dragoman.align.Bitext;
import org.dragoman.index.ArchiveStore;
import org.dragoman.model.Article;
import org.dragoman.model.TranslationGroup;
import org.dragoman.translate.TmMatch;
import org.dragoman.translate.TranslationRecords;
import org.dragoman.translate.TranslationStatus;

/**
 * What still needs translating ({@link TranslationStatus}): per group and per article alone, the
 * target languages present and missing, the stale translations (from the records of how each was
 * made) and the memory's coverage of each source.
 */
final class ArchiveTranslationStatus {
  private final ArchiveStore store;
  private final ArchiveAlignment alignment;
  private final ArchiveTranslations translations;

  ArchiveTranslationStatus(ArchiveStore store, ArchiveAlignment alignment,
      ArchiveTranslations translations) {
    this.store = store;
    this.alignment = alignment;
    this.translations = translations;
  }

  /** What still needs translating (see {@link TranslationStatus}). */
  TranslationStatus status(Archive.StatusQuery q) throws IOException {
    TranslationRecords records = TranslationRecords.read(store.root());
    Map<String, String> sources = translations.groupSources(records);
    Set<String> imported = ArchiveTranslations.importedSources(records).keySet();
    List<String> languages = store.scans().languages();
    List<String> targets = new ArrayList<>(q.targets() == null || q.targets().isEmpty()
        ? languages.stream().filter(l -> !l.equals("und")).sorted().toList() : q.targets());
    if (q.missing() != null && !targets.contains(q.missing())) {
      targets.add(q.missing());
    }
    List<TranslationStatus.Entry> groups = new ArrayList<>();
    Set<String> grouped = new HashSet<>();
    for (TranslationGroup g : alignment.groups()) {
      grouped.addAll(g.articles());
      String source = translations.groupSource(g, imported);
      List<String> others = g.articles().stream().filter(id -> !id.equals(source)).toList();
      TranslationStatus.Entry e = entry(g.id(), source, others, sources, targets, records, q);
      if (e != null) {
        groups.add(e);
      }
    }
    List<TranslationStatus.Entry> alone = new ArrayList<>();
    for (String id : new java.util.TreeSet<>(alignment.readSince(Long.MIN_VALUE))) {
      if (!grouped.contains(id)) {
        TranslationStatus.Entry e = entry(null, id, List.of(), sources, targets, records, q);
        if (e != null) {
          alone.add(e);
        }
      }
    }
    return new TranslationStatus(targets, groups, alone);
  }

  private TranslationStatus.Entry entry(String group, String sourceId, List<String> others,
      Map<String, String> sources, List<String> targets, TranslationRecords records,
      Archive.StatusQuery q) throws IOException {
    Optional<Article> source = store.article(sourceId);
    if (source.isEmpty()) {
      return null;
    }
    Article s = source.get();
    Set<String> present = new TreeSet<>();
    present.add(s.language());
    List<TranslationStatus.Member> members = new ArrayList<>();
    List<TranslationStatus.Stale> stale = new ArrayList<>();
    boolean recent = q.since() == null || since(s, q.since());
    for (String id : others) {
      Optional<Article> t = store.article(id);
      if (t.isEmpty()) {
        continue;
      }
      present.add(t.get().language());
      recent |= q.since() != null && since(t.get(), q.since());
      String own = sources.getOrDefault(id, sourceId); // a translation of another version
      TranslationRecords.Made m = records.get(own, id);
      Optional<Article> from = own.equals(sourceId) ? source : store.article(own);
      TranslationStatus.Stale st = m == null || from.isEmpty() ? null : stale(from.get(), t.get(), m);
      if (st != null) {
        stale.add(st);
      }
      members.add(new TranslationStatus.Member(id, t.get().language(), t.get().displayTitle(),
          t.get().published(), m == null ? null : st != null, m == null ? null : m.machineShare()));
    }
    List<String> missing = targets.stream().filter(l -> !present.contains(l)).toList();
    if (!recent || q.missing() != null && present.contains(q.missing())
        || q.staleOnly() && stale.isEmpty()) {
      return null;
    }
    List<TranslationStatus.Coverage> coverage = new ArrayList<>();
    for (String l : q.coverage() ? missing : List.<String>of()) {
      coverage.add(coverage(s, l));
    }
    return new TranslationStatus.Entry(group, new TranslationStatus.Member(s.id(), s.language(),
        s.displayTitle(), s.published(), null, null), members,
        targets.stream().filter(present::contains).toList(), missing, stale, coverage);
  }

  private static boolean since(Article a, LocalDate day) {
    return a.published() != null && !a.published().isBefore(day)
        || a.ingested() != null && !a.ingested().atZone(ZoneOffset.UTC).toLocalDate().isBefore(day);
  }

  /** Whether {@code target} is stale against {@code source} as it is now, and how. */
  private static TranslationStatus.Stale stale(Article source, Article target,
      TranslationRecords.Made m) {
    if (m.sourceHash().equals(source.contentHash())) {
      return null;
    }
    List<String> now = new ArrayList<>();
    for (var seg : source.sentences()) {
      now.add(TranslationRecords.sentenceHash(seg.text(source.text())));
    }
    Set<String> then = new HashSet<>(m.sentences());
    List<TranslationStatus.Sentence> changed = new ArrayList<>();
    List<String> texts = Bitext.sentences(source);
    for (int i = 0; i < now.size(); i++) {
      if (!then.contains(now.get(i))) {
        changed.add(new TranslationStatus.Sentence(i + 1, texts.get(i).strip()));
      }
    }
    Set<String> nowSet = new HashSet<>(now);
    Set<Integer> gone = new TreeSet<>();
    for (int j = 0; j < m.sentences().size(); j++) {
      if (!nowSet.contains(m.sentences().get(j))) {
        gone.add(j);
      }
    }
    if (changed.isEmpty() && gone.isEmpty()) {
      return null; // the file changed, its sentences did not
    }
    Set<Integer> affected = new TreeSet<>();
    for (var l : m.links()) {
      if (l.get(0).stream().anyMatch(gone::contains)) {
        affected.addAll(l.get(1));
      }
    }
    List<String> targetTexts = Bitext.sentences(target);
    List<TranslationStatus.Sentence> hit = new ArrayList<>();
    for (int k : affected) {
      if (k < targetTexts.size()) {
        hit.add(new TranslationStatus.Sentence(k + 1, targetTexts.get(k).strip()));
      }
    }
    return new TranslationStatus.Stale(target.id(), target.language(), m.made(), changed,
        gone.size(), hit);
  }

  /** How much of {@code a}'s sentences the memory covers in {@code language}. */
  private TranslationStatus.Coverage coverage(Article a, String language) throws IOException {
    int exact = 0;
    int fuzzy = 0;
    List<String> sentences = Bitext.sentences(a);
    for (String s : sentences) {
      List<TmMatch> best = translations.memory().lookup(org.dragoman.translate.Ngrams.spaced(s), a.language(), language,
          TranslationStatus.Coverage.FUZZY_FLOOR, 1, Set.of());
      if (!best.isEmpty()) {
        if (best.get(0).score() == 100) {
          exact++;
        } else {
          fuzzy++;
        }
      }
    }
    int n = sentences.size();
    return new TranslationStatus.Coverage(language, n, exact, fuzzy,
        n == 0 ? 0 : round(exact / (double) n), n == 0 ? 0 : round(fuzzy / (double) n));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

}
