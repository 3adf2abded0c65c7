package org.dragoman.entity;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dragoman.language.LanguagePacks;
import org.dragoman.language.Reading;
import org.dragoman.text.NameKeys;

/**
 * Ranks names written in Latin script for a name written in another script ("عمار فياز" →
 * "Amar Fayaz"). Both are brought to Latin by ICU ({@code Any-Latin; Latin-ASCII}); the score
 * mixes the edit similarity of their consonant skeletons ({@link NameKeys}: tolerant of vowels
 * that Arabic does not write, of doubled letters and of letters transliterations confuse), of
 * their shapes (the skeleton with the places of the vowels) and the Jaro–Winkler similarity of
 * the full spellings, which breaks the remaining ties.
 *
 * <pre>{@code
 * List<String> ranked = NameMatcher.rank("عمار", List.of("Omar", "Amar", "Ammar", "Karim"));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class NameMatcher {

  private static final double SKELETON_WEIGHT = 0.4;
  private static final double SHAPE_WEIGHT = 0.4;

  private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(
      () -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

  private NameMatcher() {}

  /**
   * A name prepared once for many comparisons.
   *
   * @param name the name as given
   * @param latin its Latin-script form, lower case, letters only
   * @param skeleton its consonant skeleton
   * @param shape its consonant classes with a mark for every run of vowels ("attilio" and
   *     "أتيليو" both {@code VtVlV}): the skeleton plus where the vowels go, which tells "Tal"
   *     from "Attilio" where skeletons alone cannot
   */
  public record Key(String name, String latin, String skeleton, String shape, List<Key> variants) {
    public Key {
      variants = List.copyOf(variants);
    }
  }

  /**
   * Latin spellings heard differently by writers of other scripts, from the language packs
   * ({@link org.dragoman.language.LanguagePack#nameReadings}): a Latin name is compared through
   * each of its readings and the best one counts.
   */
  private static final List<Reading> READINGS = LanguagePacks.installed().nameReadings();

  /** Prepares {@code name}, with variants without the article of a language pack if it has one. */
  public static Key key(String name) {
    Key key = plain(name);
    String lower = name.toLowerCase(Locale.ROOT);
    for (String article : LanguagePacks.installed().nameArticles()) {
      if (lower.startsWith(article) && name.length() - article.length() >= 2) {
        List<Key> variants = new ArrayList<>(key.variants());
        Key bare = plain(name.substring(article.length()));
        variants.add(new Key(name, bare.latin(), bare.skeleton(), bare.shape(), List.of()));
        variants.addAll(bare.variants());
        return new Key(name, key.latin(), key.skeleton(), key.shape(), variants);
      }
    }
    return key;
  }

  private static Key plain(String name) {
    String latin = TO_LATIN.get().transliterate(name).replaceAll("[^a-z ]", "").strip();
    StringBuilder skeleton = new StringBuilder();
    for (String part : latin.split(" +")) {
      skeleton.append(NameKeys.key(part));
    }
    String flat = latin.replace(" ", "");
    List<Key> variants = new ArrayList<>();
    if (name.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c))) {
      java.util.Set<String> seen = new java.util.HashSet<>(List.of(flat));
      for (Reading r : READINGS) {
        String v = flat.replace(r.written(), r.heard());
        if (seen.add(v)) {
          variants.add(new Key(name, v, NameKeys.key(v), shape(v), List.of()));
        }
      }
    }
    return new Key(name, flat, skeleton.toString(), shape(flat), variants);
  }

  /**
   * Consonants by the classes of {@link NameKeys}, vowels and the letters scripts use as vowels
   * (h, w, y) as one mark per run, doubled letters collapsed.
   */
  static String shape(String latin) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if (c == 'h') {
        continue;
      }
      String k = "aeiouwy".indexOf(c) >= 0 ? "V" : NameKeys.key(String.valueOf(c));
      if (k.isEmpty()) {
        continue;
      }
      if (b.isEmpty() || b.charAt(b.length() - 1) != k.charAt(0)) {
        b.append(k);
      }
    }
    return b.toString();
  }

  /** How alike two names are, 0 to 1: the best of their readings. */
  public static double similarity(Key a, Key b) {
    double best = similar(a, b);
    for (Key v : b.variants()) {
      best = Math.max(best, similar(a, v));
    }
    for (Key v : a.variants()) {
      best = Math.max(best, similar(v, b));
    }
    return best;
  }

  private static double similar(Key a, Key b) {
    return SKELETON_WEIGHT * normalised(a.skeleton(), b.skeleton())
        + SHAPE_WEIGHT * normalised(a.shape(), b.shape())
        + (1 - SKELETON_WEIGHT - SHAPE_WEIGHT) * jaroWinkler(spelling(a.latin()), spelling(b.latin()));
  }

  /**
   * A spelling for Jaro–Winkler: a word's first vowels become one "a", since Arabic writes them
   * with a bare alef or hamza (آ أ إ) whose vowel the transliteration can only guess.
   */
  private static String spelling(String latin) {
    int i = 0;
    while (i < latin.length() && "aeiouy".indexOf(latin.charAt(i)) >= 0) {
      i++;
    }
    return i == 0 ? latin : "a" + latin.substring(i);
  }

  private static double normalised(String a, String b) {
    return 1 - (double) levenshtein(a, b) / Math.max(1, Math.max(a.length(), b.length()));
  }

  /** Returns {@code candidates} from the most to the least like {@code name}. */
  public static List<String> rank(String name, List<String> candidates) {
    Key q = key(name);
    List<Key> keys = candidates.stream().map(NameMatcher::key).toList();
    return rank(q, keys).stream().map(Key::name).toList();
  }

  /** Returns prepared {@code candidates}, most alike first. */
  public static List<Key> rank(Key query, List<Key> candidates) {
    List<Key> out = new ArrayList<>(candidates);
    out.sort(Comparator.comparingDouble((Key k) -> -similarity(query, k)));
    return out;
  }

  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  static double jaroWinkler(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.equals(b) ? 1 : 0;
    }
    int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
    boolean[] ma = new boolean[a.length()];
    boolean[] mb = new boolean[b.length()];
    int matches = 0;
    for (int i = 0; i < a.length(); i++) {
      for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
        if (!mb[j] && a.charAt(i) == b.charAt(j)) {
          ma[i] = true;
          mb[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int t = 0;
    for (int i = 0, j = 0; i < a.length(); i++) {
      if (ma[i]) {
        while (!mb[j]) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          t++;
        }
        j++;
      }
    }
    double m = matches;
    double jaro = (m / a.length() + m / b.length() + (m - t / 2.0) / m) / 3;
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(a.length(), b.length()))
        && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }

  /** The baseline: plain ICU transliteration compared by edit distance. */
  public static double baseline(Key a, Key b) {
    return 1 - (double) levenshtein(a.latin(), b.latin())
        / Math.max(1, Math.max(a.latin().length(), b.latin().length()));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
