package org.dragoman.entity;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.entity.DateValue.Grain;
import org.dragoman.entity.DateVocabulary.DayOffset;
import org.dragoman.entity.DateVocabulary.Era;
import org.dragoman.entity.DateVocabulary.Match;
import org.dragoman.entity.DateVocabulary.Modifier;
import org.dragoman.entity.DateVocabulary.MonthName;
import org.dragoman.entity.DateVocabulary.NumberWord;
import org.dragoman.entity.DateVocabulary.Period;
import org.dragoman.entity.DateVocabulary.RelativeWeekday;
import org.dragoman.entity.DateVocabulary.Sense;
import org.dragoman.entity.DateVocabulary.Span;
import org.dragoman.entity.DateVocabulary.Template;
import org.dragoman.entity.DateVocabulary.Unit;
import org.dragoman.entity.DateVocabulary.UnitWord;
import org.dragoman.entity.DateVocabulary.WeekdayName;

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
    return scan(text, reference, preference, false);
  }

  /**
   * Reads {@code phrase} as one date expression: returns the longest date it holds, or
   * {@code null} when it holds none.
   */
  public Found parse(String phrase, LocalDate reference, DatePreference preference) {
    Found best = null;
    for (Found f : scan(phrase, reference, preference, true)) {
      if (best == null || f.end() - f.start() > best.end() - best.start()) {
        best = f;
      }
    }
    return best;
  }

  private List<Found> scan(String text, LocalDate reference, DatePreference preference, boolean lenient) {
    DateReader reader = new DateReader(vocabulary, Tokens.of(text), lenient);
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
