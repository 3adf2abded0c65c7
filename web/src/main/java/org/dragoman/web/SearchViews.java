package org.dragoman.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.search.SearchHit;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;
import org.dragoman.text.Scripts;
import org.dragoman.web.view.Link;
import org.dragoman.web.view.Paths;
import org.dragoman.web.view.Part;
import org.dragoman.web.view.SearchPage;

/** Builds the search page from a search's result. */
final class SearchViews {
  private static final Map<String, String> FACETS = Map.of("language", "Language", "year", "Year",
      "mentioned_month", "Mentioned month", "person", "People", "organisation", "Organisations",
      "place", "Places");
  private static final List<String> ORDER = List.of("language", "year", "person", "organisation",
      "place", "mentioned_month");

  private SearchViews() {}

  static SearchPage page(SearchForm form, SearchRequest request, SearchResult r,
      EntityCatalogue catalogue) {
    List<SearchPage.Hit> hits = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      hits.add(hit(h, catalogue));
    }
    Map<String, Long> languages = r.facets().getOrDefault("language", Map.of());
    List<Link> chips = new ArrayList<>();
    for (String lang : form.all("lang")) {
      if (!languages.containsKey(lang)) {
        chips.add(new Link(lang, form.without("lang", lang), lang, "ltr", "0", true));
      }
    }
    languages.forEach((lang, n) -> chips.add(form.has("lang", lang)
        ? new Link(lang, form.without("lang", lang), lang, "ltr", Long.toString(n), true)
        : new Link(lang, form.with("lang", lang), lang, "ltr", Long.toString(n), false)));
    List<SearchPage.Facet> facets = new ArrayList<>();
    for (String dim : ORDER) {
      Map<String, Long> counts = r.facets().getOrDefault(dim, Map.of());
      if (counts.isEmpty() || dim.equals("language")) {
        continue;
      }
      List<Link> values = new ArrayList<>();
      counts.forEach((value, n) -> values.add(facetValue(form, dim, value, n, catalogue)));
      facets.add(new SearchPage.Facet(FACETS.get(dim), values));
    }
    return new SearchPage(form.query(), r.total(), hits, chips, facets, filters(form, catalogue),
        sorts(form, request), pages(form, request, r.total()), null);
  }

  /** A page that says why the search could not run. */
  static SearchPage refused(SearchForm form, String reason) {
    return new SearchPage(form.query(), 0, List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), reason);
  }

  private static Link facetValue(SearchForm form, String dim, String value, long n,
      EntityCatalogue catalogue) {
    String count = Long.toString(n);
    return switch (dim) {
      case "year" -> new Link(value, form.with("year", value), null, "ltr", count,
          form.has("year", value));
      case "mentioned_month" -> new Link(value, form.with("mentions", value), null, "ltr", count,
          form.has("mentions", value));
      default -> {
        String label = catalogue.get(value).map(EntityCatalogue.Entity::label).orElse(value);
        yield new Link(label, form.with("entity", value), null, "auto", count,
            form.has("entity", value));
      }
    };
  }

  private static List<Link> filters(SearchForm form, EntityCatalogue catalogue) {
    List<Link> out = new ArrayList<>();
    for (String y : form.all("year")) {
      out.add(new Link("year " + y, form.without("year", y), null, "ltr", null, true));
    }
    for (String m : form.all("mentions")) {
      out.add(new Link("mentions " + m, form.without("mentions", m), null, "ltr", null, true));
    }
    for (String e : form.all("entity")) {
      String label = catalogue.get(catalogue.resolve(e) == null ? e : catalogue.resolve(e))
          .map(EntityCatalogue.Entity::label).orElse(e);
      out.add(new Link(label, form.without("entity", e), null, "auto", null, true));
    }
    for (String f : List.of("from", "to")) {
      for (String d : form.all(f)) {
        out.add(new Link(f + " " + d, form.without(f, d), null, "ltr", null, true));
      }
    }
    return out;
  }

  private static List<Link> sorts(SearchForm form, SearchRequest request) {
    boolean date = request.sort() == SearchRequest.Sort.DATE;
    return List.of(new Link("relevance", form.with("sort", "relevance"), null, "ltr", null, !date),
        new Link("newest first", form.with("sort", "date"), null, "ltr", null, date));
  }

  private static List<Link> pages(SearchForm form, SearchRequest request, long total) {
    int size = request.limit();
    long last = Math.min((total + size - 1) / size, SearchRequest.MAX_LIMIT / size + 100);
    int current = request.offset() / size + 1;
    List<Link> out = new ArrayList<>();
    if (last <= 1) {
      return out;
    }
    if (current > 1) {
      out.add(new Link("← previous", form.page(current - 1), null, "ltr", null, false));
    }
    for (long p = Math.max(1, current - 4); p <= Math.min(last, current + 4); p++) {
      out.add(new Link(Long.toString(p), form.page((int) p), null, "ltr", null, p == current));
    }
    if (current < last) {
      out.add(new Link("next →", form.page(current + 1), null, "ltr", null, false));
    }
    return out;
  }

  private static SearchPage.Hit hit(SearchHit h, EntityCatalogue catalogue) {
    List<List<Part>> snippets = new ArrayList<>();
    for (String s : h.snippets()) {
      snippets.add(parts(s));
    }
    List<Link> translations = new ArrayList<>();
    for (SearchHit.Translation t : h.translations()) {
      String title = t.title() == null ? t.id() : t.title();
      translations.add(new Link(title, Paths.article(t.id()), t.language(),
          Scripts.direction(title), t.language(), false));
    }
    List<Link> entities = new ArrayList<>();
    for (SearchHit.EntityCount e : h.entities()) {
      var entity = catalogue.get(e.id());
      entities.add(new Link(entity.map(EntityCatalogue.Entity::label).orElse(e.id()),
          Paths.entity(e.id()), null, "auto",
          entity.map(x -> x.type().name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
          false));
    }
    return new SearchPage.Hit(h.title(), Paths.article(h.id()), h.language(),
        h.direction(), h.published() == null ? null : h.published().toString(), snippets,
        translations, entities, h.matched());
  }

  /**
   * The pieces of a snippet: the library marks matched words with {@code <mark>} in text it
   * escaped; the pieces go back to plain text here so that the template escapes every one.
   */
  static List<Part> parts(String snippet) {
    List<Part> out = new ArrayList<>();
    int pos = 0;
    while (pos < snippet.length()) {
      int open = snippet.indexOf("<mark>", pos);
      if (open < 0) {
        out.add(new Part(unescape(snippet.substring(pos)), false));
        break;
      }
      int close = snippet.indexOf("</mark>", open);
      if (close < 0) {
        out.add(new Part(unescape(snippet.substring(pos)), false));
        break;
      }
      if (open > pos) {
        out.add(new Part(unescape(snippet.substring(pos, open)), false));
      }
      out.add(new Part(unescape(snippet.substring(open + 6, close)), true));
      pos = close + 7;
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
