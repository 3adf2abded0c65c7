package org.dragoman.entity;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.entity.DateValue.Grain;
import org.dragoman.entity.DateVocabulary.DayOffset;
import org.dragoman.entity.DateVocabulary.Era;
import org.dragoman.entity.DateVocabulary.Match;
import org.dragoman.entity.DateVocabulary.Modifier;
import org.dragoman.entity.DateVocabulary.MonthName;
import org.dragoman.entity.DateVocabulary.NumberWord;
import org.dragoman.entity.DateVocabulary.Period;
import org.dragoman.entity.DateVocabulary.RelativeWeekday;
import org.dragoman.entity.DateVocabulary.Sense;
import org.dragoman.entity.DateVocabulary.Span;
import org.dragoman.entity.DateVocabulary.Template;
import org.dragoman.entity.DateVocabulary.Unit;
import org.dragoman.entity.DateVocabulary.UnitWord;
import org.dragoman.entity.DateVocabulary.WeekdayName;

/**
 * Finds date expressions in the text of one language and normalises them to ISO 8601.
 *
 * <p>Words come from {@link DateVocabulary} (CLDR through ICU4J); this class only knows how
 * dates are put together: day, month and year in any order with the language's function words
 * between them ("el 5 de mayo de 2013", "8 November 2020", "كانون الثاني/يناير 3"), numeric
 * dates in the locale's order, ordinals ("3rd", "1er", "الثالث"), "first Tuesday of October",
 * relative days, weeks, months and years ("yesterday", "la semaine dernière", "vor 2 Wochen"),
 * weekdays made relative ("el martes pasado"), eras and the Hijri and Persian calendars, which
 * are converted through ICU's calendars. Underspecified dates are placed against a reference
 * date with a {@link DatePreference}.
 *
 * <pre>{@code
 * DateFinder ar = DateFinder.forLanguage("ar");
 * ar.find("نُشر في 08 نوفمبر 2020", LocalDate.now(), DatePreference.PAST);  // 2020-11-08
 * }</pre>
 *
 * <p>{@link #find} reports only unambiguous expressions of running text; {@link #parse} reads a
 * whole phrase as a date and also accepts the short forms that are only dates in isolation
 * ("the 24th", "mar", "May"). Thread-safe.
 */
public final class DateFinder {

  /** A date found in a text: {@code [start, end)}, its words and its value. */
  public record Found(int start, int end, String text, DateValue date) {}

  private static final int NONE = Integer.MIN_VALUE;

  private final DateVocabulary vocabulary;

  private DateFinder(DateVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Returns the finder for a BCP 47 language tag; any language CLDR knows works. */
  public static DateFinder forLanguage(String language) {
    return new DateFinder(DateVocabulary.of(language));
  }

  /**
   * Finds the dates of running text, resolved against {@code reference}; with a {@code null}
   * reference, dates that need one ("yesterday", "22 April") are found but left unresolved.
   */
  public List<Found> find(String text, LocalDate reference, DatePreference preference) {
    return scan(text, reference, preference, false);
  }

  /**
   * Reads {@code phrase} as one date expression: returns the longest date it holds, or
   * {@code null} when it holds none.
   */
  public Found parse(String phrase, LocalDate reference, DatePreference preference) {
    Found best = null;
    for (Found f : scan(phrase, reference, preference, true)) {
      if (best == null || f.end() - f.start() > best.end() - best.start()) {
        best = f;
      }
    }
    return best;
  }

  private List<Found> scan(String text, LocalDate reference, DatePreference preference, boolean lenient) {
    Reader reader = new Reader(Tokens.of(text), lenient);
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < reader.tokens.size()) {
      Frame f = reader.frameAt(i);
      if (f == null) {
        i++;
        continue;
      }
      if (lenient || reader.strong(f)) {
        int start = reader.tokens.get(f.first).start();
        int end = reader.tokens.get(f.last).end();
        out.add(new Found(start, end, text.substring(start, end), resolve(f, reference, preference)));
      }
      i = f.last + 1;
    }
    return out;
  }

  // ------------------------------------------------------------------ reading

  /** What has been read of one expression. */
  private static final class Frame {
    int first = -1;
    int last = -1;
    int day = NONE;
    int month = NONE;
    int year = NONE;
    boolean twoDigitYear;
    String calendar = DateVocabulary.GREGORIAN;
    boolean monthAbbreviated;
    boolean dayFromWord;
    int dow = NONE;
    int dowDirection = NONE;
    boolean dowAbbreviated;
    int nth = NONE;
    boolean nthDay;
    int weekDirection = NONE;
    int monthDirection = NONE;
    int yearDirection = NONE;
    int monthModifier = NONE;
    int dayOffset = NONE;
    int spanAmount = NONE;
    Unit spanUnit;
    int pending = NONE;
    Unit lastUnit;
    Class<?> lastKind;
    int numericParts;
    boolean numericWithYear;
    String era;
    boolean invalid;
    boolean afterStopWord;
    boolean holiday;
    int relation = NONE;
    boolean spanGrainIsUnit;
    Frame anchor;

