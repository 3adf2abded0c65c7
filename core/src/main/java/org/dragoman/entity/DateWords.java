package org.dragoman.entity;

import static org.dragoman.entity.DateVocabulary.GREGORIAN;
import static org.dragoman.entity.DateVocabulary.ISLAMIC;
import static org.dragoman.entity.DateVocabulary.PERSIAN;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dragoman.entity.DateVocabulary.*;
import org.dragoman.language.LanguagePacks;
import org.dragoman.text.TextNormalizer;

/**
 * Reads a language's date words into a {@link DateVocabulary}: month and weekday names of every
 * calendar and every region of the language from CLDR through ICU4J, relative words and
 * templates ("yesterday", "in 3 days"), number words, field names, and what the language pack
 * adds (holidays, stop words).
 */
final class DateWords {

  private final Node root;
  private final List<Template> templates;
  private final Set<String> stopWords;

  DateWords(Node root, List<Template> templates, Set<String> stopWords) {
    this.root = root;
    this.templates = templates;
    this.stopWords = stopWords;
  }

  /** Reads the words of {@code language}. */
  void read(String language) {
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
    monthPrefixes(locales);
  }


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
      } else if (meaning.matches("n\\d+")) {
        add(e.getKey(), new NumberWord(Integer.parseInt(meaning.substring(1)), false));
      } else if (meaning.equals("mid")) {
        add(e.getKey(), new DateVocabulary.MidMonth());
      } else if (meaning.startsWith("day")) {
        add(e.getKey(), new DayOffset(Integer.parseInt(meaning.substring(3).replace("+", ""))));
      } else if (meaning.startsWith("span") || meaning.startsWith("period")) {
        // "span-1:week" (a week ago), "period+1:year" (next year)
        int colon = meaning.indexOf(':');
        int amount = Integer.parseInt(meaning.substring(meaning.startsWith("span") ? 4 : 6, colon).replace("+", ""));
        Unit unit = Unit.valueOf(meaning.substring(colon + 1).toUpperCase(java.util.Locale.ROOT));
        add(e.getKey(), meaning.startsWith("span") ? new Span(amount, unit) : new Period(amount, unit));
      } else if (meaning.equals("in")) {
        // a word that counts forward from today where CLDR's past phrases count back: every
        // "{before} N {unit}" of the past also reads with this word forward ("بعد ثلاثة أيام")
        for (Template t : List.copyOf(templates)) {
          if (t.direction() < 0 && t.before().size() == 1) {
            Template forward = new Template(List.of(TextNormalizer.matchKey(e.getKey())), t.after(), 1, t.unit());
            if (!templates.contains(forward)) {
              templates.add(forward);
            }
          }
        }
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



  static List<String> keys(String phrase) {
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
}
