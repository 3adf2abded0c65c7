package org.dragoman;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dragoman.align.Bitext;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.ingest.ArticleReader;
import org.dragoman.language.LanguageTags;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import org.dragoman.model.Segment;
import org.dragoman.model.SentenceLink;
import org.dragoman.translate.Draft;
import org.dragoman.translate.MachineShare;
import org.dragoman.translate.Ngrams;
import org.dragoman.translate.TmMatch;
import org.dragoman.translate.TranslationRecords;
import org.dragoman.translate.Translator;
import org.dragoman.translate.XliffReader;

/**
 * Drafts for translators and their return: an article's sentences with the memory's best match
 * or a machine draft each ({@link #draft}), and the translated file back as an article of its
 * group ({@link #importTranslation}).
 */
final class ArchiveDrafts {
  private final Archive archive;
  private final ArchiveTranslations translations;

  ArchiveDrafts(Archive archive, ArchiveTranslations translations) {
    this.archive = archive;
    this.translations = translations;
  }

  Draft draft(String id, String to, Translator engine, int min) throws IOException {
    Article a = archive.article(id).orElseThrow(() -> new IllegalArgumentException(
        "No article with id " + id + " in " + archive.directory()));
    String target = LanguageTags.canonical(to);
    if (!LanguageTags.isLanguage(target)) {
      throw new IllegalArgumentException("'" + to + "' is not a language tag");
    }
    if (target.equals(a.language())) {
      throw new IllegalArgumentException("Article " + id + " is already in " + target);
    }
    List<Mention> mentions = archive.mentions(id);
    EntityCatalogue catalogue = archive.entities();
    List<String> sentences = Bitext.sentences(a);
    int heading = Bitext.headingSentences(a);
    List<String[]> plan = new ArrayList<>(); // id, paragraph, text, start, end
    if (a.title() != null && !a.title().isBlank() && heading == 0) {
      plan.add(new String[] {"title", "0", a.title().strip(), "-1", "-1"});
    }
    for (int i = 0; i < a.sentences().size(); i++) {
      Segment s = a.sentences().get(i);
      plan.add(new String[] {"s" + (i + 1), String.valueOf(paragraphOf(a, s) + 1),
          sentences.get(i).strip(), String.valueOf(s.start()), String.valueOf(s.end())});
    }
    Draft.Unit[] units = new Draft.Unit[plan.size()];
    List<Integer> forEngine = new ArrayList<>();
    for (int k = 0; k < plan.size(); k++) {
      String[] p = plan.get(k);
      List<String> notes = notes(a, mentions, Integer.parseInt(p[3]), Integer.parseInt(p[4]),
          target, catalogue);
      List<TmMatch> best = translations.lookup(Ngrams.spaced(p[2]), a.language(), target, min, 1);
      if (!best.isEmpty()) {
        TmMatch m = best.get(0);
        List<String> n = new ArrayList<>(notes);
        m.differences().forEach(d -> n.add("difference: " + d.type() + " '" + d.query()
            + "' where the match has '" + d.match() + "'" + (d.target() == null ? ""
            : " (its translation writes '" + d.target() + "')")));
        units[k] = new Draft.Unit(p[0], Integer.parseInt(p[1]), p[2], m.target(), Draft.Origin.tm,
            m.score(), m.origin(), n, null);
      } else {
        units[k] = new Draft.Unit(p[0], Integer.parseInt(p[1]), p[2], null, Draft.Origin.none,
            null, null, notes, null);
        if (engine != null) {
          forEngine.add(k);
        }
      }
    }
    if (!forEngine.isEmpty()) {
      List<Translator.Outcome> out = engine.translate(
          forEngine.stream().map(k -> units[k].source()).toList(), a.language(), target);
      for (int j = 0; j < forEngine.size(); j++) {
        Draft.Unit u = units[forEngine.get(j)];
        Translator.Outcome o = out.get(j);
        units[forEngine.get(j)] = o.ok()
            ? new Draft.Unit(u.id(), u.paragraph(), u.source(), o.text().strip(), Draft.Origin.mt,
                null, engine.name(), u.notes(), null)
            : new Draft.Unit(u.id(), u.paragraph(), u.source(), null, Draft.Origin.none, null,
                engine.name(), u.notes(), o.failure());
      }
    }
    return new Draft(a.id(), a.contentHash(), a.language(), target,
        plan.isEmpty() || !plan.get(0)[0].equals("title") ? null : a.title(), List.of(units));
  }

