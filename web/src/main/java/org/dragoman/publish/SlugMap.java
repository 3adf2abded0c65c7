package org.dragoman.publish;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dragoman.io.AtomicFiles;
import org.dragoman.text.Scripts;
import org.dragoman.text.TextNormalizer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The site's slugs, kept in the archive ({@code publish/slugs.json}) so that a page keeps its
 * URL across runs, when its article's title changes, and when other articles come and go.
 *
 * <p>A slug is made once from the title, in the title's own script (lower case by the
 * language's rules, Arabic short vowels and tatweel left out, anything but letters, marks and
 * digits a hyphen), at most {@value #MAX_BYTES} bytes of UTF-8, and unique within its language.
 * It can never name a path outside the site: it has no dots, slashes or controls.
 */
final class SlugMap {
  static final int MAX_BYTES = 96;
  private static final Set<String> RESERVED = Set.of("page", "archive", "entities", "fonts");
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  /** On disk: article id → slug; "LANG ENTITY-ID" → slug. */
  record File(Map<String, String> articles, Map<String, String> entities) {}

  private final Path file;
  private final Map<String, String> articles;
  private final Map<String, String> entities;
  /** Per space ("a LANG", "e LANG"): slug → the key that holds it. */
  private final Map<String, Map<String, String>> owners = new TreeMap<>();
  private boolean changed;

  private SlugMap(Path file, File read) {
    this.file = file;
    this.articles = new TreeMap<>(read.articles() == null ? Map.of() : read.articles());
    this.entities = new TreeMap<>(read.entities() == null ? Map.of() : read.entities());
    for (var e : entities.entrySet()) {
      int space = e.getKey().indexOf(' ');
      if (space > 0 && valid(e.getValue())) {
        owners.computeIfAbsent("e " + e.getKey().substring(0, space), k -> new TreeMap<>())
            .putIfAbsent(e.getValue(), e.getKey());
      }
    }
  }

  /** Reads the slugs of the archive in {@code archive}, or none when it has not published. */
  static SlugMap read(Path archive) throws IOException {
    Path f = archive.resolve("publish").resolve("slugs.json");
    if (!Files.exists(f)) {
      return new SlugMap(f, new File(Map.of(), Map.of()));
    }
    try {
      return new SlugMap(f, JSON.readValue(f.toFile(), File.class));
    } catch (JacksonException e) {
      throw new IOException(f + " is not a slug map Dragoman wrote: " + e.getMessage(), e);
    }
  }

  /**
   * Holds the slugs already given to the articles being published (id → language), so that a
   * new article never takes the slug of a known one that comes later in the run.
   */
  void hold(Map<String, String> languages) {
    for (var e : languages.entrySet()) {
      String known = articles.get(e.getKey());
      if (known != null && valid(known)) {
        owners.computeIfAbsent("a " + e.getValue(), k -> new TreeMap<>())
            .putIfAbsent(known, e.getKey());
      }
    }
  }

  /** The slug of article {@code id} in {@code language}, made from {@code title} the first time. */
  String article(String id, String language, String title) {
    return take(articles, id, "a " + language, title, language);
  }

  /** The slug of entity {@code id}'s page in {@code language}, made from {@code name}. */
  String entity(String id, String language, String name) {
    return take(entities, language + " " + id, "e " + language, name, language);
  }

  private String take(Map<String, String> map, String key, String space, String text,
      String language) {
    Map<String, String> held = owners.computeIfAbsent(space, k -> new TreeMap<>());
    String known = map.get(key);
    if (known != null && valid(known) && key.equals(held.putIfAbsent(known, key) == null ? key
        : held.get(known))) {
      return known;
    }
    String stem = slug(text, language);
    String s = stem;
    for (int n = 2; RESERVED.contains(s) || held.containsKey(s); n++) {
      String suffix = "-" + n;
      s = cut(stem, MAX_BYTES - suffix.length()) + suffix;
    }
    held.put(s, key);
    map.put(key, s);
    changed = true;
    return s;
  }

  /** Writes the map when this run gave new slugs; call it holding {@link #lock}. */
  void write() throws IOException {
    if (!changed) {
      return;
    }
    AtomicFiles.write(file, JSON.writeValueAsString(new File(articles, entities))
        .getBytes(StandardCharsets.UTF_8));
    changed = false;
  }

  /** A held {@link #lock}. */
  interface Held extends AutoCloseable {
    @Override
    void close() throws IOException;
  }

  private static final java.util.concurrent.ConcurrentHashMap<Path,
      java.util.concurrent.locks.ReentrantLock> IN_THIS_JVM =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Holds the archive's slugs for one publish, from reading them to writing the site, against
   * another publish of the same archive in this process or another: the second waits. Without
   * it, two runs giving slugs at once could each write only their own.
   */
  static Held lock(Path archive) throws IOException {
    Path dir = archive.toAbsolutePath().normalize().resolve("publish");
    Files.createDirectories(dir);
    java.util.concurrent.locks.ReentrantLock mine =
        IN_THIS_JVM.computeIfAbsent(dir, k -> new java.util.concurrent.locks.ReentrantLock());
    mine.lock();
    try {
      FileChannel ch = FileChannel.open(dir.resolve("slugs.lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      java.nio.channels.FileLock held;
      try {
        held = ch.lock();
      } catch (IOException | RuntimeException e) {
        ch.close();
        throw e;
      }
      return () -> {
        try {
          held.release();
          ch.close();
        } finally {
          mine.unlock();
        }
      };
    } catch (IOException | RuntimeException e) {
      mine.unlock();
      throw e;
    }
  }

  /** A slug made from {@code text}; "article" when nothing of it is left. */
  static String slug(String text, String language) {
    String t = Normalizer2.getNFCInstance().normalize(text == null ? "" : text);
    t = UCharacter.toLowerCase(ULocale.forLanguageTag(language), t);
    boolean arabic = !t.isEmpty() && Scripts.dominant(t, 0, t.length()) == UScript.ARABIC;
    StringBuilder b = new StringBuilder();
    boolean hyphen = true; // no leading hyphen
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      boolean mark = isMark(cp);
      if (TextNormalizer.IGNORABLE.contains(cp) && !joiner(cp) || arabic && mark) {
        continue; // tatweel and format controls, Arabic harakat: the word reads the same
      }
      if (UCharacter.isLetterOrDigit(cp) || mark || joiner(cp) && !hyphen && i < t.length()
          && UCharacter.isLetter(t.codePointAt(i))) {
        b.appendCodePoint(cp); // a joiner only inside a word (Persian's ZWNJ, Indic conjuncts)
        hyphen = false;
      } else if (!hyphen) {
        b.append('-');
        hyphen = true;
      }
    }
    String s = cut(b.toString().replaceAll("^-+|-+$", ""), MAX_BYTES);
    return s.isEmpty() ? "article" : s;
  }

  /** {@code s} in at most {@code bytes} bytes of UTF-8, ending on a whole word when cut. */
  static String cut(String s, int bytes) {
    if (utf8(s) <= bytes) {
      return s;
    }
    int end = 0;
    int used = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      int size = utf8(new String(Character.toChars(cp)));
      if (used + size > bytes) {
        break;
      }
      used += size;
      end += Character.charCount(cp);
    }
    String head = s.substring(0, end);
    int hyphen = head.lastIndexOf('-');
    if (hyphen > head.length() / 2 && end < s.length() && s.charAt(end) != '-') {
      head = head.substring(0, hyphen); // the last word was cut: leave it out
    }
    return head.replaceAll("-+$", "");
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static boolean isMark(int cp) {
    int type = UCharacter.getType(cp);
    return type == UCharacter.NON_SPACING_MARK || type == UCharacter.COMBINING_SPACING_MARK;
  }

  private static boolean joiner(int cp) {
    return cp == 0x200C || cp == 0x200D;
  }

  private static boolean valid(String s) {
    return !s.isEmpty() && utf8(s) <= MAX_BYTES && !RESERVED.contains(s)
        && s.codePoints().allMatch(c -> c == '-' || UCharacter.isLetterOrDigit(c) || isMark(c)
            || joiner(c));
  }
}