    boolean hasContent() {
      return day != NONE || month != NONE || year != NONE || dow != NONE || dayOffset != NONE
          || spanAmount != NONE || weekDirection != NONE || monthDirection != NONE
          || yearDirection != NONE;
    }

    boolean noCalendarDate() {
      return day == NONE && month == NONE && year == NONE;
    }
  }

  private final class Reader {
    final List<Tokens.Token> tokens;
    final boolean lenient;
    final Match[] matches;
    final boolean[] matched;

    Reader(List<Tokens.Token> tokens, boolean lenient) {
      this.tokens = tokens;
      this.lenient = lenient;
      this.matches = new Match[tokens.size()];
      this.matched = new boolean[tokens.size()];
    }

    Match match(int i) {
      if (!matched[i]) {
        matches[i] = vocabulary.longest(tokens, i);
        matched[i] = true;
      }
      return matches[i];
    }

    Frame frameAt(int s) {
      Frame f = new Frame();
      f.afterStopWord = s > 0 && filler(s - 1) && joinable(s);
      int i = s;
      while (i < tokens.size()) {
        if (i > s && !joinable(i)) {
          break;
        }
        int next = step(f, i);
        if (next > i) {
          if (f.first < 0) {
            f.first = i;
          }
          f.last = next - 1;
          i = next;
          continue;
        }
        int related = relation(f, i);
        if (related > i) {
          f.last = related - 1;
          break;
        }
        if (i > s && f.first >= 0 && filler(i)) {
          i++;
          continue;
        }
        break;
      }
      if (f.first < 0 || !f.hasContent()) {
        return null;
      }
      return f;
    }

    /**
     * "the third Tuesday after Christmas 2014", "the day after tomorrow", "il mese dopo Natale":
     * a relation word between a count and another date; returns the end of that date.
     */
    int relation(Frame f, int i) {
      if (f.first < 0 || f.relation != NONE || !(f.nth != NONE && f.dow != NONE && f.month == NONE
          || f.lastUnit != null && f.noCalendarDate())) {
        return -1;
      }
      Match m = match(i);
      if (m == null) {
        return -1;
      }
      for (Sense s : m.senses()) {
        if (s instanceof DateVocabulary.Relation r) {
          Frame anchor = frameAt(m.to());
          if (anchor != null && anchor.first == m.to()) {
            f.relation = r.direction();
            f.anchor = anchor;
            return anchor.last + 1;
          }
        }
      }
      return -1;
    }

    /** Whether token {@code i} may continue the expression of the tokens before it. */
    boolean joinable(int i) {
      Tokens.Token t = tokens.get(i);
      String gap = t.gap();
      if (gap.length() > 2 || !Tokens.gapWithin(t, ",/-.،'’°‏")) {
        return false;
      }
      if (gap.contains(".") && t.spaced()) {
        Tokens.Token before = tokens.get(i - 1);
        return before.number() ? before.value() <= 31 && before.digits() <= 2 : before.key().length() <= 5;
      }
      return true;
    }

    boolean filler(int i) {
      Tokens.Token t = tokens.get(i);
      if (t.number()) {
        return false;
      }
      if (vocabulary.isStopWord(t.key())) {
        return true;
      }
      if (i + 1 < tokens.size()) {
        Tokens.Token next = tokens.get(i + 1);
        return !next.spaced() && (next.gap().equals("'") || next.gap().equals("’")) && t.key().length() <= 5;
      }
      return false;
    }

    /** The senses of the next token that is not a function word, or none. */
    List<Sense> peek(int from) {
      for (int j = from; j < tokens.size() && j < from + 4; j++) {
        if (j > from && !joinable(j)) {
          return List.of();
        }
        Match m = match(j);
        if (m != null) {
          return m.senses();
        }
        if (tokens.get(j).number()) {
          return List.of(new NumberWord((int) Math.min(tokens.get(j).value(), Integer.MAX_VALUE), false));
        }
        if (!filler(j)) {
          return List.of();
        }
      }
      return List.of();
    }

    int step(Frame f, int i) {
      int t = template(f, i);
      if (t > 0) {
        return t;
      }
      Tokens.Token token = tokens.get(i);
      if (token.number()) {
        int end = number(f, i);
        if (end > 0) {
          f.lastKind = Integer.class;
        }
        return end;
      }
      Match m = match(i);
      if (m == null) {
        return -1;
      }
      for (Sense s : m.senses()) {
        if (apply(f, s, m.to())) {
          f.lastKind = s.getClass();
          return m.to();
        }
      }
      return -1;
    }

