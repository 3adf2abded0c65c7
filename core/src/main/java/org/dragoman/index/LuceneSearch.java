package org.dragoman.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/** A {@link StoreSearch} on the embedded index: hits, facets and snippets in one searcher. */
final class LuceneSearch {
  private LuceneSearch() {}

  static StoreHits run(IndexSearcher s, SchemaAnalyzer analyzer, StoreSearch search)
      throws IOException {
    int n = search.offset() + search.limit();
    Sort sort = search.byDate() ? new Sort(dateSort(), SortField.FIELD_SCORE) : null;
    FacetsCollectorManager.FacetsResult r = sort == null
        ? FacetsCollectorManager.search(s, search.query(), n, new FacetsCollectorManager())
        : FacetsCollectorManager.search(s, search.query(), n, sort, true,
            new FacetsCollectorManager());
    TopDocs top = r.topDocs();
    ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs,
        Math.min(search.offset(), top.scoreDocs.length), top.scoreDocs.length);
    StoredFields stored = s.storedFields();
    Document[] docs = new Document[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = stored.document(page[i].doc);
    }
    Map<Integer, List<String>> snippets = snippets(s, analyzer, search, page, docs);
    Map<String, Weight> reasons = new LinkedHashMap<>();
    for (Map.Entry<String, org.apache.lucene.search.Query> why : search.reasons().entrySet()) {
      reasons.put(why.getKey(), s.createWeight(s.rewrite(why.getValue()),
          ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    List<StoreHits.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      hits.add(new StoreHits.Hit(docs[i], page[i].score,
          snippets.getOrDefault(page[i].doc, List.of()), matched(s, reasons, page[i].doc)));
    }
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>(
        FacetCounts.of(s.getIndexReader(), r.facetsCollector(), search.facets(),
            search.facetLimit()));
    if (search.entities() != null) {
      facets.putAll(EntityFacets.count(r.facetsCollector(), search.entities(),
          search.facetLimit()));
    }
    return new StoreHits(top.totalHits.value(), hits, facets);
  }

  /** The names of the reasons whose query matches document {@code doc}. */
  private static List<String> matched(IndexSearcher s, Map<String, Weight> reasons, int doc)
      throws IOException {
    if (reasons.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    for (Map.Entry<String, Weight> r : reasons.entrySet()) {
      if (r.getValue().matches(leaf, doc - leaf.docBase) != null) {
        out.add(r.getKey());
      }
    }
    return out;
  }

  private static SortField dateSort() {
    SortField f = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
    f.setMissingValue(Long.MIN_VALUE);
    return f;
  }

  /**
   * The snippets of each hit, from the text field of its own language: an article's text is in
   * one field, so highlighting each hit in every language searched would do the highlighter's
   * work (a match of the whole query per field and document) once per language for nothing.
   */
  private static Map<Integer, List<String>> snippets(IndexSearcher s, SchemaAnalyzer analyzer,
      StoreSearch search, ScoreDoc[] page, Document[] stored) throws IOException {
    Map<Integer, List<String>> out = new LinkedHashMap<>();
    if (page.length == 0 || search.languages().isEmpty()) {
      return out;
    }
    Map<String, List<Integer>> byField = new LinkedHashMap<>();
    for (int i = 0; i < page.length; i++) {
      for (String l : search.languages()) {
        String field = Schema.textField(l);
        if (stored[i].getField(field) != null) {
          byField.computeIfAbsent(field, f -> new ArrayList<>()).add(page[i].doc);
        }
      }
    }
    for (Map.Entry<String, List<Integer>> e : byField.entrySet()) {
      int[] docs = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      Object[] values = Snippets.fromIndex(s, analyzer, e.getKey(), search.query(), docs);
      for (int i = 0; i < values.length; i++) {
        List<String> strings = Snippets.strings(values[i]);
        if (!strings.isEmpty()) {
          out.put(docs[i], strings);
        }
      }
    }
    return out;
  }
}
