package org.dragoman.index;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passages shown under a hit: whole sentences (ICU's break rules) of at least {@value
 * #MIN_CHARS} characters, scored by Lucene's unified highlighter, with the matches marked by
 * {@link SnippetFormatter}. The embedded store reads offsets from its postings; a store without
 * a local index hands the hit's text, and the passages are the same.
 */
public final class Snippets {

  static final int MIN_CHARS = 80;

  private Snippets() {}

  private static UnifiedHighlighter.Builder configure(UnifiedHighlighter.Builder b) {
    return b.withFormatter(new SnippetFormatter())
        .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(
            new IcuSentences(ULocale.ROOT), MIN_CHARS, 0.5f))
        .withMaxNoHighlightPassages(1);
  }

  /** The snippets of documents {@code docs} of {@code searcher}, in field {@code field}. */
  static Object[] fromIndex(IndexSearcher searcher, Analyzer analyzer, String field, Query query,
      int[] docs) throws IOException {
    Highlighter h = new Highlighter(configure(UnifiedHighlighter.builder(searcher, analyzer)));
    Map<String, Object[]> values = h.highlight(new String[] {field}, query, docs,
        new int[] {StoreSearch.SNIPPETS});
    return values.get(field);
  }

  /**
   * The snippets of a hit of {@code query} read from another store, in {@code field}: the hit is
   * indexed alone in memory as the embedded index holds it (every field the query may ask of
   * it, offsets in the postings), so its passages are those the embedded index gives.
   */
  public static List<String> ofHit(SchemaAnalyzer analyzer, String field, Query query,
      ArchiveStore.Stored hit) throws IOException {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    for (var f : Schema.fields(hit.article(), hit.pipeline(), hit.anchors(), hit.mentions())) {
      if (!(f instanceof org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField)) {
        d.add(f);
      }
    }
    org.apache.lucene.index.memory.MemoryIndex index =
        org.apache.lucene.index.memory.MemoryIndex.fromDocument(d, analyzer, true, false);
    IndexSearcher searcher = index.createSearcher();
    return strings(fromIndex(searcher, analyzer, field, query, new int[] {0})[0]);
  }

  /** The snippets of one highlighted value: a list of strings, or none. */
  static List<String> strings(Object value) {
    if (value instanceof List<?> list && !list.isEmpty()) {
      @SuppressWarnings("unchecked")
      List<String> strings = (List<String>) list;
      return strings;
    }
    return List.of();
  }

  /** Exposes the object-valued highlighting that the unified highlighter keeps protected. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(Builder b) {
      super(b);
    }

    Map<String, Object[]> highlight(String[] fields, Query q, int[] docs, int[] max)
        throws IOException {
      return highlightFieldsAsObjects(fields, q, docs, max);
    }
  }
}
