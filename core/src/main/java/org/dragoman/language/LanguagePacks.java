package org.dragoman.language;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * The language packs found on the class path, and the analyzer to use for any language.
 *
 * <p>A language with a pack is analysed by that pack; any other language (Urdu among them) by
 * {@link IcuFoldingAnalyzer}. Every analyzer is wrapped so that format characters, tatweel and
 * non-ASCII digits are normalised before the language's own chain, with offsets kept.
 *
 * <pre>{@code
 * LanguagePacks packs = LanguagePacks.installed();
 * Analyzer ar = packs.analyzer("ar");
 * }</pre>
 *
 * <p>Thread-safe; analyzers are created once per language and shared.
 */
public final class LanguagePacks {

  private static final class Holder {
    static final LanguagePacks INSTALLED = load(LanguagePacks.class.getClassLoader());
  }

  private final Map<String, LanguagePack> packs;
  private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

  private LanguagePacks(Map<String, LanguagePack> packs) {
    this.packs = Collections.unmodifiableMap(packs);
  }

  /** Returns the packs found through {@link ServiceLoader} on Dragoman's class loader. */
  public static LanguagePacks installed() {
    return Holder.INSTALLED;
  }

  /** Loads the packs visible to {@code loader}; two packs with one name are an error. */
  public static LanguagePacks load(ClassLoader loader) {
    Map<String, LanguagePack> found = new TreeMap<>();
    for (LanguagePack pack : ServiceLoader.load(LanguagePack.class, loader)) {
      LanguagePack before = found.putIfAbsent(pack.name(), pack);
      if (before != null) {
        throw new IllegalStateException(
            "Two language packs are named '" + pack.name() + "': "
                + before.getClass().getName() + " and " + pack.getClass().getName());
      }
    }
    return new LanguagePacks(found);
  }

  /** Returns the names of the installed packs, sorted. */
  public Set<String> names() {
    return packs.keySet();
  }

  /** Returns whether a dedicated pack serves {@code tag}. */
  public boolean has(String tag) {
    return packs.containsKey(primary(tag));
  }

  /**
   * Returns the pack named {@code name}.
   *
   * @throws IllegalArgumentException naming the available packs when there is none by that name
   */
  public LanguagePack require(String name) {
    LanguagePack pack = packs.get(primary(name));
    if (pack == null) {
      throw new IllegalArgumentException(
          "No language pack named '" + name + "'; available: " + String.join(", ", packs.keySet()));
    }
    return pack;
  }

  /** Returns the abbreviations after which a sentence in {@code tag} never ends. */
  public Set<String> abbreviations(String tag) {
    LanguagePack pack = packs.get(primary(tag));
    return pack == null ? Set.of() : pack.abbreviations();
  }

  /** Returns the proclitics of {@code tag}'s pack, longest first, or none. */
  public List<String> proclitics(String tag) {
    LanguagePack pack = packs.get(primary(tag));
    return pack == null ? List.of() : pack.proclitics();
  }

  /** Returns the name articles of every installed pack ({@link LanguagePack#nameArticles}). */
  public List<String> nameArticles() {
    return packs.values().stream().flatMap(p -> p.nameArticles().stream()).distinct().toList();
  }

  /** Returns the name readings of every installed pack ({@link LanguagePack#nameReadings}). */
  public List<Reading> nameReadings() {
    return packs.values().stream().flatMap(p -> p.nameReadings().stream()).distinct().toList();
  }

  /** Returns the analyzer for {@code tag}: its pack's, or ICU folding for any other language. */
  public Analyzer analyzer(String tag) {
    return analyzers.computeIfAbsent(primary(tag), this::newAnalyzer);
  }

  /**
   * A new analyzer for {@code tag}, the same analysis as {@link #analyzer} gives, owned by the
   * caller (who closes it): for a search engine that closes the analyzers it is given.
   */
  public Analyzer newAnalyzer(String tag) {
    LanguagePack pack = packs.get(primary(tag));
    return new FoldingAnalyzer(pack == null ? new IcuFoldingAnalyzer() : pack.createAnalyzer());
  }

  /** Returns the language-independent analyzer: ICU segmentation and folding. */
  public Analyzer neutralAnalyzer() {
    return analyzers.computeIfAbsent("und", t -> new FoldingAnalyzer(new IcuFoldingAnalyzer()));
  }

  /** The primary language subtag, lower case: "pt-BR" → "pt". */
  static String primary(String tag) {
    if (tag == null || tag.isBlank()) {
      return "und";
    }
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
  }
}
