package org.dragoman.web;

import java.util.LinkedHashMap;

/**
 * The bytes last written for a value, by the value's identity: the archive answers a search
 * asked again with the very result it kept ({@code Archive.search}'s cache), so the JSON or HTML
 * made of it need not be made again either. At most {@value #MAX_BYTES} bytes in all, none
 * larger than {@value #MAX_ONE}; least recently used first out; thread-safe.
 */
final class Rendered {
  static final long MAX_BYTES = 32L << 20;
  static final int MAX_ONE = 256 << 10;

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

  private final LinkedHashMap<Key, byte[]> bytes = new LinkedHashMap<>(64, 0.75f, true);
  private long total;

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
    if (made.length > MAX_ONE) {
      return made;
    }
    synchronized (this) {
      byte[] old = bytes.put(k, made);
      total += made.length - (old == null ? 0 : old.length);
      var eldest = bytes.entrySet().iterator();
      while (total > MAX_BYTES && eldest.hasNext()) {
        total -= eldest.next().getValue().length;
        eldest.remove();
      }
    }
    return made;
  }
}