    /** "upcoming two days", "2 upcoming months", "two years next": count, unit and direction. */
    int countedSpan(Frame f, int i) {
      if (f.hasContent()) {
        return -1;
      }
      int[][] orders = {{0, 1, 2}, {1, 0, 2}, {1, 2, 0}}; // modifier, count, unit
      for (int[] o : orders) {
        int j = i;
        int dir = NONE;
        int amount = NONE;
        Unit unit = null;
        boolean ok = true;
        for (int part : o) {
          if (j >= tokens.size() || j > i && !joinable(j)) {
            ok = false;
            break;
          }
          Tokens.Token t = tokens.get(j);
          Match m = t.number() ? null : match(j);
          if (part == 1 && t.number() && t.value() < 10_000) {
            amount = (int) t.value();
            j++;
            continue;
          }
          if (m == null) {
            ok = false;
            break;
          }
          for (Sense s : m.senses()) {
            if (part == 0 && s instanceof Modifier mo && mo.direction() != 0) {
              dir = mo.direction();
            } else if (part == 1 && s instanceof NumberWord nw && !nw.ordinal()) {
              amount = nw.value();
            } else if (part == 2 && s instanceof UnitWord u) {
              unit = u.unit();
            }
          }
          if (part == 0 && dir == NONE || part == 1 && amount == NONE || part == 2 && unit == null) {
            ok = false;
            break;
          }
          j = m.to();
        }
        if (ok) {
          f.spanAmount = dir * amount;
          f.spanUnit = unit;
          f.spanGrainIsUnit = true;
          return j;
        }
      }
      return -1;
    }

    int template(Frame f, int i) {
      if (f.spanAmount != NONE || f.dayOffset != NONE || !f.noCalendarDate()) {
        return -1;
      }
      int counted = countedSpan(f, i);
      if (counted > 0) {
        return counted;
      }
      for (Template t : vocabulary.templates()) {
        int j = i;
        if (!keysAt(t.before(), j)) {
          continue;
        }
        j += t.before().size();
        if (j >= tokens.size()) {
          continue;
        }
        int amount;
        Tokens.Token a = tokens.get(j);
        Match m = a.number() ? null : match(j);
        if (a.number() && a.value() < 10_000) {
          amount = (int) a.value();
          j++;
        } else if (m != null && m.senses().stream().anyMatch(s -> s instanceof NumberWord nw && !nw.ordinal())) {
          amount = m.senses().stream().filter(s -> s instanceof NumberWord nw && !nw.ordinal())
              .map(s -> ((NumberWord) s).value()).findFirst().orElse(1);
          j = m.to();
        } else if (!a.number() && (!t.before().isEmpty() || t.after().size() > 1) && vocabulary.isStopWord(a.key())) {
          amount = 1; // "in a week", "en una semana", "vor einer Woche"
          j++;
        } else {
          continue;
        }
        if (!keysAt(t.after(), j)) {
          continue;
        }
        f.spanAmount = t.direction() * amount;
        f.spanUnit = t.unit();
        f.lastKind = Template.class;
        return j + t.after().size();
      }
      return -1;
    }

    boolean keysAt(List<String> keys, int from) {
      if (from + keys.size() > tokens.size()) {
        return false;
      }
      for (int k = 0; k < keys.size(); k++) {
        if (!tokens.get(from + k).key().equals(keys.get(k))) {
          return false;
        }
      }
      return true;
    }

    int number(Frame f, int i) {
      Tokens.Token t = tokens.get(i);
      int j = i + 1;
      boolean ordinal = false;
      if (j < tokens.size()) {
        Tokens.Token next = tokens.get(j);
        boolean month = match(j) != null && match(j).senses().stream()
            .anyMatch(s -> s instanceof MonthName);
        if (next.glued() && next.isWord() && next.key().length() <= 4 && !month) {
          ordinal = true;
          j++;
        } else if (next.gap().startsWith("°")) {
          ordinal = true;
        }
      }
      if (!ordinal && f.noCalendarDate() && f.dow == NONE || !ordinal && f.noCalendarDate()) {
        int numeric = numeric(f, i);
        if (numeric > 0) {
          return numeric;
        }
      }
      if (t.digits() > 4) {
        return -1;
      }
      int v = (int) t.value();
      if (ordinal && v >= 1 && v <= 5 && f.nth == NONE && nthFollows(j)) {
        f.nth = v;
        return j;
      }
      boolean yearLike = t.digits() == 4
          || (f.month != NONE && f.day != NONE && (t.digits() == 2 || t.digits() == 4))
          || (f.month != NONE && v > 31);
      if (f.year == NONE && !ordinal && yearLike) {
        f.year = v;
        f.twoDigitYear = t.digits() <= 2;
        return j;
      }
      if (f.day == NONE && v >= 1 && v <= 31 && t.digits() <= 2) {
        f.day = v;
        return j;
      }
      return -1;
    }

    boolean nthFollows(int j) {
      return peek(j).stream().anyMatch(s -> s instanceof WeekdayName
          || s instanceof UnitWord u && (u.unit() == Unit.DAY || u.unit() == Unit.MONTH));
    }

