package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dragoman.index.ArchiveStore;
import org.dragoman.index.StoreHits;
import org.dragoman.index.StoreSearch;
import org.dragoman.index.Schema;
import org.dragoman.text.Scripts;

/**
 * Runs {@link SearchRequest}s against an archive: one query per language present, each parsed by
 * that language's analysis over the article's text and title, plus the language-neutral field so
 * that names and acronyms written the same way in every language match anywhere.
 *
 * <p>Thread-safe; each search takes a fresh searcher, so articles ingested through the same
 * archive are seen at once (near-real-time).
 */
public final class ArticleSearcher {

  /** Hits list this many of their most mentioned entities. */
  private static final int HIT_ENTITIES = 5;

  private final ArchiveStore store;
  private final java.util.function.Supplier<EntityResolver> entities;
  private final QueryTranslator translator;
  private final java.util.function.Function<String, Map<String, String>> translationsOf;

  public ArticleSearcher(ArchiveStore store) {
    this(store, () -> EntityResolver.NONE);
  }

  /** A searcher that filters and counts by entity through {@code entities} (read at each search). */
  public ArticleSearcher(ArchiveStore store, java.util.function.Supplier<EntityResolver> entities) {
    this(store, entities, QueryTranslator.NONE);
  }

  /**
   * A searcher that also finds articles in other languages than the query's, when a request asks
   * ({@link SearchRequest#across}), through {@code translator}'s word translations.
   */
  public ArticleSearcher(ArchiveStore store, java.util.function.Supplier<EntityResolver> entities,
      QueryTranslator translator) {
    this(store, entities, translator, id -> Map.of());
  }

  /**
   * A searcher that searches across languages with {@code translator}, and through {@code
   * translationsOf}: the translations of an article (id → language), from its translation group.
   */
  public ArticleSearcher(ArchiveStore store, java.util.function.Supplier<EntityResolver> entities,
      QueryTranslator translator,
      java.util.function.Function<String, Map<String, String>> translationsOf) {
    this.store = store;
    this.entities = entities;
    this.translator = translator;
    this.translationsOf = translationsOf;
  }

  /**
   * Runs {@code request}.
   *
   * @throws IllegalArgumentException when the query text does not parse, with the reason
   */
  public SearchResult search(SearchRequest asked) throws IOException {
    Set<String> held = new java.util.LinkedHashSet<>(store.scans().languages());
    // languages as users name them ("eng", "arb"); one the archive does not hold is left out,
    // and only a name that is no language, or none held at all, is a mistake
    Set<String> wanted = new java.util.LinkedHashSet<>();
    String languagesHeld = held.isEmpty() ? "none yet"
        : String.join(", ", new java.util.TreeSet<>(held));
    for (String l : asked.languages()) {
      String tag = org.dragoman.language.LanguageTags.match(l, held);
      if (tag != null) {
        wanted.add(tag);
      } else if (!org.dragoman.language.LanguageTags.isLanguage(l)) {
        throw new IllegalArgumentException("'" + l + "' is not a language code (ISO 639: en, eng,"
            + " ar, ara…); the archive's languages: " + languagesHeld);
      }
    }
    if (!asked.languages().isEmpty() && wanted.isEmpty()) {
      throw new IllegalArgumentException("The archive holds no articles in "
          + String.join(", ", asked.languages()) + "; its languages: " + languagesHeld);
    }
    SearchRequest request = asked.withLanguages(wanted);
    List<String> languages = new ArrayList<>();
    for (String l : held) {
      if (wanted.isEmpty() || wanted.contains(l)) {
        languages.add(l);
      }
    }
    EntityResolver resolver = entities.get();
    Map<String, Via> viaTranslation = request.across() && !wanted.isEmpty()
        ? foundInOtherLanguages(request, held, wanted) : Map.of();
    Built built = build(request, languages, List.copyOf(held), resolver, viaTranslation);
    return run(built, request, languages, resolver);
  }

  /**
   * A translation of an article found in its own language scores this share of that article's
   * score, beside what the query finds in the translation itself: the article's words matched
   * in its own language say more than the words translated, but not as much as a match.
   */
  static final float TRANSLATION_WEIGHT = 0.1f;

  /** Hits of the other languages whose translations are looked for. */
  static final int TRANSLATED_HITS = 20;

  /** An article found as the translation of {@code source}, which the query found with {@code score}. */
  private record Via(String source, float score) {}

  /**
   * The articles of the wanted languages that translate an article the query finds in another
   * language, each with the article found (the best one).
   */
  private Map<String, Via> foundInOtherLanguages(SearchRequest request, Set<String> held,
      Set<String> wanted) throws IOException {
    Set<String> others = new java.util.LinkedHashSet<>(held);
    others.removeAll(wanted);
    if (others.isEmpty()) {
      return Map.of();
    }
    SearchRequest elsewhere = request.withLanguages(others).withAcross(false).withOffset(0)
        .withLimit(TRANSLATED_HITS);
    Built b = build(elsewhere, List.copyOf(others), List.copyOf(held), entities.get(), Map.of());
    Map<String, Via> out = new LinkedHashMap<>();
    for (ArchiveStore.ScoredId hit : store.top(b.query(), TRANSLATED_HITS)) {
      for (Map.Entry<String, String> t : translationsOf.apply(hit.id()).entrySet()) {
        if (wanted.contains(t.getValue()) && !out.containsKey(t.getKey())) {
          out.put(t.getKey(), new Via(hit.id(), hit.score()));
        }
      }
    }
    return out;
  }

