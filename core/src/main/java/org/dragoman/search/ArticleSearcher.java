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

  /** Hits list this many of their most mentioned entities. */
  private static final int HIT_ENTITIES = 5;

  private final ArchiveStore store;
  private final java.util.function.Supplier<EntityResolver> entities;

  public ArticleSearcher(ArchiveStore store) {
    this(store, () -> EntityResolver.NONE);
  }

  /** A searcher that filters and counts by entity through {@code entities} (read at each search). */
  public ArticleSearcher(ArchiveStore store, java.util.function.Supplier<EntityResolver> entities) {
    this.store = store;
    this.entities = entities;
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
    EntityResolver resolver = entities.get();
    Query query = build(request, languages, resolver);
    return store.withSearcher(s -> run(s, query, request, languages, resolver));
  }

  private Query build(SearchRequest request, List<String> languages, EntityResolver resolver) {
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
      String key = nameQueryKey(text);
      if (key != null) {
        // a name: also its mentions in other scripts ("Amar Fayaz" finds عمار فياز)
        b.add(new BooleanQuery.Builder()
            .add(perLanguage.build(), BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term(Schema.NAME_KEY, key)), BooleanClause.Occur.SHOULD)
            .build(), BooleanClause.Occur.MUST);
      } else {
        b.add(perLanguage.build(), BooleanClause.Occur.MUST);
      }
    }
    for (String id : request.entities()) {
      java.util.Collection<String> terms = resolver.terms(id);
      if (terms.isEmpty()) {
        throw new IllegalArgumentException("No entity '" + id + "' in the catalogue");
      }
      b.add(new TermInSetQuery(Schema.NAME, terms.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
    }
    if (request.mentionsFrom() != null || request.mentionsTo() != null) {
      long from = request.mentionsFrom() == null ? Long.MIN_VALUE : request.mentionsFrom().toEpochDay();
      long to = request.mentionsTo() == null ? Long.MAX_VALUE : request.mentionsTo().toEpochDay();
      b.add(LongPoint.newRangeQuery(Schema.MENTIONED, from, to), BooleanClause.Occur.FILTER);
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

  /** The cross-script key of a query that looks like a name: capitalised words or no case. */
  private static String nameQueryKey(String text) {
    String[] words = text.split("\\s+");
    if (words.length > 5) {
      return null;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isLetter(w.codePointAt(0)) || Character.isLowerCase(w.codePointAt(0))
          || w.chars().anyMatch(c -> "\"*?:()[]{}^~+-!\\/".indexOf(c) >= 0)) {
        return null;
      }
    }
    String key = Schema.nameKey(text);
    return key.replace(" ", "").length() >= 3 ? key : null;
  }

  private SearchResult run(IndexSearcher s, Query query, SearchRequest request,
      List<String> languages, EntityResolver resolver) throws IOException {
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
      org.apache.lucene.document.Document d = stored.document(sd.doc);
      var a = Schema.fromDocument(d);
      hits.add(new SearchHit(a.id(), a.language(), a.displayTitle(), a.source(), a.published(),
          sd.score, direction(a.text()), snippets.getOrDefault(sd.doc, List.of()), List.of(),
          topEntities(Schema.mentions(d), resolver)));
    }
    Map<String, Map<String, Long>> facets = new java.util.LinkedHashMap<>(FacetCounts.of(s.getIndexReader(),
        r.facetsCollector(), List.of(Schema.LANGUAGE, Schema.YEAR, Schema.MENTIONED_MONTH),
        request.facetLimit()));
    facets.putAll(EntityFacets.count(r.facetsCollector(), resolver, request.facetLimit()));
    return new SearchResult(top.totalHits.value(), hits, facets);
  }

  private static List<SearchHit.EntityCount> topEntities(List<org.dragoman.model.Mention> mentions,
      EntityResolver resolver) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    for (org.dragoman.model.Mention m : mentions) {
      if (m.type().isEntity()) {
        String id = resolver.entityOfTerm(Schema.nameTerm(m.type().name(), m.text()));
        if (id != null) {
          counts.merge(id, 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(HIT_ENTITIES).map(e -> new SearchHit.EntityCount(e.getKey(), e.getValue())).toList();
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