    /** "15/02/2014", "2015-3-3", "10.31.1974", "2/2013", "15.2.", "le 20 02 14". */
    int numeric(Frame f, int i) {
      List<Tokens.Token> parts = new ArrayList<>();
      parts.add(tokens.get(i));
      String sep = null;
      int j = i + 1;
      while (j < tokens.size() && parts.size() < 3) {
        Tokens.Token t = tokens.get(j);
        if (!t.number() || t.digits() > 4) {
          break;
        }
        String gap = t.gap();
        if (sep == null) {
          if (gap.length() == 1 && "/-.".contains(gap)) {
            sep = gap;
          } else if (gap.isEmpty() && t.spaced() && lenient) {
            sep = " ";
          } else {
            break;
          }
        } else if (!(sep.equals(" ") ? gap.isEmpty() && t.spaced() : gap.equals(sep))) {
          break;
        }
        parts.add(t);
        j++;
      }
      if (parts.size() < 2) {
        return -1;
      }
      if (j < tokens.size() && tokens.get(j).number() && sep != null && !sep.equals(" ")
          && tokens.get(j).gap().equals(sep)) {
        return -1; // 1.2.3.4: a version or an address, not a date
      }
      int[] v = new int[parts.size()];
      int[] d = new int[parts.size()];
      for (int k = 0; k < v.length; k++) {
        v[k] = (int) parts.get(k).value();
        d[k] = parts.get(k).digits();
      }
      int day = NONE;
      int month;
      int year = NONE;
      boolean twoDigit = false;
      String order = vocabulary.numericOrder();
      if (v.length == 3) {
        if (d[0] == 4) {
          year = v[0];
          month = v[1];
          day = v[2];
        } else {
          if (d[2] != 2 && d[2] != 4 || d[0] > 2 || d[1] > 2) {
            return -1;
          }
          boolean monthFirst = order.startsWith("M");
          month = monthFirst ? v[0] : v[1];
          day = monthFirst ? v[1] : v[0];
          year = v[2];
          twoDigit = d[2] == 2;
        }
      } else if (d[0] == 4) {
        year = v[0];
        month = v[1];
      } else if (d[1] == 4) {
        month = v[0];
        year = v[1];
      } else {
        if (!lenient || d[0] > 2 || d[1] > 2) {
          return -1; // "3/4" or "3.5" in running text is a fraction or a decimal, not a date
        }
        boolean monthFirst = order.startsWith("M");
        month = monthFirst ? v[0] : v[1];
        day = monthFirst ? v[1] : v[0];
      }
      if (month > 12 && day != NONE && day <= 12) {
        int swap = month;
        month = day;
        day = swap;
      }
      if (month < 1 || month > 12 || day != NONE && (day < 1 || day > 31)) {
        return -1;
      }
      f.day = day;
      f.month = month;
      f.year = year;
      f.twoDigitYear = twoDigit;
      f.numericParts = v.length;
      f.numericWithYear = year != NONE;
      f.lastKind = Integer.class;
      return j;
    }

