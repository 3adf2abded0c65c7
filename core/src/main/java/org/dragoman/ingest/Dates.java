package org.dragoman.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as metadata states them: ISO 8601 dates and date-times. */
final class Dates {

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private Dates() {}

  /**
   * Parses an ISO 8601 date or date-time ("2021-01-03", "2021-01-03T10:00:00+05:00"); null for
   * none, and for a year outside 1–9999 ("+10000-01-01"), which no article was published in and
   * which feeds, sitemaps and HTML cannot carry.
   */
  static LocalDate parseIso(String value) {
    LocalDate d = parse(value);
    return d == null || d.getYear() < 1 || d.getYear() > 9999 ? null : d;
  }

  private static LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // not a full date-time with offset; try the forms below
    }
    try {
      return ZonedDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // nor a zoned one
    }
    Matcher m = ISO_DATE.matcher(v);
    if (m.lookingAt()) {
      try {
        return LocalDate.of(
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return null;
  }
}
