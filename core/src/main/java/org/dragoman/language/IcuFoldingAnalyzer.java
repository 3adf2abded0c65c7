package org.dragoman.language;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * The analysis for languages without a dedicated pack (Urdu among them): ICU word segmentation
 * (UAX #29 with dictionary-based rules for scripts written without spaces) and ICU folding
 * (UTR #30: case, diacritics, compatibility forms, digits).
 */
public final class IcuFoldingAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    ICUTokenizer source = new ICUTokenizer();
    return new TokenStreamComponents(source, new ICUFoldingFilter(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUFoldingFilter(in);
  }
}