    boolean apply(Frame f, Sense sense, int to) {
      switch (sense) {
        case MonthName m -> {
          if (f.month == NONE) {
            f.month = m.month();
            f.calendar = m.calendar();
            f.monthAbbreviated = m.abbreviated();
            if (f.dow != NONE && f.dowDirection != NONE && f.nth == NONE) {
              f.nth = f.dowDirection < 0 ? -1 : NONE; // "last Monday of March"
              f.dowDirection = NONE;
            }
            if (f.pending != NONE) {
              f.monthModifier = f.pending;
              f.pending = NONE;
            }
            return true;
          }
          return f.month == m.month() && f.calendar.equals(m.calendar()) && f.lastKind == MonthName.class;
        }
        case WeekdayName w -> {
          if (f.dow != NONE) {
            return false;
          }
          f.dow = w.isoDay();
          f.dowAbbreviated = w.abbreviated();
          if (f.pending != NONE) {
            f.dowDirection = f.pending;
            f.pending = NONE;
          }
          return true;
        }
        case DayOffset o -> {
          if (f.hasContent()) {
            return false;
          }
          f.dayOffset = o.days();
          return true;
        }
        case Period p -> {
          return period(f, p.unit(), p.direction());
        }
        case RelativeWeekday r -> {
          if (f.dow != NONE) {
            return false;
          }
          f.dow = r.isoDay();
          f.dowDirection = r.direction();
          return true;
        }
        case Modifier mo -> {
          if (f.lastKind == UnitWord.class && f.lastUnit != null) {
            boolean done = period(f, f.lastUnit, mo.direction());
            f.lastUnit = null;
            return done;
          }
          if (f.lastKind == WeekdayName.class && f.dowDirection == NONE) {
            f.dowDirection = mo.direction();
            return true;
          }
          if (f.pending == NONE && peek(to).stream().anyMatch(s -> s instanceof WeekdayName
              || s instanceof MonthName || s instanceof UnitWord)) {
            f.pending = mo.direction();
            return true;
          }
          return false;
        }
        case UnitWord u -> {
          if (f.pending != NONE) {
            int dir = f.pending;
            f.pending = NONE;
            if (u.unit() == Unit.MONTH && dir < 0 && f.month == NONE
                && peek(to).stream().anyMatch(s -> s instanceof NumberWord)) {
              f.month = 12; // "último mês de 2013"
              return true;
            }
            if (u.unit() == Unit.DAY) {
              if (dir < 0 && f.nth == NONE) {
                f.nth = -1;
                f.nthDay = true;
                return true;
              }
              return false;
            }
            return period(f, u.unit(), dir);
          }
          List<Sense> next = peek(to);
          if (u.unit() == Unit.DAY && f.noCalendarDate()
              && next.stream().anyMatch(s -> s instanceof DateVocabulary.Relation)) {
            f.lastUnit = Unit.DAY; // "the day after tomorrow"
            return true;
          }
          if (u.unit() == Unit.DAY) {
            if (f.nth != NONE && !f.nthDay && f.dow == NONE) {
              f.nthDay = true; // "third day of October"
              return true;
            }
            if (f.day != NONE && f.lastKind == Integer.class) {
              return true; // "20th day of next month"
            }
            return f.day == NONE && next.stream().anyMatch(s -> s instanceof NumberWord);
          }
          if (u.unit() == Unit.MONTH && f.month == NONE && f.nth != NONE && f.dow == NONE
              && f.nth <= 12) {
            f.month = f.nth < 0 ? 12 : f.nth; // "primeiro mês de 2013", "the last month of 2013"
            f.nth = NONE;
            return true;
          }
          if (u.unit() == Unit.MONTH && f.month == NONE && next.stream().anyMatch(s -> s instanceof MonthName)) {
            return true; // "au mois de mars", "del mese di ottobre"
          }
          if (next.stream().anyMatch(s -> s instanceof Modifier || s instanceof DateVocabulary.Relation)) {
            f.lastUnit = u.unit();
            return true;
          }
          return false;
        }
        case NumberWord nw -> {
          int v = nw.value();
          if (nw.ordinal() && v <= 5 && f.nth == NONE && nthFollows(to)) {
            f.nth = v;
            return true;
          }
          if (f.day == NONE && v >= 1 && v <= 31) {
            f.day = v;
            f.dayFromWord = true;
            return true;
          }
          return false;
        }
        case Era e -> {
          if (f.year == NONE || f.era != null) {
            return false;
          }
          f.era = e.calendar();
          if (e.beforeEpoch()) {
            f.invalid = true;
          }
          if (!e.calendar().equals(DateVocabulary.GREGORIAN)) {
            f.calendar = e.calendar();
          }
          return true;
        }
        case DateVocabulary.Relation r -> {
          return false;
        }
        case DateVocabulary.FixedDay h -> {
          if (f.month != NONE || f.day != NONE || f.dow != NONE) {
            return false;
          }
          f.month = h.month();
          f.day = h.day();
          f.holiday = true;
          return true;
        }
        case Span sp -> {
          if (f.spanAmount != NONE || f.hasContent()) {
            return false;
          }
          f.spanAmount = sp.amount();
          f.spanUnit = sp.unit();
          return true;
        }
      }
    }

    boolean period(Frame f, Unit unit, int direction) {
      switch (unit) {
        case WEEK -> {
          if (f.weekDirection != NONE) {
            return false;
          }
          f.weekDirection = direction;
        }
        case MONTH -> {
          if (f.monthDirection != NONE || f.month != NONE) {
            return false;
          }
          f.monthDirection = direction;
        }
        case YEAR -> {
          if (f.yearDirection != NONE || f.year != NONE) {
            return false;
          }
          f.yearDirection = direction;
        }
        case DAY -> {
          return false;
        }
      }
      return true;
    }

    /** Whether a frame is a date even in running text, not only as a phrase on its own. */
    boolean strong(Frame f) {
      if (f.invalid) {
        return true;
      }
      if (f.numericParts == 3 || f.numericParts == 2 && f.numericWithYear) {
        return true;
      }
      if (f.month != NONE && f.numericParts == 0 && (f.day != NONE && !f.dayFromWord || f.year != NONE)) {
        return !f.monthAbbreviated || f.year != NONE || f.dow != NONE;
      }
      if (f.month != NONE && f.nth != NONE || f.holiday) {
        return true;
      }
      if (f.dayOffset != NONE || f.spanAmount != NONE || f.weekDirection != NONE
          || f.monthDirection != NONE || f.yearDirection != NONE) {
        return true;
      }
      if (f.dow != NONE && f.noCalendarDate()) {
        return f.dowDirection != NONE || !f.dowAbbreviated;
      }
      if (f.year != NONE && f.month == NONE && f.day == NONE) {
        return f.era != null || f.afterStopWord && f.year >= 1800 && f.year <= 2199;
      }
      if (f.month != NONE && f.day == NONE && f.year == NONE && !f.monthAbbreviated) {
        return f.monthModifier != NONE;
      }
      return false;
    }
  }

