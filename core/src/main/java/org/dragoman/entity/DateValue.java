package org.dragoman.entity;

/**
 * A normalised date: {@code value} in ISO 8601 at its {@code grain} ("2020-11-08" for a day,
 * "2020-11" for a month, "2020" for a year, the Monday for a week), or {@code null} with
 * {@code resolved} false when the words name no real date ("31 February", year 0). A date
 * written in another calendar keeps that calendar's name and its own reading in
 * {@code original} ("1442-09-15" for "15 رمضان 1442 هـ").
 */
public record DateValue(String value, Grain grain, String calendar, String original, boolean resolved) {

  /** How precise a date is. */
  public enum Grain {
    DAY, WEEK, MONTH, YEAR;

    /** The lower-case name used in JSON ("day", "month"…). */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  static DateValue unresolved(Grain grain, String calendar) {
    return new DateValue(null, grain, calendar, null, false);
  }
}
