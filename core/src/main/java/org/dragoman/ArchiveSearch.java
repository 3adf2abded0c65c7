package org.dragoman;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dragoman.index.ArchiveScans;
import org.dragoman.index.ArchiveStore;
import org.dragoman.index.Schema;
import org.dragoman.model.TranslationGroup;
import org.dragoman.search.ArticleSearcher;
import org.dragoman.search.QueryTranslator;
import org.dragoman.search.SearchHit;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;

/**
 * The archive's searches: the {@link ArticleSearcher} over its index with its entity catalogue,
 * each hit joined to its translations from the alignment, and the archive's counts.
 */
final class ArchiveSearch {
  private final ArchiveStore store;
  private final ArchiveAlignment alignment;
  private final ArchiveEntities entities;
  private final ArticleSearcher searcher;
  private final SearchCache cache = new SearchCache();

  ArchiveSearch(ArchiveStore store, ArchiveEntities entities, ArchiveAlignment alignment) {
    this.store = store;
    this.entities = entities;
    this.alignment = alignment;
    this.searcher = new ArticleSearcher(store, entities::resolver, this::translate,
        this::translationsOf);
  }

  /** The archive's word translations from {@code from} to {@code to}, through its lexicon. */
  private List<QueryTranslator.Translation> translate(String from, String to, String term) {
    try {
      return alignment.lexiconForSearch(from, to).translations(term, CROSS_TRANSLATIONS, 0f).stream()
          .map(t -> new QueryTranslator.Translation(t.word(), t.probability())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The other articles of {@code id}'s translation group, each with its language. */
  private Map<String, String> translationsOf(String id) {
    try {
      TranslationGroup g = alignment.groupIndex().get(id);
      if (g == null) {
        return Map.of();
      }
      Map<String, String> out = new java.util.LinkedHashMap<>();
      for (String other : g.articles()) {
        if (!other.equals(id)) {
          store.brief(other).ifPresent(b -> out.put(b.id(), b.language()));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Translations asked of the lexicon per word (the searcher keeps the likely ones). */
  private static final int CROSS_TRANSLATIONS = 10;

  /**
   * Searches the archive; each hit lists its translations. A search asked again while the
   * archive is as it was is answered from the {@link SearchCache} (a search across languages,
   * which also depends on the lexicons, and a large page are always run).
   */
  SearchResult search(SearchRequest request) throws IOException {
    if (!SearchCache.keeps(request)) {
      return run(request);
    }
    // the state a result depends on: what the index holds, the catalogue its entity facets and
    // filters resolve through, and the groups its translations come from (objects that are
    // replaced, never changed, when their files change)
    SearchCache.Stamp stamp = new SearchCache.Stamp(store.version(), entities.resolver(),
        alignment.groupIndex());
    SearchResult kept = cache.get(request, stamp);
    if (kept != null) {
      return kept;
    }
    SearchResult found = run(request);
    cache.put(request, stamp, found);
    return found;
  }

  private SearchResult run(SearchRequest request) throws IOException {
    SearchResult found = searcher.search(request);
    Map<String, TranslationGroup> groupOf = alignment.groupIndex();
    if (groupOf.isEmpty()) {
      return found;
    }
    List<SearchHit> hits = new ArrayList<>();
    for (SearchHit h : found.hits()) {
      TranslationGroup g = groupOf.get(h.id());
      List<SearchHit.Translation> others = new ArrayList<>();
      if (g != null) {
        for (String id : g.articles()) {
          if (!id.equals(h.id())) {
            store.brief(id).ifPresent(x -> others.add(
                new SearchHit.Translation(x.id(), x.language(), x.title())));
          }
        }
      }
      hits.add(h.withTranslations(others));
    }
    return new SearchResult(found.total(), hits, found.facets());
  }

  /** Returns counts by language, format and year, and the size on disk. */
  ArchiveStats stats() throws IOException {
    try {
      ArchiveScans.Counts c = store.scans()
          .counts(List.of(Schema.LANGUAGE, Schema.FORMAT, Schema.YEAR));
      return new ArchiveStats(c.articles(), c.dimensions().get(Schema.LANGUAGE),
          c.dimensions().get(Schema.FORMAT), c.dimensions().get(Schema.YEAR), store.sizeOnDisk());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
