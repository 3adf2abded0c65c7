package org.dragoman.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.dragoman.language.LanguagePacks;

/**
 * Picks the analyzer of each field: a language's text and title fields go to that language's
 * pack ({@code text_ar} → Arabic), every other field to the language-neutral ICU analysis. The set
 * of languages is open: a new language needs no change here.
 */
public final class SchemaAnalyzer extends DelegatingAnalyzerWrapper {

  private final LanguagePacks packs;

  public SchemaAnalyzer(LanguagePacks packs) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.packs = packs;
  }

  private final Analyzer lines = new LinesAnalyzer();

  @Override
  protected Analyzer getWrappedAnalyzer(String field) {
    if (field.equals(Schema.ANCHOR) || field.equals(Schema.NAME) || field.equals(Schema.NAME_KEY)) {
      return lines;
    }
    if (field.startsWith(Schema.TEXT_PREFIX)) {
      return packs.analyzer(field.substring(Schema.TEXT_PREFIX.length()));
    }
    if (field.startsWith(Schema.TITLE_PREFIX)) {
      return packs.analyzer(field.substring(Schema.TITLE_PREFIX.length()));
    }
    return packs.neutralAnalyzer();
  }
}