  // ------------------------------------------------------------------ resolving

  private static DateValue resolve(Frame f, LocalDate reference, DatePreference pref) {
    LocalDate ref = reference;
    if (ref == null) {
      boolean relative = f.anchor != null || f.spanAmount != NONE || f.dayOffset != NONE
          || f.weekDirection != NONE || f.monthDirection != NONE || f.yearDirection != NONE
          || f.year == NONE || f.twoDigitYear;
      if (relative) {
        // no publication date to count from: "yesterday" and "22 April" stay unresolved
        return DateValue.unresolved(f.day != NONE || f.dow != NONE || f.dayOffset != NONE ? Grain.DAY
            : f.month != NONE ? Grain.MONTH : Grain.YEAR, f.calendar);
      }
      ref = LocalDate.of(2000, 1, 1); // not used: the date states its year
    }
    if (f.anchor != null) {
      DateValue base = resolve(f.anchor, ref, pref);
      if (!base.resolved()) {
        return base;
      }
      LocalDate from = LocalDate.parse(base.grain() == Grain.YEAR ? base.value() + "-01-01"
          : base.grain() == Grain.MONTH ? base.value() + "-01" : base.value());
      if (f.nth != NONE && f.dow != NONE) {
        DayOfWeek dow = DayOfWeek.of(f.dow);
        LocalDate first = f.relation > 0 ? from.with(TemporalAdjusters.next(dow)) : from.with(TemporalAdjusters.previous(dow));
        return day(first.plusWeeks((long) f.relation * (Math.abs(f.nth) - 1)));
      }
      int amount = f.relation * (f.day != NONE ? f.day : 1);
      return switch (f.lastUnit) {
        case DAY -> day(from.plusDays(amount));
        case WEEK -> day(from.plusWeeks(amount));
        case MONTH -> month(YearMonth.from(from).plusMonths(amount));
        case YEAR -> day(from.plusYears(amount));
      };
    }
    if (f.invalid) {
      return DateValue.unresolved(Grain.DAY, f.calendar);
    }
    if (f.spanAmount != NONE) {
      LocalDate d = switch (f.spanUnit) {
        case DAY -> ref.plusDays(f.spanAmount);
        case WEEK -> ref.plusWeeks(f.spanAmount);
        case MONTH -> ref.plusMonths(f.spanAmount);
        case YEAR -> ref.plusYears(f.spanAmount);
      };
      if (f.dow != NONE) {
        return day(weekday(monday(d), f.dow));
      }
      if (f.spanGrainIsUnit && f.spanUnit == Unit.YEAR) {
        return year(d.getYear());
      }
      if (f.spanGrainIsUnit && f.spanUnit == Unit.MONTH) {
        return month(YearMonth.from(d));
      }
      return f.spanUnit == Unit.YEAR ? month(YearMonth.from(d)) : day(d);
    }
    if (f.dayOffset != NONE) {
      return day(ref.plusDays(f.dayOffset));
    }
    if (f.weekDirection != NONE) {
      LocalDate monday = monday(ref).plusWeeks(f.weekDirection);
      return f.dow != NONE ? day(weekday(monday, f.dow)) : new DateValue(monday.toString(), Grain.WEEK, DateVocabulary.GREGORIAN, null, true);
    }
    if (f.monthDirection != NONE) {
      YearMonth ym = YearMonth.from(ref).plusMonths(f.monthDirection);
      if (f.nth != NONE && f.dow != NONE) {
        return day(nthWeekday(ym, f.nth, f.dow));
      }
      if (f.day != NONE) {
        return ym.isValidDay(f.day) ? day(ym.atDay(f.day)) : DateValue.unresolved(Grain.DAY, DateVocabulary.GREGORIAN);
      }
      return month(ym);
    }
    if (f.yearDirection != NONE && f.month == NONE) {
      return year(ref.getYear() + f.yearDirection);
    }
    if (f.dow != NONE && f.noCalendarDate()) {
      return day(weekdayAlone(f, ref, pref));
    }
    if (!f.calendar.equals(DateVocabulary.GREGORIAN)) {
      return otherCalendar(f, ref, pref);
    }
    int year = f.year;
    if (year != NONE && f.twoDigitYear) {
      year = pivot(year, ref);
    }
    if (f.yearDirection != NONE) {
      year = ref.getYear() + f.yearDirection;
    }
    if (year != NONE && (year < 1 || year > 9999)) {
      return DateValue.unresolved(f.day != NONE ? Grain.DAY : f.month != NONE ? Grain.MONTH : Grain.YEAR, f.calendar);
    }
    if (f.month == NONE && f.day == NONE) {
      return year(year);
    }
    if (f.month != NONE && f.nth != NONE) {
      YearMonth ym = year != NONE ? YearMonth.of(year, f.month) : monthAlone(f.month, ref, pref, 0);
      if (f.nthDay) {
        int d = f.nth < 0 ? ym.lengthOfMonth() + f.nth + 1 : f.nth;
        return ym.isValidDay(d) ? day(ym.atDay(d)) : DateValue.unresolved(Grain.DAY, f.calendar);
      }
      return f.dow != NONE ? day(nthWeekday(ym, f.nth, f.dow)) : month(ym);
    }
    if (f.month != NONE && f.day == NONE) {
      if (year != NONE) {
        return month(YearMonth.of(year, f.month));
      }
      return month(monthAlone(f.month, ref, pref, f.monthModifier == NONE ? 0 : f.monthModifier));
    }
    if (f.month != NONE) {
      if (year != NONE) {
        YearMonth ym = YearMonth.of(year, f.month);
        return ym.isValidDay(f.day) ? day(ym.atDay(f.day)) : DateValue.unresolved(Grain.DAY, f.calendar);
      }
      LocalDate d = dayAndMonth(f.day, f.month, f.dow, ref, pref);
      return d != null ? day(d) : DateValue.unresolved(Grain.DAY, f.calendar);
    }
    LocalDate d = dayAlone(f.day, f.dow, ref, pref);
    return d != null ? day(d) : DateValue.unresolved(Grain.DAY, f.calendar);
  }

