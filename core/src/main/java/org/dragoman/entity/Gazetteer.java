package org.dragoman.entity;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dragoman.text.TextNormalizer;

/**
 * Places known from the CLDR data in ICU4J: the name of every country and region, and the
 * exemplar city of every time zone (Karachi, كراتشي, Toronto, تورونتو), in a language and in
 * English, each with a canonical id made from its English name ("place:karachi").
 *
 * <p>One table per language, built on first use and shared; thread-safe.
 */
public final class Gazetteer {

  /** A known place: its canonical id and English label. */
  public record Place(String id, String english) {}

  private static final Map<String, Gazetteer> CACHE = new ConcurrentHashMap<>();

  private final Map<String, Place> byKey = new HashMap<>();
  private int longest = 1;

  /** The names word by word: a trie over token keys. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    Place place;
  }

  private final Node root = new Node();

  private Gazetteer(String language) {
    ULocale english = ULocale.ENGLISH;
    ULocale locale = new ULocale(language);
    for (String region : ULocale.getISOCountries()) {
      ULocale r = new ULocale("und", region);
      String en = r.getDisplayCountry(english);
      if (en.isBlank() || en.equals(region)) {
        continue;
      }
      Place place = new Place(id(en), en);
      put(en, place);
      put(r.getDisplayCountry(locale), place);
    }
    TimeZoneNames enNames = TimeZoneNames.getInstance(english);
    TimeZoneNames names = TimeZoneNames.getInstance(locale);
    Set<String> zones = TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null);
    for (String zone : zones) {
      String en = enNames.getExemplarLocationName(zone);
      if (en == null || en.isBlank()) {
        continue;
      }
      Place place = new Place(id(en), en);
      put(en, place);
      String local = names.getExemplarLocationName(zone);
      if (local != null) {
        put(local, place);
      }
    }
  }

  /** Returns the gazetteer of a language (with English names too). */
  public static Gazetteer of(String language) {
    String tag = language == null || language.isBlank() ? "en" : ULocale.forLanguageTag(language).getLanguage();
    return CACHE.computeIfAbsent(tag, Gazetteer::new);
  }

  private void put(String name, Place place) {
    if (name == null || name.isBlank()) {
      return;
    }
    List<Tokens.Token> tokens = Tokens.of(name);
    if (tokens.isEmpty()) {
      return;
    }
    longest = Math.max(longest, tokens.size());
    byKey.putIfAbsent(key(tokens), place);
    Node n = root;
    for (Tokens.Token t : tokens) {
      n = n.next.computeIfAbsent(t.key(), k -> new Node());
    }
    if (n.place == null) {
      n.place = place;
    }
  }

  /**
   * The places whose names start at token {@code from}: element {@code k} is the place named by
   * the {@code k + 1} tokens from there, or null; the array is as long as the longest.
   */
  Place[] placesAt(List<Tokens.Token> tokens, int from) {
    Node n = root;
    Place[] found = new Place[Math.min(longest, tokens.size() - from)];
    int last = 0;
    for (int k = 0; k < found.length; k++) {
      n = n.next.get(tokens.get(from + k).key());
      if (n == null) {
        break;
      }
      found[k] = n.place;
      if (n.place != null) {
        last = k + 1;
      }
    }
    return last == found.length ? found : java.util.Arrays.copyOf(found, last);
  }

  /** The place a name denotes, or {@code null}. */
  public Place lookup(String name) {
    return byKey.get(key(Tokens.of(name)));
  }

  /** The place of one word given by its key ({@link TextNormalizer#matchKey}), or {@code null}. */
  Place lookupKey(String key) {
    return byKey.get(key);
  }

  Place lookup(List<Tokens.Token> tokens, int from, int to) {
    return byKey.get(key(tokens.subList(from, to)));
  }

  /** The most words a place name of this gazetteer has. */
  int longestName() {
    return longest;
  }

  private static String key(List<Tokens.Token> tokens) {
    StringBuilder b = new StringBuilder();
    for (Tokens.Token t : tokens) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(t.key());
    }
    return b.toString();
  }

  /** "place:" and the English name as a slug. */
  static String id(String english) {
    return "place:" + slug(english);
  }

  /** Lower-case ASCII words joined by hyphens: "Amar Fayaz" → "amar-fayaz". */
  static String slug(String label) {
    String latin = NameSlug.toAscii(label).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    boolean dash = false;
    for (char c : latin.toCharArray()) {
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (dash && !b.isEmpty()) {
          b.append('-');
        }
        b.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return b.isEmpty() ? TextNormalizer.matchKey(label).replace(' ', '-') : b.toString();
  }
}
