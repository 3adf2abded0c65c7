package org.dragoman.ingest;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dragoman.model.Segment;

/**
 * A publication date stated in the text itself: a dateline ("KARACHI, 22 April 2021 — …",
 * "القاهرة، 5 أكتوبر 2024") or a date on a line of its own near the top. Dates are parsed by
 * ICU's date formats for the article's language, so month names come from CLDR, in the locale's
 * own digits or in ASCII digits.
 */
final class Datelines {

  /** Only the first few paragraphs can hold a dateline. */
  private static final int PARAGRAPHS = 3;

  /** A place name before the date is at most this long. */
  private static final int MAX_PLACE = 40;

  /** A paragraph this short may be a date alone. */
  private static final int MAX_ALONE = 80;

  /**
   * A dateline found.
   *
   * @param date the date
   * @param paragraph index of the paragraph that holds it
   * @param whole whether that paragraph is nothing but the dateline
   */
  record Found(LocalDate date, int paragraph, boolean whole) {}

  private Datelines() {}

  private static final Map<String, List<DateFormat>> FORMATS = new ConcurrentHashMap<>();

  /** Each thread parses with its own copies: DateFormat is not thread-safe, and copying costs. */
  private static final ThreadLocal<Map<String, List<DateFormat>>> COPIES =
      ThreadLocal.withInitial(java.util.HashMap::new);

  static Found find(String text, List<Segment> paragraphs, String language) {
    List<DateFormat> formats = COPIES.get().computeIfAbsent(language, l ->
        FORMATS.computeIfAbsent(l, Datelines::formats).stream()
            .map(f -> (DateFormat) f.clone()).toList());
    for (int i = 0; i < Math.min(PARAGRAPHS, paragraphs.size()); i++) {
      String p = paragraphs.get(i).text(text).strip();
      if (!hasDigit(p)) {
        continue; // every date format here has a day or a year in digits
      }
      int comma = firstComma(p);
      for (int start : comma > 0 && comma < MAX_PLACE ? new int[] {0, comma + 1} : new int[] {0}) {
        for (DateFormat f : formats) {
          Found found = parseAt(p, start, f, i);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  /**
   * The distinct long, medium and full date patterns of every region of the language (English
   * writes "9 November 2023" in Britain and "November 9, 2023" in the US), each with the
   * region's own digits and with ASCII digits.
   */
  private static List<DateFormat> formats(String language) {
    Map<String, DateFormat> byPattern = new LinkedHashMap<>();
    List<ULocale> locales = new ArrayList<>();
    locales.add(ULocale.forLanguageTag(language));
    for (ULocale l : ULocale.getAvailableLocales()) {
      if (l.getLanguage().equals(language) && !l.getCountry().isEmpty()) {
        locales.add(l);
      }
    }
    for (String calendar : otherCalendars(locales)) {
      locales.add(ULocale.forLanguageTag(language).setKeywordValue("calendar", calendar));
    }
    for (ULocale l : locales) {
      for (ULocale digits : new ULocale[] {l, l.setKeywordValue("numbers", "latn")}) {
        for (int style : new int[] {DateFormat.LONG, DateFormat.MEDIUM, DateFormat.FULL}) {
          DateFormat f = DateFormat.getDateInstance(style, digits);
          String key = (f instanceof SimpleDateFormat s ? s.toPattern() : f.toString())
              + "|" + digits.getKeywordValue("numbers") + "|" + l.getLanguage()
              + "|" + f.getCalendar().getType();
          if (!byPattern.containsKey(key)) {
            f.setLenient(false);
            f.setTimeZone(TimeZone.GMT_ZONE);
            byPattern.put(key, f);
          }
        }
      }
    }
    return List.copyOf(byPattern.values());
  }

  /**
   * The calendars besides the Gregorian that CLDR says the language's regions use, as the date
   * words know them: the Islamic (Umm al-Qura, as DateVocabulary reads Hijri months) when any
   * region prefers an Islamic one ("جدة، 1 رمضان 1446 هـ —"), the Persian when any prefers it.
   * A language whose own calendar is not the Gregorian (Persian) already parses in it.
   */
  private static List<String> otherCalendars(List<ULocale> locales) {
    boolean islamic = false;
    boolean persian = false;
    for (ULocale l : locales) {
      for (String c : com.ibm.icu.util.Calendar.getKeywordValuesForLocale("calendar", l, true)) {
        islamic |= c.startsWith("islamic");
        persian |= c.equals("persian");
      }
    }
    List<String> out = new ArrayList<>();
    if (islamic) {
      out.add("islamic-umalqura");
    }
    if (persian) {
      out.add("persian");
    }
    return out;
  }

  private static boolean hasDigit(String p) {
    for (int i = 0; i < p.length(); i++) {
      if (Character.isDigit(p.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int firstComma(String p) {
    int latin = p.indexOf(',');
    int arabic = p.indexOf('،');
    if (latin < 0) {
      return arabic;
    }
    return arabic < 0 ? latin : Math.min(latin, arabic);
  }

  private static Found parseAt(String p, int start, DateFormat prototype, int index) {
    while (start < p.length() && Character.isWhitespace(p.charAt(start))) {
      start++;
    }
    DateFormat f = prototype; // this thread's own copy
    ParsePosition pos = new ParsePosition(start);
    java.util.Date date = f.parse(p, pos);
    if (date == null || pos.getIndex() <= start) {
      return null;
    }
    String rest = p.substring(pos.getIndex()).strip();
    boolean alone = rest.isEmpty() && p.length() <= MAX_ALONE;
    boolean dashed = !rest.isEmpty() && "—–-:".indexOf(rest.charAt(0)) >= 0;
    if (!alone && !dashed) {
      return null;
    }
    Calendar c = Calendar.getInstance(TimeZone.GMT_ZONE, ULocale.ROOT);
    c.setTime(date);
    LocalDate d = LocalDate.of(c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1,
        c.get(Calendar.DAY_OF_MONTH));
    return new Found(d, index, alone);
  }
}
