package org.dragoman.entity;

import java.util.Locale;

/**
 * How an underspecified date ("22 April", "on Tuesday", "March") is placed relative to the
 * reference date (the article's publication date). News reports mostly tell what happened, so
 * Dragoman's default is {@link #PAST}; {@link #FUTURE} is Duckling's convention (calendars,
 * announcements); {@link #NEAREST} takes whichever candidate is closest.
 */
public enum DatePreference {
  PAST,
  FUTURE,
  NEAREST;

  /** Parses "past", "future" or "nearest", in any case. */
  public static DatePreference parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown date preference '" + name + "': use past, future or nearest", e);
    }
  }
}
