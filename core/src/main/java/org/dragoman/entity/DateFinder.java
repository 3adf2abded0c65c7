package org.dragoman.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.entity.DateValue.Grain;

/**
 * Finds date expressions in the text of one language and normalises them to ISO 8601.
 *
 * <p>Words come from {@link DateVocabulary} (CLDR through ICU4J); this class only knows how
 * dates are put together: day, month and year in any order with the language's function words
 * between them ("el 5 de mayo de 2013", "8 November 2020", "كانون الثاني/يناير 3"), numeric
 * dates in the locale's order, ordinals ("3rd", "1er", "الثالث"), "first Tuesday of October",
 * relative days, weeks, months and years ("yesterday", "la semaine dernière", "vor 2 Wochen"),
 * weekdays made relative ("el martes pasado"), eras and the Hijri and Persian calendars, which
 * are converted through ICU's calendars. Underspecified dates are placed against a reference
 * date with a {@link DatePreference}.
 *
 * <pre>{@code
 * DateFinder ar = DateFinder.forLanguage("ar");
 * ar.find("نُشر في 08 نوفمبر 2020", LocalDate.now(), DatePreference.PAST);  // 2020-11-08
 * }</pre>
 *
 * <p>{@link #find} reports only unambiguous expressions of running text; {@link #parse} reads a
 * whole phrase as a date and also accepts the short forms that are only dates in isolation
 * ("the 24th", "mar", "May"). Thread-safe.
 */
public final class DateFinder {

  /** A date found in a text: {@code [start, end)}, its words and its value. */
  public record Found(int start, int end, String text, DateValue date) {}

  private final DateVocabulary vocabulary;

  private DateFinder(DateVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Returns the finder for a BCP 47 language tag; any language CLDR knows works. */
  public static DateFinder forLanguage(String language) {
    return new DateFinder(DateVocabulary.of(language));
  }

  /**
   * Finds the dates of running text, resolved against {@code reference}; with a {@code null}
   * reference, dates that need one ("yesterday", "22 April") are found but left unresolved.
   */
  public List<Found> find(String text, LocalDate reference, DatePreference preference) {
    return ranges(text, scan(text, Tokens.of(text), reference, preference, false));
  }

  /** As {@link #find(String, LocalDate, DatePreference)}, on the tokens of {@code text} already made. */
  List<Found> find(String text, List<Tokens.Token> tokens, LocalDate reference,
      DatePreference preference) {
    return ranges(text, scan(text, tokens, reference, preference, false));
  }

  private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("\\s*[-–—]\\s*");
  private static final java.util.regex.Pattern DAY_BEFORE_DASH =
      java.util.regex.Pattern.compile("(?<![\\p{N}./])(\\p{Nd}{1,2})\\s*[-–—]\\s*$");

  /**
   * Date ranges written with a dash: "8–10 November 2020" and "8 November – 3 December 2020"
   * become one date whose value is an ISO 8601 interval ("2020-11-08/2020-11-10").
   */
  private static List<Found> ranges(String text, List<Found> dates) {
    List<Found> out = new ArrayList<>();
    for (int k = 0; k < dates.size(); k++) {
      Found d = dates.get(k);
      DateValue v = d.date();
      if (v.resolved() && v.grain() == DateValue.Grain.DAY && v.calendar().equals(DateVocabulary.GREGORIAN)) {
        if (k + 1 < dates.size()) {
          Found e = dates.get(k + 1);
          DateValue w = e.date();
          if (w.resolved() && w.grain() == v.grain() && w.calendar().equals(v.calendar())
              && DASH.matcher(text.substring(d.end(), e.start())).matches() && v.value().compareTo(w.value()) < 0) {
            out.add(new Found(d.start(), e.end(), text.substring(d.start(), e.end()), interval(v.value(), w.value())));
            k++;
            continue;
          }
        }
        int from = Math.max(0, d.start() - 8);
        java.util.regex.Matcher m = DAY_BEFORE_DASH.matcher(text.substring(from, d.start()));
        if (m.find()) {
          int first = 0;
          for (int c = 0; c < m.group(1).length(); c++) {
            first = first * 10 + com.ibm.icu.lang.UCharacter.digit(m.group(1).charAt(c), 10);
          }
          if (first >= 1 && first < Integer.parseInt(v.value().substring(8, 10))) {
            int start = from + m.start(1);
            String begin = v.value().substring(0, 8) + String.format(java.util.Locale.ROOT, "%02d", first);
            out.add(new Found(start, d.end(), text.substring(start, d.end()), interval(begin, v.value())));
            continue;
          }
        }
      }
      out.add(d);
    }
    return out;
  }

  private static DateValue interval(String first, String last) {
    return new DateValue(first + "/" + last, DateValue.Grain.DAY, DateVocabulary.GREGORIAN, null, true);
  }

  /**
   * Reads {@code phrase} as one date expression: returns the longest date it holds, or
   * {@code null} when it holds none.
   */
  public Found parse(String phrase, LocalDate reference, DatePreference preference) {
    Found best = null;
    for (Found f : scan(phrase, Tokens.of(phrase), reference, preference, true)) {
      if (best == null || f.end() - f.start() > best.end() - best.start()) {
        best = f;
      }
    }
    return best;
  }

  private List<Found> scan(String text, List<Tokens.Token> tokens, LocalDate reference,
      DatePreference preference, boolean lenient) {
    DateReader reader = new DateReader(vocabulary, tokens, lenient);
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < reader.tokens.size()) {
      DateFrame f = reader.frameAt(i);
      if (f == null) {
        i++;
        continue;
      }
      if (lenient || reader.strong(f)) {
        int start = reader.tokens.get(f.first).start();
        int end = reader.tokens.get(f.last).end();
        out.add(new Found(start, end, text.substring(start, end), DateResolver.resolve(f, reference, preference)));
      }
      i = f.last + 1;
    }
    return out;
  }
}
