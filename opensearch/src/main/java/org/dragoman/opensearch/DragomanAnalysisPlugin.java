package org.dragoman.opensearch;

import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.dragoman.language.LanguagePacks;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.indices.analysis.AnalysisModule;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Dragoman's analysis in an OpenSearch cluster: an analyzer per language pack, named
 * {@code dragoman_TAG} ({@code dragoman_ar}: Arabic normalisation and stemming, proclitics;
 * {@code dragoman_fa}, {@code dragoman_en}…), and {@code dragoman_neutral}, the ICU-folded
 * analysis of the archive's {@code any} field and of the languages without a pack (Urdu). Each is the very analyzer the embedded archive
 * indexes with, built from the packs the plugin's class loader finds, so that text is analysed
 * the same in both. Also {@value AnalyzerNames#TERMS}, which reads phrases the store sends as
 * analysed terms ({@link PositionedTerms}), the similarity {@value AnalyzerNames#SIMILARITY}, and
 * the query {@value WeightedSynonymQueryBuilder#NAME} ({@link WeightedSynonymQueryBuilder}).
 */
public final class DragomanAnalysisPlugin extends Plugin implements AnalysisPlugin,
    org.opensearch.plugins.SearchPlugin {
  /** The prefix of the analyzers' names. */
  public static final String PREFIX = AnalyzerNames.PREFIX;
  /** The neutral analyzer's name. */
  public static final String NEUTRAL = AnalyzerNames.NEUTRAL;

  private final LanguagePacks packs =
      LanguagePacks.load(DragomanAnalysisPlugin.class.getClassLoader());

  /**
   * The analyzer's name for language {@code tag}: its pack's, or the neutral one for a language
   * without a pack (Urdu), as the embedded archive analyses it.
   */
  public static String analyzerFor(LanguagePacks packs, String tag) {
    return AnalyzerNames.analyzerFor(packs, tag);
  }

  /**
   * Scores every field with Lucene's BM25, as the embedded index does: OpenSearch's own "BM25"
   * is the older formula, which multiplies each term's score by k1 + 1, and a search that adds
   * constant scores (a prefix, a translation's share) to term scores would rank differently.
   */
  @Override
  public void onIndexModule(org.opensearch.index.IndexModule module) {
    module.addSimilarity(AnalyzerNames.SIMILARITY,
        (settings, version, scripts) -> new org.apache.lucene.search.similarities.BM25Similarity());
  }

  /** The query of weighted synonyms that Dragoman's search across languages asks for. */
  @Override
  public java.util.List<QuerySpec<?>> getQueries() {
    return java.util.List.of(new QuerySpec<>(WeightedSynonymQueryBuilder.NAME,
        WeightedSynonymQueryBuilder::new, WeightedSynonymQueryBuilder::fromXContent));
  }

  @Override
  public Map<String, AnalysisModule.AnalysisProvider<AnalyzerProvider<? extends Analyzer>>>
      getAnalyzers() {
    Map<String, AnalysisModule.AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> out =
        new TreeMap<>();
    for (String tag : packs.names()) {
      out.put(analyzerFor(packs, tag), provider(tag));
    }
    out.put(NEUTRAL, provider("und"));
    out.put(AnalyzerNames.TERMS, (index, environment, name, settings) ->
        new AbstractIndexAnalyzerProvider<Analyzer>(index, name, settings) {
          private final Analyzer analyzer = PositionedTerms.analyzer();

          @Override
          public Analyzer get() {
            return analyzer;
          }
        });
    return out;
  }

  /** A new analyzer for each provider: OpenSearch closes the analyzers of an index it drops. */
  private AnalysisModule.AnalysisProvider<AnalyzerProvider<? extends Analyzer>> provider(
      String tag) {
    return (index, environment, name, settings) ->
        new AbstractIndexAnalyzerProvider<Analyzer>(index, name, settings) {
          private final Analyzer analyzer = packs.newAnalyzer(tag);

          @Override
          public Analyzer get() {
            return analyzer;
          }
        };
  }
}