  private static int pivot(int twoDigits, LocalDate ref) {
    int century = ref.getYear() / 100 * 100;
    int y = century + twoDigits;
    if (y > ref.getYear() + 20) {
      y -= 100;
    } else if (y <= ref.getYear() - 80) {
      y += 100;
    }
    return y;
  }

  private static LocalDate monday(LocalDate d) {
    return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static LocalDate weekday(LocalDate monday, int isoDay) {
    return monday.plusDays(isoDay - 1L);
  }

  private static LocalDate nthWeekday(YearMonth ym, int nth, int isoDay) {
    DayOfWeek dow = DayOfWeek.of(isoDay);
    if (nth < 0) {
      return ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(dow));
    }
    LocalDate d = ym.atDay(1).with(TemporalAdjusters.nextOrSame(dow)).plusWeeks(nth - 1L);
    return d;
  }

  private static LocalDate weekdayAlone(Frame f, LocalDate ref, DatePreference pref) {
    DayOfWeek dow = DayOfWeek.of(f.dow);
    if (f.dowDirection != NONE) {
      return switch (f.dowDirection) {
        case -1 -> weekday(monday(ref).minusWeeks(1), f.dow);
        case 1 -> weekday(monday(ref).plusWeeks(1), f.dow);
        default -> ref.with(TemporalAdjusters.nextOrSame(dow));
      };
    }
    LocalDate after = ref.with(TemporalAdjusters.next(dow));
    LocalDate before = ref.with(TemporalAdjusters.previous(dow));
    return choose(before, after, ref, pref);
  }

  private static LocalDate choose(LocalDate before, LocalDate after, LocalDate ref, DatePreference pref) {
    return switch (pref) {
      case PAST -> before;
      case FUTURE -> after;
      case NEAREST -> ChronoUnit.DAYS.between(before, ref) <= ChronoUnit.DAYS.between(ref, after) ? before : after;
    };
  }

  private static YearMonth monthAlone(int month, LocalDate ref, DatePreference pref, int modifier) {
    YearMonth now = YearMonth.from(ref);
    YearMonth thisYear = YearMonth.of(ref.getYear(), month);
    if (modifier > 0) {
      return thisYear.isAfter(now) ? thisYear : thisYear.plusYears(1);
    }
    if (modifier < 0) {
      return thisYear.isBefore(now) ? thisYear : thisYear.minusYears(1);
    }
    YearMonth before = thisYear.isAfter(now) ? thisYear.minusYears(1) : thisYear;
    YearMonth after = thisYear.isBefore(now) ? thisYear.plusYears(1) : thisYear;
    return switch (pref) {
      case PAST -> before;
      case FUTURE -> after;
      case NEAREST -> now.until(after, ChronoUnit.MONTHS) < before.until(now, ChronoUnit.MONTHS) ? after : before;
    };
  }