  private static int paragraphOf(Article a, Segment s) {
    for (int p = 0; p < a.paragraphs().size(); p++) {
      Segment para = a.paragraphs().get(p);
      if (s.start() >= para.start() && s.start() < para.end()) {
        return p;
      }
    }
    return Math.max(0, a.paragraphs().size() - 1);
  }

  /** The names, dates and numbers of a sentence, with their values in {@code target}. */
  private static List<String> notes(Article a, List<Mention> mentions, int start, int end,
      String target, EntityCatalogue catalogue) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    ULocale locale = new ULocale(target);
    for (Mention m : mentions) {
      boolean inside = start < 0 ? false : m.start() >= start && m.end() <= end;
      if (!inside) {
        continue;
      }
      String note = switch (m.type()) {
        case PERSON, ORGANISATION, PLACE -> {
          String label = label(catalogue, m, target);
          yield m.type().name().toLowerCase(java.util.Locale.ROOT) + ": " + m.text()
              + (label == null || label.equals(m.text()) ? "" : " → " + label)
              + (m.entity() == null ? "" : " (" + catalogue.resolve(m.entity()) + ")");
        }
        case DATE -> m.value() == null ? null
            : "date: " + m.text() + " → " + date(m, locale) + " (" + m.value() + ")";
        case NUMBER -> number(m, locale);
        default -> null;
      };
      if (note != null && seen.add(note)) {
        out.add(note);
      }
    }
    return out;
  }

  private static String label(EntityCatalogue catalogue, Mention m, String target) {
    if (m.entity() == null) {
      return null;
    }
    var e = catalogue.get(catalogue.resolve(m.entity()));
    if (e.isEmpty()) {
      return null;
    }
    List<String> mine = e.get().labels().get(target);
    if (mine != null && !mine.isEmpty()) {
      return mine.get(0);
    }
    // else a label in the target's script ("Latn" for Spanish, "Arab" for Urdu)
    String script = ULocale.addLikelySubtags(new ULocale(target)).getScript();
    for (var l : e.get().labels().values()) {
      if (!l.isEmpty() && script.equals(scriptOf(l.get(0)))) {
        return l.get(0);
      }
    }
    return null;
  }

  private static String scriptOf(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int sc = com.ibm.icu.lang.UScript.getScript(c);
      if (sc != com.ibm.icu.lang.UScript.COMMON && sc != com.ibm.icu.lang.UScript.INHERITED) {
        return com.ibm.icu.lang.UScript.getShortName(sc);
      }
    }
    return "";
  }

  /** A date as {@code locale} writes it, to its grain. */
  static String date(Mention m, ULocale locale) {
    try {
      String v = m.value();
      String skeleton;
      LocalDate day;
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        day = LocalDate.parse(v);
        skeleton = "yMMMMd";
      } else if (v.matches("\\d{4}-\\d{2}")) {
        day = LocalDate.parse(v + "-01");
        skeleton = "yMMMM";
      } else if (v.matches("\\d{4}")) {
        day = LocalDate.parse(v + "-01-01");
        skeleton = "y";
      } else {
        return v;
      }
      DateFormat f = DateFormat.getInstanceForSkeleton(skeleton, locale);
      f.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
      return f.format(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    } catch (RuntimeException e) {
      return m.value();
    }
  }

  private static String number(Mention m, ULocale locale) {
    if (m.value() == null) {
      return null;
    }
    try {
      java.math.BigDecimal n = new java.math.BigDecimal(m.value());
      String written = NumberFormat.getInstance(locale).format(n);
      return written.equals(m.text()) ? null : "number: " + m.text() + " → " + written;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // ------------------------------------------------------------------ import

  Archive.ImportedTranslation importTranslation(Path file, Archive.ImportOptions options)
      throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    XliffReader.Read read = XliffReader.read(bytes, file);
    if (read.article() == null) {
      throw new IllegalArgumentException(file + " does not name the article it translates"
          + " (metadata 'article' or original=\"dragoman:ID\"): was it made by 'translate'?");
    }
    Article source = archive.article(read.article()).orElseThrow(() -> new IllegalArgumentException(
        file + " translates article " + read.article() + ", which is not in " + archive.directory()));
    if (!LanguageTags.canonical(read.srcLang()).equals(source.language())) {
      throw new IllegalArgumentException(file + " has srcLang '" + read.srcLang() + "' but article "
          + source.id() + " is in " + source.language());
    }
    String lang = LanguageTags.canonical(read.trgLang());
    if (options.language() != null && !LanguageTags.canonical(options.language()).equals(lang)) {
      throw new IllegalArgumentException(file + " has trgLang '" + read.trgLang()
          + "', not " + options.language());
    }
    if (lang.equals(source.language())) {
      throw new IllegalArgumentException(file + " translates " + source.language() + " into itself");
    }
    List<String> warnings = new ArrayList<>();
    boolean sameSource = read.sourceHash() == null || read.sourceHash().equals(source.contentHash());
    if (!sameSource) {
      warnings.add("article " + source.id() + " changed after " + file.getFileName() + " was made:"
          + " the translation is recorded as made from the earlier text, so it is stale at once");
    }
    List<String> sentences = Bitext.sentences(source);
    int heading = Bitext.headingSentences(source);
    String title = null;
    Map<Integer, StringBuilder> paragraphs = new java.util.TreeMap<>();
    List<int[]> sentenceOrder = new ArrayList<>(); // source index, paragraph
    Map<Integer, String> targetOf = new HashMap<>();
    List<String> untranslated = new ArrayList<>();
    Set<Integer> seen = new java.util.HashSet<>();
    java.util.TreeMap<Integer, String> sourceHashes = new java.util.TreeMap<>();
    int machineWords = 0;
    int words = 0;
    for (XliffReader.Unit u : read.units()) {
      boolean empty = u.target() == null || u.target().isBlank();
      if (u.id().equals("title")) {
        if (!empty) {
          title = u.target().strip();
        }
        continue;
      }
      if (!u.id().matches("s[1-9][0-9]{0,6}")) {
        throw new IllegalArgumentException(file + ": unit " + u.id() + " is not a sentence of"
            + " article " + source.id() + " (units are s1 to s" + sentences.size() + ", and title)");
      }
      int index = Integer.parseInt(u.id().substring(1)) - 1;
      if (sameSource) {
        if (index >= sentences.size()) {
          throw new IllegalArgumentException(file + ": unit " + u.id() + " does not match article "
              + source.id() + ", which has " + sentences.size() + " sentences");
        }
        if (!Ngrams.spaced(u.source()).equals(Ngrams.spaced(sentences.get(index)))) {
          throw new IllegalArgumentException(file + ": the source of unit " + u.id()
              + " is not sentence " + (index + 1) + " of article " + source.id());
        }
      }
      if (!seen.add(index)) {
        throw new IllegalArgumentException(file + ": units " + u.id() + " and s" + (index + 1)
            + " are the same sentence");
      }
      if (empty) {
        untranslated.add(u.id());
        continue;
      }
      String text = Ngrams.spaced(u.target());
      targetOf.put(index, text);
      int paragraph = u.group() != null && u.group().matches("p[1-9][0-9]{0,6}")
          ? Integer.parseInt(u.group().substring(1)) : sentenceOrder.isEmpty() ? 1 : sentenceOrder.get(sentenceOrder.size() - 1)[1];
      sentenceOrder.add(new int[] {index, paragraph});
      sourceHashes.put(index, TranslationRecords.sentenceHash(u.source()));
      words += MachineShare.count(text);
      if ("mt".equals(u.origin()) && u.draft() != null) {
        machineWords += MachineShare.words(u.draft(), text);
      }
    }
    if (sameSource) {
      for (int k = 0; k < sentences.size(); k++) {
        if (!seen.contains(k)) {
          untranslated.add("s" + (k + 1) + " (missing)");
        }
      }
    }
    if (!untranslated.isEmpty() && !options.force()) {
      throw new IllegalArgumentException(file + ": " + untranslated.size() + " unit"
          + (untranslated.size() == 1 ? " has" : "s have") + " no target (" + String.join(", ",
          untranslated.subList(0, Math.min(10, untranslated.size()))) + (untranslated.size() > 10 ? ", …" : "")
          + "): translate them, or import with --force to leave them out");
    }
    if (targetOf.isEmpty()) {
      throw new IllegalArgumentException(file + " has no translated unit");
    }
    double share = words == 0 ? 0 : Math.round(1000.0 * machineWords / words) / 1000.0;
    if (share > options.maxMachineShare() && !options.force()) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "%s: %.0f%% of its words are the machine draft left unchanged (more than %.0f%%, the"
          + " setting maxMachineShare): post-edit it, or import with --force", file, share * 100,
          options.maxMachineShare() * 100));
    }
    if (share > options.warnMachineShare()) {
      warnings.add(String.format(java.util.Locale.ROOT, "%.0f%% of the words of %s are the machine"
          + " draft left unchanged (more than %.0f%%, the setting warnMachineShare)", share * 100,
          file.getFileName(), options.warnMachineShare() * 100));
    }
    if (title == null && heading > 0) {
      List<String> parts = new ArrayList<>();
      for (int k = 0; k < heading; k++) {
        if (targetOf.containsKey(k)) {
          parts.add(targetOf.get(k));
        }
      }
      title = parts.isEmpty() ? null : String.join(" ", parts);
    }
    // the text: paragraphs in order, the sentences of each joined by a space
    StringBuilder text = new StringBuilder();
    List<Segment> paras = new ArrayList<>();
    List<Segment> sents = new ArrayList<>();
    List<SentenceLink> links = new ArrayList<>();
    int current = -1;
    int paraStart = 0;
    for (int[] so : sentenceOrder) {
      if (so[1] != current) {
        if (current != -1) {
          paras.add(new Segment(paraStart, text.length(), lang));
          text.append("\n\n");
        }
        current = so[1];
        paraStart = text.length();
      } else {
        text.append(' ');
      }
      int start = text.length();
      text.append(targetOf.get(so[0]));
      links.add(new SentenceLink(List.of(so[0]), List.of(sents.size()), 1.0));
      sents.add(new Segment(start, text.length(), lang));
    }
    paras.add(new Segment(paraStart, text.length(), lang));
    // every side file the import writes to is read first: a damaged one stops it before anything
    TranslationRecords records = TranslationRecords.read(archive.directory());
    archive.checkSideFiles();
    String key = "translation:" + source.id() + ":" + lang;
    Article translation = new Article(ArticleReader.idForSource(key), key,
        "application/xliff+xml", lang, title, source.published(), null, null,
        ArticleReader.sha256(bytes), text.toString(), paras, sents, Instant.now());
    boolean replaced = archive.article(translation.id()).isPresent();
    archive.put(translation);
    TranslationRecords.Made made = TranslationRecords.record(source, translation, links, "imported",
        share);
    if (!sameSource) {
      // the source's sentences as the file had them, by place ("" where the file has none)
      int n = sourceHashes.isEmpty() ? 0 : sourceHashes.lastKey() + 1;
      List<String> then = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        then.add(sourceHashes.getOrDefault(k, ""));
      }
      made = new TranslationRecords.Made(made.source(), made.target(), read.sourceHash(),
          made.targetHash(), then, made.links(), made.made(), made.how(), share);
    }
    records.put(made);
    records.write();
    archive.pin(source.id(), translation.id());
    AlignmentRun run = archive.alignAndLearn();
    return new Archive.ImportedTranslation(translation.id(), source.id(), lang, replaced,
        sents.size(), untranslated, share, warnings, run.groups().stream()
            .filter(g -> g.articles().contains(translation.id())).findFirst().orElse(null));
  }
}
