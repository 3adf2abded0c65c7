package org.dragoman.language;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/** Puts {@link FoldingCharFilters} in front of a language's analyzer, for indexing and queries. */
final class FoldingAnalyzer extends AnalyzerWrapper {
  private final Analyzer delegate;

  FoldingAnalyzer(Analyzer delegate) {
    super(delegate.getReuseStrategy());
    this.delegate = delegate;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return delegate;
  }

  @Override
  protected Reader wrapReader(String fieldName, Reader reader) {
    return FoldingCharFilters.wrap(reader);
  }

  @Override
  protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
    return FoldingCharFilters.wrap(reader);
  }

  @Override
  public void close() {
    delegate.close();
    super.close();
  }
}
