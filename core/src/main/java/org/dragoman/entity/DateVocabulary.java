package org.dragoman.entity;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Style;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.Calendar;
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
    List<ULocale> locales = localesOf(language);
    ULocale main = new ULocale(language);
    for (ULocale locale : locales) {
      monthsAndWeekdays(locale);
      relativeWords(locale);
    }
    dropUndirectedTemplates();
    otherCalendars(main);
    numberWords(main);
    fieldNames(main);
    for (String w : packStopWords(language)) {
      stopWords.add(org.dragoman.text.TextNormalizer.matchKey(w));
    }
    packDateWords(language);
    LanguagePacks packs = LanguagePacks.installed();
    if (packs.has(language)) {
      for (String p : packs.require(language).proclitics()) {
        proclitics.add(org.dragoman.text.TextNormalizer.matchKey(p));
      }
    }
    monthPrefixes(locales);
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

  // ---------------------------------------------------------------- building

  private static List<ULocale> localesOf(String language) {
    List<ULocale> out = new ArrayList<>();
    out.add(new ULocale(language));
    for (ULocale l : ULocale.getAvailableLocales()) {
      if (l.getLanguage().equals(language) && !l.getCountry().isEmpty() && l.getVariant().isEmpty()) {
        out.add(l);
      }
    }
    return out;
  }

  private static Set<String> packStopWords(String language) {
    LanguagePacks packs = LanguagePacks.installed();
    return packs.has(language) ? packs.require(language).stopWords() : Set.of();
  }

  private void packDateWords(String language) {
    LanguagePacks packs = LanguagePacks.installed();
    if (!packs.has(language)) {
      return;
    }
    for (var e : packs.require(language).dateWords().entrySet()) {
      String meaning = e.getValue();
      if (meaning.equals("after") || meaning.equals("before")) {
        add(e.getKey(), new Relation(meaning.equals("after") ? 1 : -1));
      } else if (meaning.startsWith("--") && meaning.length() == 7) {
        add(e.getKey(), new FixedDay(Integer.parseInt(meaning.substring(2, 4)), Integer.parseInt(meaning.substring(5, 7))));
      } else {
        add(e.getKey(), new Modifier(Integer.signum(Integer.parseInt(meaning.replace("+", "")))));
      }
    }
  }

  /**
   * Months shortened by cutting the name ("Sept.", "genn."): every prefix of three letters or
   * more that starts only one month's name and means nothing else.
   */
  private void monthPrefixes(List<ULocale> locales) {
    Map<String, Integer> prefixes = new HashMap<>();
    for (ULocale locale : locales) {
      Calendar gregorian = Calendar.getInstance(locale.setKeywordValue("calendar", "gregorian"));
      String[] wide = new DateFormatSymbols(gregorian, locale).getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
      for (int m = 0; m < 12; m++) {
        List<String> keys = keys(wide[m]);
        if (keys.size() != 1) {
          continue;
        }
        String key = keys.get(0);
        for (int len = 3; len < key.length(); len++) {
          String prefix = key.substring(0, len);
          Integer before = prefixes.putIfAbsent(prefix, m + 1);
          if (before != null && before != m + 1) {
            prefixes.put(prefix, -1);
          }
        }
      }
    }
    prefixes.forEach((prefix, month) -> {
      if (month > 0 && !root.next.containsKey(prefix)) {
        add(List.of(prefix), new MonthName(month, GREGORIAN, true));
      }
    });
  }

  private void monthsAndWeekdays(ULocale locale) {
    Calendar gregorian = Calendar.getInstance(locale.setKeywordValue("calendar", "gregorian"));
    DateFormatSymbols s = new DateFormatSymbols(gregorian, locale);
    addMonths(s, GREGORIAN);
    int[] contexts = {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE};
    int[] widths = {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED, DateFormatSymbols.SHORT};
    for (int context : contexts) {
      for (int width : widths) {
        String[] days = s.getWeekdays(context, width);
        for (int d = Calendar.SUNDAY; d <= Calendar.SATURDAY && d < days.length; d++) {
          int iso = d == Calendar.SUNDAY ? 7 : d - 1;
          add(days[d], new WeekdayName(iso, width != DateFormatSymbols.WIDE));
        }
      }
    }
    for (String era : s.getEras()) {
      addEra(era, s.getEras(), GREGORIAN);
    }
    for (String era : s.getEraNames()) {
      addEra(era, s.getEraNames(), GREGORIAN);
    }
  }

  private void addEra(String era, String[] all, String calendar) {
    boolean before = all.length > 1 && era.equals(all[0]);
    add(era, new Era(calendar, before));
  }

  private void addMonths(DateFormatSymbols s, String calendar) {
    int[] contexts = {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE};
    for (int context : contexts) {
      String[] wide = s.getMonths(context, DateFormatSymbols.WIDE);
      String[] abbreviated = s.getMonths(context, DateFormatSymbols.ABBREVIATED);
      for (int m = 0; m < 12; m++) {
        add(wide[m], new MonthName(m + 1, calendar, false));
        add(abbreviated[m], new MonthName(m + 1, calendar, true));
      }
    }
  }

  private void otherCalendars(ULocale locale) {
    for (String calendar : List.of(ISLAMIC, PERSIAN)) {
      Calendar cal = Calendar.getInstance(locale.setKeywordValue("calendar", calendar));
      DateFormatSymbols s = new DateFormatSymbols(cal, locale);
      addMonths(s, calendar);
      for (String era : s.getEras()) {
        add(era, new Era(calendar, false));
      }
    }
  }

  private void relativeWords(ULocale locale) {
    for (Style style : Style.values()) {
      RelativeDateTimeFormatter f =
          RelativeDateTimeFormatter.getInstance(locale, null, style, com.ibm.icu.text.DisplayContext.CAPITALIZATION_NONE);
      Direction[] days = {Direction.LAST_2, Direction.LAST, Direction.THIS, Direction.NEXT, Direction.NEXT_2};
      for (int k = 0; k < days.length; k++) {
        String phrase = f.format(days[k], AbsoluteUnit.DAY);
        if (phrase != null) {
          add(phrase, new DayOffset(k - 2));
        }
      }
      Direction[] three = {Direction.LAST, Direction.THIS, Direction.NEXT};
      Map<AbsoluteUnit, Unit> periods =
          Map.of(AbsoluteUnit.WEEK, Unit.WEEK, AbsoluteUnit.MONTH, Unit.MONTH, AbsoluteUnit.YEAR, Unit.YEAR);
      for (var e : periods.entrySet()) {
        List<List<String>> phrases = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
          String phrase = f.format(three[k], e.getKey());
          add(phrase, new Period(k - 1, e.getValue()));
          phrases.add(keys(phrase));
        }
        modifiers(phrases);
      }
      AbsoluteUnit[] weekdays = {
        AbsoluteUnit.MONDAY, AbsoluteUnit.TUESDAY, AbsoluteUnit.WEDNESDAY, AbsoluteUnit.THURSDAY,
        AbsoluteUnit.FRIDAY, AbsoluteUnit.SATURDAY, AbsoluteUnit.SUNDAY
      };
      for (int d = 0; d < 7; d++) {
        List<List<String>> phrases = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
          String phrase = f.format(three[k], weekdays[d]);
          add(phrase, new RelativeWeekday(k - 1, d + 1));
          phrases.add(keys(phrase));
        }
        modifiers(phrases);
      }
      Map<RelativeUnit, Unit> units =
          Map.of(RelativeUnit.DAYS, Unit.DAY, RelativeUnit.WEEKS, Unit.WEEK,
              RelativeUnit.MONTHS, Unit.MONTH, RelativeUnit.YEARS, Unit.YEAR);
      for (var e : units.entrySet()) {
        for (int n : new int[] {1, 2, 3, 5, 11, 100}) {
          for (Direction dir : new Direction[] {Direction.LAST, Direction.NEXT}) {
            int sign = dir == Direction.LAST ? -1 : 1;
            template(f.format(n, dir, e.getKey()), n, sign, e.getValue());
          }
        }
      }
    }
  }

  /** Narrow forms such as "+3 d" and "−3 d" lose their sign to tokenisation: no direction left. */
  private void dropUndirectedTemplates() {
    List<Template> undirected = new ArrayList<>();
    for (Template t : templates) {
      if (templates.contains(new Template(t.before(), t.after(), -t.direction(), t.unit()))) {
        undirected.add(t);
      }
    }
    templates.removeAll(undirected);
  }

  /**
   * From "la semaine dernière / cette semaine / la semaine prochaine", keeps the words that only
   * one of the three has: they are what makes the phrase past, present or future.
   */
  private void modifiers(List<List<String>> lastThisNext) {
    for (int k = 0; k < 3; k++) {
      for (String word : lastThisNext.get(k)) {
        boolean unique = true;
        for (int other = 0; other < 3; other++) {
          if (other != k && lastThisNext.get(other).contains(word)) {
            unique = false;
          }
        }
        if (unique && !word.chars().allMatch(Character::isDigit)) {
          add(List.of(word), new Modifier(k - 1));
        }
      }
    }
  }

  private void template(String phrase, int n, int sign, Unit unit) {
    List<Tokens.Token> tokens = Tokens.of(phrase);
    int at = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).number() && tokens.get(i).value() == n) {
        at = i;
      }
    }
    if (at < 0) {
      add(phrase, new Span(sign * n, unit));
      return;
    }
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (i < at) {
        before.add(tokens.get(i).key());
      } else if (i > at) {
        after.add(tokens.get(i).key());
      }
    }
    // the word next to the number names the unit in the number's plural form ("days", "أيام")
    String unitWord = !after.isEmpty() ? after.get(0) : before.isEmpty() ? null : before.get(before.size() - 1);
    if (unitWord != null) {
      add(List.of(unitWord), new UnitWord(unit));
    }
    Template t = new Template(List.copyOf(before), List.copyOf(after), sign, unit);
    if (!templates.contains(t)) {
      templates.add(t);
    }
  }

  private void numberWords(ULocale locale) {
    for (int type : new int[] {RuleBasedNumberFormat.SPELLOUT, RuleBasedNumberFormat.ORDINAL}) {
      RuleBasedNumberFormat f = new RuleBasedNumberFormat(locale, type);
      for (String set : f.getRuleSetNames()) {
        boolean ordinal = set.contains("ordinal");
        if (!ordinal && !set.contains("cardinal") && !set.equals("%spellout-numbering")) {
          continue;
        }
        for (int n = 1; n <= 31; n++) {
          String word = f.format(n, set);
          List<Tokens.Token> tokens = Tokens.of(word);
          if (tokens.stream().allMatch(Tokens.Token::isWord)) {
            add(word, new NumberWord(n, ordinal));
          }
        }
      }
    }
  }

  private void fieldNames(ULocale locale) {
    DateTimePatternGenerator g = DateTimePatternGenerator.getInstance(locale);
    int[] fields = {
      DateTimePatternGenerator.DAY, DateTimePatternGenerator.WEEK_OF_YEAR,
      DateTimePatternGenerator.MONTH, DateTimePatternGenerator.YEAR
    };
    Unit[] units = Unit.values();
    for (int k = 0; k < fields.length; k++) {
      for (var width : DateTimePatternGenerator.DisplayWidth.values()) {
        add(g.getFieldDisplayName(fields[k], width), new UnitWord(units[k]));
      }
    }
  }



  private static List<String> keys(String phrase) {
    List<String> out = new ArrayList<>();
    for (Tokens.Token t : Tokens.of(phrase)) {
      out.add(t.key());
    }
    return out;
  }

  private void add(String phrase, Sense sense) {
    if (phrase == null || phrase.isBlank()) {
      return;
    }
    List<String> keys = keys(phrase);
    if (!keys.isEmpty()) {
      add(keys, sense);
    }
  }

  private void add(List<String> keys, Sense sense) {
    Node node = root;
    for (String key : keys) {
      node = node.next.computeIfAbsent(key, k -> new Node());
    }
    if (!node.senses.contains(sense)) {
      node.senses.add(sense);
    }
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
    for (String key : keys(phrase)) {
      node = node.next.get(key);
      if (node == null) {
        return List.of();
      }
    }
    return List.copyOf(new LinkedHashSet<>(node.senses));
  }
}
