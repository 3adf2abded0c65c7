package org.dragoman.publish;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.dragoman.model.Mention;
import org.dragoman.publish.view.Words;

/**
 * The site's text in each language: its own words (a resource bundle per language, English when
 * a language has none), and from ICU and CLDR the names of languages in their own language,
 * dates in the language's format and calendar (Persian's solar calendar for Persian), months,
 * numbers in the language's digits and plural forms.
 */
final class SiteText {
  private static final Map<String, Words> WORDS = new ConcurrentHashMap<>();

  private SiteText() {}

  static Words words(String language) {
    return WORDS.computeIfAbsent(language, l -> {
      ResourceBundle b = ResourceBundle.getBundle("org.dragoman.publish.words",
          Locale.forLanguageTag(l), SiteText.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      Map<String, String> m = new TreeMap<>();
      for (String k : b.keySet()) {
        m.put(k, b.getString(k));
      }
      return new Words(l, Map.copyOf(m));
    });
  }

  /** The language's name in itself ("العربية", "اردو", "Español"). */
  static String languageName(String language) {
    ULocale l = ULocale.forLanguageTag(language);
    String name = LocaleDisplayNames.getInstance(l,
        DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU).languageDisplayName(l.getLanguage());
    return name == null || name.isEmpty() ? language : name;
  }

  /** {@code n} articles, in the language's words, digits and plural form. */
  static String count(String language, long n) {
    return new MessageFormat(words(language).get("count"), ULocale.forLanguageTag(language))
        .format(new Object[] {n});
  }

  /** {@code n} in the language's digits. */
  static String number(String language, long n) {
    return NumberFormat.getInstance(ULocale.forLanguageTag(language)).format(n);
  }

  /** {@code d} in the language's long date format and its own calendar. */
  static String date(LocalDate d, String language) {
    return format(d, ULocale.forLanguageTag(language), DateFormat.LONG);
  }

  /** {@code yyyy-MM} as the language names the month ("آذار ٢٠٢٦"). */
  static String month(String yearMonth, String language) {
    LocalDate d = LocalDate.parse(yearMonth + "-01");
    DateFormat f = DateFormat.getInstanceForSkeleton("yMMMM", ULocale.forLanguageTag(language));
    f.setTimeZone(TimeZone.GMT_ZONE);
    return f.format(Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  /**
   * The article's date in the calendar its source gave it in, when that is not the Gregorian
   * (a Hijri dateline of an Arabic article): a date mention of the article with that calendar
   * whose day is the publication day. Null when the source gave it in the Gregorian calendar.
   */
  static String sourceCalendar(LocalDate published, java.util.List<Mention> mentions,
      String language) {
    if (published == null) {
      return null;
    }
    for (Mention m : mentions) {
      if (m.type() == Mention.Type.DATE && m.calendar() != null
          && !m.calendar().equals("gregorian") && published.toString().equals(m.value())) {
        ULocale l = ULocale.forLanguageTag(language).setKeywordValue("calendar", m.calendar());
        String own = format(published, ULocale.forLanguageTag(language), DateFormat.LONG);
        String other = format(published, l, DateFormat.LONG);
        return other.equals(own) ? null : other;
      }
    }
    return null;
  }

  private static String format(LocalDate d, ULocale locale, int style) {
    DateFormat f = DateFormat.getDateInstance(style, locale);
    f.setTimeZone(TimeZone.GMT_ZONE);
    return f.format(Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC)));
  }
}