  private static LocalDate dayAndMonth(int day, int month, int dow, LocalDate ref, DatePreference pref) {
    if (dow != NONE) {
      YearMonth same = YearMonth.of(ref.getYear(), month);
      if (same.isValidDay(day) && same.atDay(day).getDayOfWeek().getValue() == dow) {
        return same.atDay(day);
      }
    }
    LocalDate before = null;
    LocalDate after = null;
    for (int k = 0; k <= 28 && (before == null || after == null); k++) {
      for (int sign : new int[] {-1, 1}) {
        YearMonth ym = YearMonth.of(ref.getYear() + sign * k, month);
        if (!ym.isValidDay(day)) {
          continue;
        }
        LocalDate d = ym.atDay(day);
        if (dow != NONE && d.getDayOfWeek().getValue() != dow) {
          continue;
        }
        if (!d.isAfter(ref) && (before == null || d.isAfter(before))) {
          before = before == null ? d : before;
        }
        if (!d.isBefore(ref) && after == null) {
          after = d;
        }
      }
    }
    return pick(before, after, ref, pref);
  }

  private static LocalDate dayAlone(int day, int dow, LocalDate ref, DatePreference pref) {
    YearMonth now = YearMonth.from(ref);
    if (dow != NONE && now.isValidDay(day) && now.atDay(day).getDayOfWeek().getValue() == dow) {
      return now.atDay(day);
    }
    LocalDate before = null;
    LocalDate after = null;
    for (int k = 0; k <= 60 && (before == null || after == null); k++) {
      for (int sign : new int[] {-1, 1}) {
        YearMonth ym = now.plusMonths((long) sign * k);
        if (!ym.isValidDay(day)) {
          continue;
        }
        LocalDate d = ym.atDay(day);
        if (dow != NONE && d.getDayOfWeek().getValue() != dow) {
          continue;
        }
        if (!d.isAfter(ref) && before == null) {
          before = d;
        }
        if (!d.isBefore(ref) && after == null) {
          after = d;
        }
      }
    }
    return pick(before, after, ref, pref);
  }

  private static LocalDate pick(LocalDate before, LocalDate after, LocalDate ref, DatePreference pref) {
    if (before == null || after == null) {
      return before != null ? before : after;
    }
    return choose(before, after, ref, pref);
  }

  /** A date written in the Hijri or Persian calendar, converted through ICU's calendars. */
  private static DateValue otherCalendar(Frame f, LocalDate ref, DatePreference pref) {
    Calendar cal = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("en@calendar=" + f.calendar));
    cal.clear();
    cal.setTime(java.util.Date.from(ref.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    int refYear = cal.get(Calendar.EXTENDED_YEAR);
    int refMonth = cal.get(Calendar.MONTH) + 1;
    int month = f.month == NONE ? 1 : f.month;
    int day = f.day == NONE ? 1 : f.day;
    Grain grain = f.day != NONE ? Grain.DAY : f.month != NONE ? Grain.MONTH : Grain.YEAR;
    int year;
    if (f.year != NONE) {
      year = f.year;
    } else {
      int thisYear = refYear;
      boolean later = month > refMonth;
      boolean earlier = month < refMonth;
      year = switch (pref) {
        case PAST -> later ? thisYear - 1 : thisYear;
        case FUTURE -> earlier ? thisYear + 1 : thisYear;
        case NEAREST -> Math.abs(month - refMonth) <= 6 ? thisYear : (later ? thisYear - 1 : thisYear + 1);
      };
    }
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 30) {
      return DateValue.unresolved(grain, f.calendar);
    }
    cal.clear();
    cal.set(Calendar.EXTENDED_YEAR, year);
    cal.set(Calendar.MONTH, month - 1);
    cal.set(Calendar.DAY_OF_MONTH, day);
    cal.setLenient(false);
    LocalDate g;
    try {
      g = cal.getTime().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    } catch (IllegalArgumentException e) {
      return DateValue.unresolved(grain, f.calendar);
    }
    String original = switch (grain) {
      case DAY -> String.format("%04d-%02d-%02d", year, month, day);
      case MONTH -> String.format("%04d-%02d", year, month);
      default -> String.format("%04d", year);
    };
    String value = switch (grain) {
      case DAY -> g.toString();
      case MONTH -> YearMonth.from(g).toString();
      default -> String.format("%04d", g.getYear());
    };
    return new DateValue(value, grain, f.calendar, original, true);
  }

  private static DateValue day(LocalDate d) {
    if (d == null || d.getYear() < 1 || d.getYear() > 9999) {
      return DateValue.unresolved(Grain.DAY, DateVocabulary.GREGORIAN);
    }
    return new DateValue(d.toString(), Grain.DAY, DateVocabulary.GREGORIAN, null, true);
  }

  private static DateValue month(YearMonth ym) {
    if (ym.getYear() < 1 || ym.getYear() > 9999) {
      return DateValue.unresolved(Grain.MONTH, DateVocabulary.GREGORIAN);
    }
    return new DateValue(ym.toString(), Grain.MONTH, DateVocabulary.GREGORIAN, null, true);
  }

  private static DateValue year(int y) {
    if (y < 1 || y > 9999) {
      return DateValue.unresolved(Grain.YEAR, DateVocabulary.GREGORIAN);
    }
    return new DateValue(String.format("%04d", y), Grain.YEAR, DateVocabulary.GREGORIAN, null, true);
  }
}
