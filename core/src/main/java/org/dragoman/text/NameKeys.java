package org.dragoman.text;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys that let a name written in one script find itself in another: "Birkenhead" and
 * "بيركينهيد" both give {@code brknd}. The word is transliterated to Latin by ICU
 * ({@code Any-Latin; Latin-ASCII}), then reduced to a consonant skeleton: vowels and the letters
 * that scripts use as vowels (h, w, y) dropped, letters that transliterations confuse merged
 * (c/k/q/g, s/z/x, b/p, f/v), doubled letters collapsed. ICU's Arabic transliteration drops short
 * vowels ("محمد" → "mhmd"), which is why skeletons, not spellings, are compared.
 *
 * <pre>{@code
 * NameKeys.key("Adams");   // "dms"
 * NameKeys.key("آدامز");   // "dms"
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class NameKeys {

  private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(
      () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  /** Words recur across a text and a collection; transliterating each once is what costs. */
  private static final int CACHE_SIZE = 100_000;

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private NameKeys() {}

  /** Returns the skeleton key of {@code word}, empty when it has no consonant. */
  public static String key(String word) {
    String k = CACHE.get(word);
    if (k == null) {
      k = compute(word);
      if (CACHE.size() >= CACHE_SIZE) {
        CACHE.clear();
      }
      CACHE.put(word, k);
    }
    return k;
  }

  private static String compute(String word) {
    String latin = TO_LATIN.get().transliterate(word).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      char k = switch (c) {
        case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h' -> 0;
        case 'c', 'q', 'g' -> 'k';
        case 'z', 'x' -> 's';
        case 'p' -> 'b';
        case 'v' -> 'f';
        default -> c >= 'a' && c <= 'z' ? c : 0;
      };
      if (k != 0 && (b.isEmpty() || b.charAt(b.length() - 1) != k)) {
        b.append(k);
      }
    }
    return b.toString();
  }
}
