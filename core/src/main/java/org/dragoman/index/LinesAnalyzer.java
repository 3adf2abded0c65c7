package org.dragoman.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Each line of a field's value is one term, as it is: for fields that hold many exact terms (an
 * article's anchors, names, name keys), which are indexed as one field value instead of hundreds
 * of single-term fields, at a fraction of the cost. Lines longer than Lucene's largest term are
 * cut, never refused.
 */
final class LinesAnalyzer extends Analyzer {

  /** Characters of the longest term, well within Lucene's limit of 32,766 bytes of UTF-8. */
  static final int MAX_TERM_CHARS = 8000;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new CharTokenizer(
        org.apache.lucene.analysis.TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, MAX_TERM_CHARS) {
      @Override
      protected boolean isTokenChar(int c) {
        return c != '\n';
      }
    });
  }
}
