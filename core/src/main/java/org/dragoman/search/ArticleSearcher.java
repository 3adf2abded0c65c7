package org.dragoman.search;

import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.util.BytesRef;
import org.dragoman.index.ArchiveStore;
import org.dragoman.index.FacetCounts;
import org.dragoman.index.Schema;

/**
 * Runs {@link SearchRequest}s against an archive: one query per language present, each parsed by
 * that language's analysis over the article's text and title, plus the language-neutral field so
 * that names and acronyms written the same way in every language match anywhere.
 *
 * <p>Thread-safe; each search takes a fresh searcher, so articles ingested through the same
 * archive are seen at once (near-real-time).
 */
public final class ArticleSearcher {

  private static final float TITLE_BOOST = 2f;
  private static final float NEUTRAL_BOOST = 0.3f;
  private static final int SNIPPETS = 3;
  private static final int SNIPPET_MIN_CHARS = 80;

  private final ArchiveStore store;

  public ArticleSearcher(ArchiveStore store) {
    this.store = store;
  }

  /**
   * Runs {@code request}.
   *
   * @throws IllegalArgumentException when the query text does not parse, with the reason
   */
  public SearchResult search(SearchRequest request) throws IOException {
    Set<String> wanted = request.languages();
    List<String> languages = new ArrayList<>();
    for (String l : store.languages()) {
      if (wanted.isEmpty() || wanted.contains(l)) {
        languages.add(l);
      }
    }
    Query query = build(request, languages);
    return store.withSearcher(s -> run(s, query, request, languages));
  }

  private Query build(SearchRequest request, List<String> languages) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    String text = request.query().strip();
    boolean all = text.isEmpty() || text.equals("*");
    if (all) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    } else {
      BooleanQuery.Builder perLanguage = new BooleanQuery.Builder();
      for (String l : languages) {
        perLanguage.add(new BooleanQuery.Builder()
            .add(parse(text, l), BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(Schema.LANGUAGE, l)), BooleanClause.Occur.FILTER)
            .build(), BooleanClause.Occur.SHOULD);
      }
      b.add(perLanguage.build(), BooleanClause.Occur.MUST);
    }
    if (!request.languages().isEmpty()) {
      List<BytesRef> terms = request.languages().stream().map(BytesRef::new).toList();
      b.add(new TermInSetQuery(Schema.LANGUAGE, terms), BooleanClause.Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Schema.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private Query parse(String text, String language) {
    String[] fields = {Schema.textField(language), Schema.titleField(language), Schema.ANY};
    Map<String, Float> boosts = Map.of(
        fields[0], 1f, fields[1], TITLE_BOOST, Schema.ANY, NEUTRAL_BOOST);
    MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, store.analyzer(), boosts);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException("Cannot parse the query '" + text + "': "
          + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }

  private SearchResult run(IndexSearcher s, Query query, SearchRequest request,
      List<String> languages) throws IOException {
    int n = request.offset() + request.limit();
    Sort sort = request.sort() == SearchRequest.Sort.DATE
        ? new Sort(dateSort(), SortField.FIELD_SCORE)
        : null;
    FacetsCollectorManager.FacetsResult r = sort == null
        ? FacetsCollectorManager.search(s, query, n, new FacetsCollectorManager())
        : FacetsCollectorManager.search(s, query, n, sort, true, new FacetsCollectorManager());
    TopDocs top = r.topDocs();
    ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs,
        Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
    Map<Integer, List<String>> snippets = snippets(s, query, page, languages);
    StoredFields stored = s.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    for (ScoreDoc sd : page) {
      var a = Schema.load(stored, sd.doc);
      hits.add(new SearchHit(a.id(), a.language(), a.displayTitle(), a.source(), a.published(),
          sd.score, direction(a.text()), snippets.getOrDefault(sd.doc, List.of()), List.of()));
    }
    return new SearchResult(top.totalHits.value(), hits, FacetCounts.of(s.getIndexReader(),
        r.facetsCollector(), List.of(Schema.LANGUAGE, Schema.YEAR)));
  }

  private static SortField dateSort() {
    SortField f = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
    f.setMissingValue(Long.MIN_VALUE);
    return f;
  }

  private Map<Integer, List<String>> snippets(IndexSearcher s, Query query, ScoreDoc[] page,
      List<String> languages) throws IOException {
    Map<Integer, List<String>> out = new LinkedHashMap<>();
    if (page.length == 0 || languages.isEmpty()) {
      return out;
    }
    String[] fields = languages.stream().map(Schema::textField).toArray(String[]::new);
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    int[] max = new int[fields.length];
    java.util.Arrays.fill(max, SNIPPETS);
    Highlighter h = new Highlighter(UnifiedHighlighter.builder(s, store.analyzer())
        .withFormatter(new SnippetFormatter())
        .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(
            new IcuSentences(ULocale.ROOT), SNIPPET_MIN_CHARS, 0.5f))
        .withMaxNoHighlightPassages(1));
    Map<String, Object[]> byField = h.highlight(fields, query, docs, max);
    for (Object[] values : byField.values()) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof List<?> list && !list.isEmpty()) {
          @SuppressWarnings("unchecked")
          List<String> strings = (List<String>) list;
          out.put(docs[i], strings);
        }
      }
    }
    return out;
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

  /** Returns {@code rtl} when the first strong character of {@code text} is right-to-left. */
  static String direction(String text) {
    return Bidi.getBaseDirection(text.length() > 2000 ? text.substring(0, 2000) : text)
        == Bidi.RTL ? "rtl" : "ltr";
  }
}
