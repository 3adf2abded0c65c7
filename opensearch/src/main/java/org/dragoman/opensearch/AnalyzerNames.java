package org.dragoman.opensearch;

import java.util.Locale;
import org.dragoman.language.LanguagePacks;

/**
 * The names Dragoman's analysis has in a cluster, shared by the plugin that registers it and the
 * store that maps fields to it (which runs where OpenSearch's own classes are absent).
 */
public final class AnalyzerNames {
  /** The prefix of the analyzers' names. */
  public static final String PREFIX = "dragoman_";
  /** The neutral analyzer's name. */
  public static final String NEUTRAL = PREFIX + "neutral";
  /** The analyzer of phrases sent as analysed terms with their positions ({@link PositionedTerms}). */
  public static final String TERMS = PREFIX + "terms";
  /** The similarity of every scored field: Lucene's BM25, as the embedded index scores. */
  public static final String SIMILARITY = "dragoman";

  private AnalyzerNames() {}

  /**
   * The analyzer's name for language {@code tag}: its pack's, or the neutral one for a language
   * without a pack (Urdu), as the embedded archive analyses it.
   */
  public static String analyzerFor(LanguagePacks packs, String tag) {
    // the pack of the primary subtag, as the archive chooses it (pt-BR: dragoman_pt)
    return packs.has(tag) ? PREFIX + tag.split("[-_]")[0].toLowerCase(Locale.ROOT) : NEUTRAL;
  }
}
