package org.dragoman.entity;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.dragoman.entity.DateValue.Grain;
import org.dragoman.entity.DateVocabulary.Unit;
import static org.dragoman.entity.DateFrame.NONE;

/** Turns date frames into values against a reference date (see {@link DateFinder}). */
final class DateResolver {
  private DateResolver() {}

  static DateValue resolve(DateFrame f, LocalDate reference, DatePreference pref) {
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

  private static LocalDate weekdayAlone(DateFrame f, LocalDate ref, DatePreference pref) {
    DayOfWeek dow = DayOfWeek.of(f.dow);
    if (f.dowDirection != NONE) {
      return switch (f.dowDirection) {
        case -1 -> weekday(monday(ref).minusWeeks(1), f.dow);
        case 1 -> weekday(monday(ref).plusWeeks(1), f.dow);
        default -> ref.with(TemporalAdjusters.nextOrSame(dow));
      };
    }
    if (ref.getDayOfWeek() == dow && pref != DatePreference.FUTURE) {
      // "will vote Sunday" in an article of Sunday: that day, not a week before (future keeps
      // the convention of the dates gold, Duckling's: a week away)
      return ref;
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
  private static DateValue otherCalendar(DateFrame f, LocalDate ref, DatePreference pref) {
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
    if (g.getYear() < 1 || g.getYear() > 9999) {
      // Persian 9866 is Gregorian 10487: no ISO 8601 date of four digits, and no news date
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
