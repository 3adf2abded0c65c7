package org.dragoman.entity;

import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dragoman.language.LanguagePacks;

/**
 * The date words of one language, generated from the CLDR data that ICU4J carries: month names
 * of every region that speaks the language (so Arabic knows يناير, كانون الثاني and جانفي) in
 * the Gregorian, Islamic (Umm al-Qura) and Persian calendars, weekday names, eras, the words of
 * {@link RelativeDateTimeFormatter} ("yesterday", "la semaine dernière", "قبل 3 أيام" read
 * backwards into parse tables), number words from the spell-out rules, the field names "day",
 * "week", "month", "year", the order of day, month and year in numeric dates, and the language
 * pack's function words. Nothing here is a hand-written table.
 *
 * <p>Built once per language and shared; immutable after construction.
 */
final class DateVocabulary {

  static final String GREGORIAN = "gregorian";
  static final String ISLAMIC = "islamic-umalqura";
  static final String PERSIAN = "persian";

  enum Unit { DAY, WEEK, MONTH, YEAR }

  /** What a word or phrase means for a date. */
  sealed interface Sense {}

  record MonthName(int month, String calendar, boolean abbreviated) implements Sense {}

  /** {@code isoDay}: 1 = Monday … 7 = Sunday. */
  record WeekdayName(int isoDay, boolean abbreviated) implements Sense {}

  record DayOffset(int days) implements Sense {}

  /** "last week", "le mois prochain", "هذا العام": {@code direction} −1, 0 or +1. */
  record Period(int direction, Unit unit) implements Sense {}

  record RelativeWeekday(int direction, int isoDay) implements Sense {}

  /** The word that makes a period or weekday relative: "last", "prochain", "الماضي". */
  record Modifier(int direction) implements Sense {}

  record UnitWord(Unit unit) implements Sense {}

  record NumberWord(int value, boolean ordinal) implements Sense {}

  record Era(String calendar, boolean beforeEpoch) implements Sense {}

  /** "after" (+1) or "before" (−1) another date: "third Tuesday after Christmas 2014". */
  record Relation(int direction) implements Sense {}

  /** "mid-March", "منتصف آذار", "نص شهر ثلاث": the middle day of the month named next. */
  record MidMonth() implements Sense {}

  /** A holiday on a fixed date, from the language pack. */
  record FixedDay(int month, int day) implements Sense {}

  /** A fixed span such as "قبل يومين" (two days ago): signed amount of units. */
  record Span(int amount, Unit unit) implements Sense {}

  /** "in {n} weeks", "{n} days ago", "hace {n} días": words around the number. */
  record Template(List<String> before, List<String> after, int direction, Unit unit) {}

