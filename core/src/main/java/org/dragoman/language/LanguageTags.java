package org.dragoman.language;

import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.Locale;

/**
 * Language names as users write them, matched to an archive's tags through ICU's canonical
 * forms (CLDR's aliases): "eng" and "EN" are "en", "ara" and "arb" (Standard Arabic) "ar",
 * "fre" and "fra" "fr", "per" and "pes" "fa", "cmn" "zh".
 *
 * <pre>{@code
 * LanguageTags.match("arb", List.of("en", "ar"));  // "ar"
 * LanguageTags.match("xx", List.of("en", "ar"));   // null
 * }</pre>
 */
public final class LanguageTags {
  private LanguageTags() {}

  /** The canonical language of {@code tag} ("ara" → "ar", "en_US" → "en"). */
  public static String canonical(String tag) {
    String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return t;
    }
    String language = ULocale.createCanonical(ULocale.forLanguageTag(t)).getLanguage();
    return language.isEmpty() ? t : language;
  }

  /** Whether {@code tag} names a language ICU knows (ISO 639-1, -2 or -3, CLDR aliases). */
  public static boolean isLanguage(String tag) {
    String c = canonical(tag);
    if (c.isEmpty() || c.equals("und")) {
      return false;
    }
    String name = new ULocale(c).getDisplayLanguage(ULocale.ENGLISH);
    return !name.isEmpty() && !name.equalsIgnoreCase(c);
  }

  /** The tag among {@code held} that {@code wanted} names, or null when none does. */
  public static String match(String wanted, Collection<String> held) {
    String t = wanted.strip().toLowerCase(Locale.ROOT);
    if (held.contains(t)) {
      return t;
    }
    String c = canonical(t);
    for (String h : held) {
      if (canonical(h).equals(c)) {
        return h;
      }
    }
    return null;
  }
}
