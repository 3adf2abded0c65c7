package org.dragoman.ingest;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.List;
import org.dragoman.model.Segment;

/**
 * A publication date stated in the text itself: a dateline ("KARACHI, 22 April 2021 —") or a
 * date on a line of its own near the top. Dates are parsed by ICU's date formats for the
 * article's language, so month names come from CLDR.
 */
final class Datelines {

  /** Only the first few short paragraphs can be a dateline. */
  private static final int PARAGRAPHS = 3;

  private static final int MAX_CHARS = 80;

  private Datelines() {}

  static LocalDate find(String text, List<Segment> paragraphs, String language) {
    ULocale locale = ULocale.forLanguageTag(language);
    for (int i = 0; i < Math.min(PARAGRAPHS, paragraphs.size()); i++) {
      String p = paragraphs.get(i).text(text).strip();
      if (p.length() > MAX_CHARS) {
        continue;
      }
      LocalDate d = parseAt(p, 0, locale);
      if (d == null) {
        int comma = p.indexOf(',');
        if (comma > 0 && comma < 40) {
          d = parseAt(p, comma + 1, locale);
        }
      }
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate parseAt(String p, int start, ULocale locale) {
    while (start < p.length() && Character.isWhitespace(p.charAt(start))) {
      start++;
    }
    for (int style : new int[] {DateFormat.LONG, DateFormat.MEDIUM, DateFormat.FULL}) {
      DateFormat f = DateFormat.getDateInstance(style, locale);
      f.setLenient(false);
      f.setTimeZone(TimeZone.GMT_ZONE);
      ParsePosition pos = new ParsePosition(start);
      java.util.Date date = f.parse(p, pos);
      if (date != null && pos.getIndex() > start) {
        String rest = p.substring(pos.getIndex()).strip();
        if (rest.isEmpty() || rest.startsWith("—") || rest.startsWith("-") || rest.startsWith("–")
            || rest.startsWith(":")) {
          Calendar c = Calendar.getInstance(TimeZone.GMT_ZONE, ULocale.ROOT);
          c.setTime(date);
          return LocalDate.of(c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1,
              c.get(Calendar.DAY_OF_MONTH));
        }
      }
    }
    return null;
  }
}
