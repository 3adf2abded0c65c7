package org.dragoman.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void isoDatesAndDateTimes() {
    assertEquals(LocalDate.of(2021, 1, 3), Dates.parseIso("2021-01-03"));
    assertEquals(LocalDate.of(2021, 1, 3), Dates.parseIso("2021-01-03T10:00:00+05:00"));
    assertEquals(LocalDate.of(2021, 1, 3), Dates.parseIso(" 2021-01-03T23:30:00Z "));
    assertNull(Dates.parseIso("3 January 2021"));
    assertNull(Dates.parseIso("2021-02-30"));
  }

  @Test
  void yearsNoArticleWasPublishedInAreNoDate() {
    // signed years parse as ISO 8601 but no feed, sitemap or page can carry them
    assertNull(Dates.parseIso("+10000-01-01T00:00:00Z"));
    assertNull(Dates.parseIso("-0001-06-01T00:00:00Z"));
    assertNull(Dates.parseIso("0000-06-01"));
    assertEquals(LocalDate.of(9999, 12, 31), Dates.parseIso("9999-12-31"));
  }
}