  /** A trie node over token keys. */
  static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Sense> senses = new ArrayList<>();
  }

  /** The longest phrase found at a position: tokens {@code [from, to)}. */
  record Match(int to, List<Sense> senses) {}

  private static final Map<String, DateVocabulary> CACHE = new ConcurrentHashMap<>();

  private final Node root = new Node();
  private final List<Template> templates = new ArrayList<>();
  private final Set<String> stopWords = new HashSet<>();
  private final List<String> proclitics = new ArrayList<>();
  private final String numericOrder;

  static DateVocabulary of(String language) {
    String tag = language == null || language.isBlank() ? "en" : ULocale.forLanguageTag(language).getLanguage();
    return CACHE.computeIfAbsent(tag, DateVocabulary::new);
  }

  private DateVocabulary(String language) {
    new DateWords(root, templates, stopWords).read(language);
    ULocale main = new ULocale(language);
    LanguagePacks packs = LanguagePacks.installed();
    if (packs.has(language)) {
      for (String p : packs.require(language).proclitics()) {
        proclitics.add(org.dragoman.text.TextNormalizer.matchKey(p));
      }
    }
    numericOrder = NumericDates.order(main);
    for (int k = 0; k < templates.size(); k++) {
      Template t = templates.get(k);
      List<String> keys = t.before().isEmpty() ? t.after() : t.before();
      if (!keys.isEmpty()) {
        (t.before().isEmpty() ? byAfter : byBefore)
            .computeIfAbsent(keys.get(0), x -> new ArrayList<>()).add(k);
      }
    }
  }

  /** Indexes of templates by the first word before their amount ("in" of "in N days"). */
  private final Map<String, List<Integer>> byBefore = new HashMap<>();

  /** Indexes of templates that start with their amount, by the first word after it ("ago"…). */
  private final Map<String, List<Integer>> byAfter = new HashMap<>();

  /** Every word a date expression can start with, of any kind; made at first need. */
  private volatile Set<String> starters;

  /**
   * Whether a date expression of any kind can start at a word with key {@code key}: a first word
   * of the vocabulary (with a proclitic written onto it, too), a template's first word, or a stop
   * word (before a template's unit). One lookup that most words of a text fail.
   */
  boolean mayStart(String key) {
    Set<String> s = starters;
    if (s == null) {
      s = new HashSet<>(root.next.keySet());
      s.addAll(procliticRoots().keySet());
      s.addAll(byBefore.keySet());
      s.addAll(stopWords);
      starters = s;
    }
    return s.contains(key);
  }

  /** Whether a template starts with the word {@code key} ("in" of "in N days"). */
  boolean startsTemplate(String key) {
    return byBefore.containsKey(key);
  }

  /** Whether a template that starts with its amount goes on with the word {@code key}. */
  boolean templateAfter(String key) {
    return byAfter.containsKey(key);
  }

  /**
   * The templates that may match at a token with key {@code key} whose amount, if it starts
   * one, is followed by a token with key {@code afterAmount} (or null), in the order of
   * {@link #templates()}: only these can match there.
   */
  List<Template> templateCandidates(String key, String afterAmount) {
    List<Integer> a = byBefore.getOrDefault(key, List.of());
    List<Integer> b = afterAmount == null ? List.of() : byAfter.getOrDefault(afterAmount, List.of());
    if (a.isEmpty() && b.isEmpty()) {
      return List.of();
    }
    List<Integer> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(null);
    List<Template> out = new ArrayList<>(all.size());
    for (int k : all) {
      out.add(templates.get(k));
    }
    return out;
  }

  // ---------------------------------------------------------------- lookups

  Match longest(List<Tokens.Token> tokens, int from) {
    Match best = longest(tokens, from, 0);
    if (best == null && !tokens.get(from).number() && !proclitics.isEmpty()) {
      // "وأمس", "والأسبوع الماضي": a conjunction or preposition written onto the word; only
      // where a proclitic and a first word of the vocabulary make the key (one lookup)
      List<Integer> skips = procliticRoots().get(tokens.get(from).key());
      if (skips != null) {
        for (int skip : skips) {
          best = longest(tokens, from, skip);
          if (best != null) {
            break;
          }
        }
      }
    }
    return best;
  }

  /** Every proclitic followed by every first word of the vocabulary, with the proclitics' lengths. */
  private volatile Map<String, List<Integer>> procliticRoots;

  private Map<String, List<Integer>> procliticRoots() {
    Map<String, List<Integer>> m = procliticRoots;
    if (m == null) {
      m = new HashMap<>();
      for (String p : proclitics) {
        for (String w : root.next.keySet()) {
          if (w.length() >= 2) {
            m.computeIfAbsent(p + w, k -> new ArrayList<>(1)).add(p.length());
          }
        }
      }
      procliticRoots = m;
    }
    return m;
  }

  private Match longest(List<Tokens.Token> tokens, int from, int skip) {
    Node node = root;
    Match best = null;
    for (int i = from; i < tokens.size(); i++) {
      Tokens.Token t = tokens.get(i);
      if (i > from && !Tokens.gapWithin(t, "-'’.")) {
        break;
      }
      node = node.next.get(i == from ? t.key().substring(skip) : t.key());
      if (node == null) {
        break;
      }
      if (!node.senses.isEmpty()) {
        best = new Match(i + 1, node.senses);
      }
    }
    return best;
  }

  List<Template> templates() {
    return templates;
  }

  boolean isStopWord(String key) {
    return stopWords.contains(key);
  }

  /** "DMY", "MDY" or "YMD": the order of a numeric date in the language's main locale. */
  String numericOrder() {
    return numericOrder;
  }

  /** Words that name a month or a weekday in full, or a day ("today"), keyed; made at first need. */
  private volatile Set<String> fullDateWords;

  /**
   * Whether the word of {@code key} names a month or a weekday in full, or a day by itself
   * ("yesterday"): a word that is no part of a name beside it.
   */
  boolean isFullDateWord(String key) {
    Set<String> words = fullDateWords;
    if (words == null) {
      words = new HashSet<>();
      for (Map.Entry<String, Node> e : root.next.entrySet()) {
        for (Sense s : e.getValue().senses) {
          if (s instanceof MonthName m && !m.abbreviated()
              || s instanceof WeekdayName w && !w.abbreviated()
              || s instanceof DayOffset) {
            words.add(e.getKey());
            break;
          }
        }
      }
      fullDateWords = words;
    }
    return words.contains(key);
  }

  /** Whether the word of {@code key} has a sense of its own (what {@link #sensesOf} finds). */
  boolean isWord(String key) {
    Node node = root.next.get(key);
    return node != null && !node.senses.isEmpty();
  }

  /** For tests and diagnostics: the senses of one phrase. */
  List<Sense> sensesOf(String phrase) {
    Node node = root;
    for (String key : DateWords.keys(phrase)) {
      node = node.next.get(key);
      if (node == null) {
        return List.of();
      }
    }
    return List.copyOf(new LinkedHashSet<>(node.senses));
  }
}
