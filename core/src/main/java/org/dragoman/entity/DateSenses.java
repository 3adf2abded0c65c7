package org.dragoman.entity;

import java.util.List;
import org.dragoman.entity.DateVocabulary.DayOffset;
import org.dragoman.entity.DateVocabulary.Era;
import org.dragoman.entity.DateVocabulary.Modifier;
import org.dragoman.entity.DateVocabulary.MonthName;
import org.dragoman.entity.DateVocabulary.NumberWord;
import org.dragoman.entity.DateVocabulary.Period;
import org.dragoman.entity.DateVocabulary.RelativeWeekday;
import org.dragoman.entity.DateVocabulary.Sense;
import org.dragoman.entity.DateVocabulary.Span;
import org.dragoman.entity.DateVocabulary.Unit;
import org.dragoman.entity.DateVocabulary.UnitWord;
import org.dragoman.entity.DateVocabulary.WeekdayName;
import static org.dragoman.entity.DateFrame.NONE;

/**
 * What each sense of a date word does to a {@link DateFrame}: the date expression's grammar
 * beside the {@link DateReader}, which walks the tokens (and is asked to look ahead).
 */
final class DateSenses {
  private final DateReader reader;

  DateSenses(DateReader reader) {
    this.reader = reader;
  }

  /**
   * Puts what {@code sense} says into {@code f} (a month, a weekday, a day offset, an era…) for
   * the tokens up to {@code to}; false when it contradicts what the frame holds already.
   */
  boolean apply(DateFrame f, Sense sense, int to) {
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
        if (o.days() == 0 && reader.peek(to).stream().anyMatch(s ->
            s instanceof NumberWord n && n.ordinal() && n.value() >= 1 && n.value() <= 31)) {
          f.dayNumberNext = true; // "اليوم الثالث من شهر عشرة": the third day
          return true;
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
        if (f.pending == NONE && reader.peek(to).stream().anyMatch(s -> s instanceof WeekdayName
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
              && reader.peek(to).stream().anyMatch(s -> s instanceof NumberWord)) {
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
        List<Sense> next = reader.peek(to);
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
        if (u.unit() == Unit.MONTH && f.month == NONE && !f.monthNumberNext && next.stream().anyMatch(s ->
            s instanceof NumberWord n && !n.ordinal() && n.value() >= 1 && n.value() <= 12)) {
          f.monthNumberNext = true; // "شهر عشرة", "شهر 10": the month of that number
          return true;
        }
        if (next.stream().anyMatch(s -> s instanceof Modifier || s instanceof DateVocabulary.Relation)) {
          f.lastUnit = u.unit();
          return true;
        }
        return false;
      }
      case NumberWord nw -> {
        int v = nw.value();
        if (f.dayNumberNext && nw.ordinal() && f.day == NONE) {
          f.dayNumberNext = false;
          f.day = v;
          return true;
        }
        if (f.monthNumberNext && v >= 1 && v <= 12) {
          f.monthNumberNext = false;
          f.month = v;
          return true;
        }
        if (nw.ordinal() && v <= 5 && f.nth == NONE && reader.nthFollows(to)) {
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
      case DateVocabulary.MidMonth mid -> {
        if (f.day != NONE || f.dow != NONE || f.month != NONE || reader.peek(to).stream().noneMatch(s ->
            s instanceof MonthName || s instanceof UnitWord u && u.unit() == Unit.MONTH)) {
          return false;
        }
        f.day = 15; // Duckling's middle of a month, at day grain
        return true;
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

  static boolean period(DateFrame f, Unit unit, int direction) {
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
  static boolean strong(DateFrame f) {
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
