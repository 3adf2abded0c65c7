package org.dragoman.entity;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** ASCII forms of labels in any script, for entity ids. */
final class NameSlug {
  private static final ThreadLocal<Transliterator> ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private NameSlug() {}

  /** Labels recur across articles; ICU's transliteration costs far more than a lookup. */
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private static final int CACHE_SIZE = 50_000;

  static String toAscii(String label) {
    String ascii = CACHE.get(label);
    if (ascii == null) {
      ascii = ASCII.get().transliterate(label);
      if (CACHE.size() >= CACHE_SIZE) {
        CACHE.clear();
      }
      CACHE.put(label, ascii);
    }
    return ascii;
  }
}
