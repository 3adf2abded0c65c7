package org.dragoman.translate;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * A machine translation engine, found by its {@link #name()} among the engines installed as
 * services ({@link Provider} in {@code META-INF/services}).
 *
 * <pre>{@code
 * try (Translator mt = Translator.open("apertium", Translator.Settings.of(URI.create("http://localhost:2737")))) {
 *   List<Translator.Outcome> out = mt.translate(List.of("The strike goes on."), "en", "es");
 * }
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface Translator extends Closeable {

  /** The engine's stable name, as {@code --engine} takes it. */
  String name();

  /**
   * The language pairs the engine offers, as BCP 47 tags.
   *
   * @throws IOException naming the engine and its address when it cannot be reached
   */
  Set<LanguagePair> pairs() throws IOException;

  /**
   * Translates each segment from {@code from} to {@code to}. A segment that fails (after the
   * retries of the settings) is an {@link Outcome} with its reason; the others go on.
   *
   * @throws IllegalArgumentException when the engine does not offer the pair, listing those it does
   * @throws IOException naming the engine when it cannot be reached at all
   */
  List<Outcome> translate(List<String> segments, String from, String to) throws IOException;

  @Override
  default void close() throws IOException {}

  /** A direction of translation. */
  record LanguagePair(String from, String to) implements Comparable<LanguagePair> {
    @Override
    public int compareTo(LanguagePair o) {
      int c = from.compareTo(o.from);
      return c != 0 ? c : to.compareTo(o.to);
    }

    @Override
    public String toString() {
      return from + "→" + to;
    }
  }

  /**
   * The translation of one segment, or why there is none.
   *
   * @param text the translation, or null when it failed
   * @param failure why it failed, or null
   * @param attempts how many requests it took
   */
  record Outcome(String text, String failure, int attempts) {
    public boolean ok() {
      return text != null;
    }
  }

  /**
   * How to reach an engine.
   *
   * @param url the engine's address, or null for the engine's default
   * @param timeout longest wait for one answer
   * @param retries how many times a segment is tried again after a failure that may pass (a
   *     timeout, a refused connection, a server error)
   * @param backoff the wait before the first retry; it doubles at each one
   * @param parallel most requests in flight at once
   */
  record Settings(URI url, Duration timeout, int retries, Duration backoff, int parallel) {
    public Settings {
      if (retries < 0 || parallel < 1) {
        throw new IllegalArgumentException("retries must be 0 or more and parallel 1 or more");
      }
    }

    /** Defaults: 30 s a segment, 2 retries from 0.5 s, 4 requests at once. */
    public static Settings of(URI url) {
      return new Settings(url, Duration.ofSeconds(30), 2, Duration.ofMillis(500), 4);
    }
  }

  /** Makes engines of one kind; registered as a service. */
  interface Provider {
    /** The engine's name. */
    String name();

    /** One line about the engine, for listings. */
    String description();

    /** An engine reached as {@code settings} say. */
    Translator open(Settings settings);
  }

  /** The names of the installed engines, sorted. */
  static List<String> available() {
    return new ArrayList<>(providers().keySet());
  }

  /**
   * Opens the engine named {@code name}.
   *
   * @throws IllegalArgumentException when no engine has that name, listing those installed
   */
  static Translator open(String name, Settings settings) {
    Provider p = providers().get(name);
    if (p == null) {
      throw new IllegalArgumentException("No translation engine named '" + name
          + "'; installed: " + String.join(", ", available()));
    }
    return p.open(settings);
  }

  private static TreeMap<String, Provider> providers() {
    TreeMap<String, Provider> out = new TreeMap<>();
    for (Provider p : ServiceLoader.load(Provider.class, Translator.class.getClassLoader())) {
      out.putIfAbsent(p.name(), p);
    }
    return out;
  }
}
