package org.dragoman.index;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which backend an archive's articles live on, and its settings ({@code url}, {@code index}…),
 * as the archive's format file records them.
 *
 * @param name the backend's name ({@value #EMBEDDED} or an {@link IndexBackend}'s)
 * @param settings its settings, by name
 */
public record BackendSettings(String name, Map<String, String> settings) {

  /** The embedded Lucene index in the archive's folder. */
  public static final String EMBEDDED = "embedded";

  public BackendSettings {
    if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("Not a backend name: '" + name + "'");
    }
    settings = Map.copyOf(new TreeMap<>(settings));
  }

  /** The embedded backend. */
  public static BackendSettings embedded() {
    return new BackendSettings(EMBEDDED, Map.of());
  }

  /** Returns setting {@code key}, or null. */
  public String get(String key) {
    return settings.get(key);
  }

  /**
   * These settings with {@code asked}'s values over them, for an archive opened with explicit
   * settings (a cluster's new address).
   *
   * @throws IllegalStateException when {@code asked} names another backend
   */
  BackendSettings overriddenBy(BackendSettings asked) {
    if (!asked.name().equals(name)) {
      throw new IllegalStateException("The archive is on the " + name + " backend, not "
          + asked.name() + (name.equals(EMBEDDED)
              ? "; 'migrate --from ARCHIVE --to URL' copies it into a cluster" : ""));
    }
    Map<String, String> merged = new TreeMap<>(settings);
    for (Map.Entry<String, String> e : asked.settings().entrySet()) {
      String was = settings.get(e.getKey());
      // only the address may change: another index (or shard count) would be another archive
      if (was != null && !was.equals(e.getValue()) && !e.getKey().equals("url")) {
        throw new IllegalStateException("The archive's " + e.getKey() + " is " + was + ", not "
            + e.getValue() + " (only its url can be given anew)");
      }
      merged.put(e.getKey(), e.getValue());
    }
    return new BackendSettings(name, merged);
  }
}
