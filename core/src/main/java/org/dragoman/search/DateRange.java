package org.dragoman.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A range of days as people write it: {@code 2020-11-08}, {@code 2020-11}, {@code 2020}, or
 * {@code FROM..TO} with either side left empty; the first and last day it covers.
 *
 * <pre>{@code
 * DateRange r = DateRange.parse("2024-10", "--mentions"); // 2024-10-01 .. 2024-10-31
 * }</pre>
 *
 * @param first the first day, or {@code null} for no lower bound
 * @param last the last day, or {@code null} for no upper bound
 */
public record DateRange(LocalDate first, LocalDate last) {

  /**
   * Reads {@code text}.
   *
   * @param setting what the text was given as, named in the error ("--mentions", "mentions")
   * @throws IllegalArgumentException naming the setting and the part that is not a date
   */
  public static DateRange parse(String text, String setting) {
    String t = text.strip();
    int dots = t.indexOf("..");
    String a = dots < 0 ? t : t.substring(0, dots).strip();
    String b = dots < 0 ? t : t.substring(dots + 2).strip();
    return new DateRange(a.isEmpty() ? null : bound(a, true, text, setting),
        b.isEmpty() ? null : bound(b, false, text, setting));
  }

  private static LocalDate bound(String v, boolean first, String whole, String setting) {
    try {
      if (v.matches("\\d{4}")) {
        int y = Integer.parseInt(v);
        return first ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(v);
        return first ? ym.atDay(1) : ym.atEndOfMonth();
      }
      return LocalDate.parse(v);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(setting + " '" + whole + "': '" + v
          + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", e);
    }
  }
}