  /**
   * A search's query, and the queries that say how a hit matched ("words", "translated from en",
   * "names and numbers"), with the articles found as translations of others.
   */
  private record Built(Query query, Map<String, Query> reasons, Map<String, Via> viaTranslation) {}

  private Built build(SearchRequest request, List<String> languages, List<String> held,
      EntityResolver resolver, Map<String, Via> viaTranslation) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Map<String, BooleanQuery.Builder> reasons = new LinkedHashMap<>();
    // the query in the form the text was stored in (NFC: "क़" typed precomposed finds the
    // text's "क़"), without controls
    String text = org.dragoman.text.TextNormalizer.nfc(
        org.dragoman.text.TextNormalizer.withoutControls(request.query())).strip();
    UserQuery q = UserQuery.parse(text);
    boolean all = text.isEmpty() || text.equals("*") || q.isEmpty() && !hasWordCharacter(text);
    if (all) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    } else {
      QueryCompiler compiler = new QueryCompiler(store.analyzer());
      CrossLanguage cross = request.across() ? new CrossLanguage(store.analyzer(), translator) : null;
      BooleanQuery.Builder perLanguage = new BooleanQuery.Builder();
      boolean anyLanguage = false;
      for (String l : languages) {
        // across languages, the words' translations share Lucene's clause limit with them
        Query own = compiler.compile(q, l, cross == null ? languages.size() : 2 * languages.size());
        Query inLanguage = own;
        Query language = new TermQuery(new Term(Schema.LANGUAGE, l));
        reason(reasons, "words", own, language);
        if (cross != null) {
          CrossLanguage.Parts parts = cross.parts(q, l, held, languages.size());
          BooleanQuery.Builder every = new BooleanQuery.Builder();
          for (Query part : new Query[] {own, parts.translated(), parts.anchors()}) {
            if (part != null) {
              every.add(part, BooleanClause.Occur.SHOULD);
            }
          }
          BooleanQuery combined = every.build();
          inLanguage = combined.clauses().isEmpty() ? null : combined;
          reason(reasons, "translated from " + parts.from(), parts.translated(), language);
          reason(reasons, "names and numbers", parts.anchors(), language);
        }
        if (inLanguage == null) {
          continue; // nothing of the query left in this language (its stop words only)
        }
        anyLanguage = true;
        perLanguage.add(new BooleanQuery.Builder()
            .add(inLanguage, BooleanClause.Occur.MUST)
            .add(language, BooleanClause.Occur.FILTER)
            .build(), BooleanClause.Occur.SHOULD);
      }
      for (Map.Entry<String, Via> t : viaTranslation.entrySet()) {
        // the translation of an article found in its own language, as high as that one
        perLanguage.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(
            new Term(Schema.ID, t.getKey()))), TRANSLATION_WEIGHT * t.getValue().score()),
            BooleanClause.Occur.SHOULD);
        anyLanguage = true;
      }
      String key = q.plain() ? nameQueryKey(String.join(" ", q.words())) : null;
      if (key != null) {
        // a name: also its mentions in other scripts ("Amar Fayaz" finds عمار فياز)
        Query names = new TermQuery(new Term(Schema.NAME_KEY, key));
        reason(reasons, "names", names, null);
        b.add(new BooleanQuery.Builder()
            .add(perLanguage.build(), BooleanClause.Occur.SHOULD)
            .add(names, BooleanClause.Occur.SHOULD)
            .build(), BooleanClause.Occur.MUST);
      } else if (anyLanguage) {
        b.add(perLanguage.build(), BooleanClause.Occur.MUST);
      } else {
        b.add(new org.apache.lucene.search.MatchNoDocsQuery("only stop words"),
            BooleanClause.Occur.MUST);
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
    Map<String, Query> why = new LinkedHashMap<>();
    reasons.forEach((name, q2) -> why.put(name, q2.build()));
    return new Built(b.build(), why, viaTranslation);
  }

  /** Adds {@code part} (in {@code language}, or any) to the queries that say {@code name}. */
  private static void reason(Map<String, BooleanQuery.Builder> reasons, String name, Query part,
      Query language) {
    if (part == null) {
      return;
    }
    Query q = language == null ? part : new BooleanQuery.Builder()
        .add(part, BooleanClause.Occur.MUST).add(language, BooleanClause.Occur.FILTER).build();
    reasons.computeIfAbsent(name, k -> new BooleanQuery.Builder()).add(q, BooleanClause.Occur.SHOULD);
  }

  private static boolean hasWordCharacter(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
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

  private SearchResult run(Built built, SearchRequest request, List<String> languages,
      EntityResolver resolver) throws IOException {
    StoreHits found = store.search(new StoreSearch(built.query(),
        request.across() ? built.reasons() : Map.of(), request.sort() == SearchRequest.Sort.DATE,
        request.offset(), request.limit(),
        List.of(Schema.LANGUAGE, Schema.YEAR, Schema.MENTIONED_MONTH), request.facetLimit(),
        resolver, languages));
    List<SearchHit> hits = new ArrayList<>();
    for (StoreHits.Hit h : found.hits()) {
      var d = h.document();
      var a = Schema.fromDocument(d);
      List<String> how = new ArrayList<>(h.matched());
      Via via = built.viaTranslation().get(a.id());
      if (request.across() && via != null) {
        how.add("translation of " + via.source());
      }
      hits.add(new SearchHit(a.id(), a.language(), a.displayTitle(), a.source(), a.published(),
          h.score(), Scripts.direction(a.text()), h.snippets(), List.of(),
          topEntities(Schema.mentions(d), resolver), how));
    }
    return new SearchResult(found.total(), hits, found.facets());
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
}
