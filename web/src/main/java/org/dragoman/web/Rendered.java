package org.dragoman.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bytes last written for a value, by the value's identity: the archive answers a search
 * asked again with the very result it kept ({@code Archive.search}'s cache), so the JSON or HTML
 * made of it need not be made again either. Least recently used first out; thread-safe.
 */
final class Rendered {
  private static final int CAPACITY = 512;

  /** A value compared by identity (a result's structural hash would cost more than rendering). */
  private record Key(Object value, String how) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.value == value && k.how.equals(how);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value) * 31 + how.hashCode();
    }
  }

  private final Map<Key, byte[]> bytes = new LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
      return size() > CAPACITY;
    }
  };

  /** What {@code render} makes of {@code value} for {@code how}, made once per value. */
  byte[] of(Object value, String how, java.util.function.Supplier<byte[]> render) {
    Key k = new Key(value, how);
    synchronized (this) {
      byte[] b = bytes.get(k);
      if (b != null) {
        return b;
      }
    }
    byte[] made = render.get();
    synchronized (this) {
      bytes.put(k, made);
    }
    return made;
  }
}
