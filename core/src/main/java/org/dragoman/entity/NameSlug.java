package org.dragoman.entity;

import com.ibm.icu.text.Transliterator;

/** ASCII forms of labels in any script, for entity ids. */
final class NameSlug {
  private static final ThreadLocal<Transliterator> ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private NameSlug() {}

  static String toAscii(String label) {
    return ASCII.get().transliterate(label);
  }
}
