package org.dragoman.entity;

import org.dragoman.entity.DateVocabulary.Unit;

/** What has been read of one expression. */
final class DateFrame {
static final int NONE = Integer.MIN_VALUE;

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
  /** The month word was just read before a number: the number is the month's ("شهر عشرة"). */
  boolean monthNumberNext;
  /** "اليوم الثالث من…": the word for today before an ordinal is "the day", the ordinal its number. */
  boolean dayNumberNext;
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
  DateFrame anchor;

  boolean hasContent() {
    return day != NONE || month != NONE || year != NONE || dow != NONE || dayOffset != NONE
        || spanAmount != NONE || weekDirection != NONE || monthDirection != NONE
        || yearDirection != NONE;
  }

  boolean noCalendarDate() {
    return day == NONE && month == NONE && year == NONE;
  }
}
