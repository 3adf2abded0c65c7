package org.dragoman.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dragoman.Archive;
import org.dragoman.align.Bitext;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.index.ArchiveStore;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import org.dragoman.model.TranslationGroup;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;
import org.dragoman.web.view.Link;
import org.dragoman.web.view.Paths;

/** The HTML pages: each handler asks the library, builds a view and picks a template. */
final class Pages {
  private final Site site;

  Pages(Site site) {
    this.site = site;
  }

  void search(Context ctx) throws IOException {
    SearchForm form = SearchForm.of(ctx);
    String title = form.query().isBlank() ? "All articles" : form.query();
    Object page;
    try {
      SearchRequest request = form.request(true, site.settings.maxQueryChars());
      SearchResult r = site.archive.search(request);
      page = SearchViews.page(form, request, r, site.archive.entities());
    } catch (Guard.BadRequest e) {
      ctx.status(400);
      page = SearchViews.refused(form, e.getMessage());
    }
    render(ctx, "search.jte", title, Map.of("page", page));
  }

  void article(Context ctx) throws IOException {
    Article a = article(site.archive, ctx.pathParam("id"));
    List<Mention> mentions = site.archive.mentions(a.id());
    List<ArchiveStore.Brief> group = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    for (String id : site.archive.groupOf(a.id()).map(TranslationGroup::articles)
        .orElse(List.of())) {
      if (!id.equals(a.id())) {
        site.archive.brief(id).ifPresent(b -> {
          group.add(b);
          if (!languages.contains(b.language()) && !b.language().equals(a.language())) {
            languages.add(b.language());
          }
        });
      }
    }
    render(ctx, "article.jte", a.title(), Map.of("page", ArticleViews.article(a, mentions, group,
        languages, site.archive.entities())));
  }

  void bitext(Context ctx) throws IOException {
    Article a = article(site.archive, ctx.pathParam("id"));
    List<Bitext> all = site.archive.bitextsOf(a.id(), null);
    List<String> languages = new ArrayList<>();
    all.forEach(b -> {
      if (!languages.contains(b.target().language())) {
        languages.add(b.target().language());
      }
    });
    String with = ctx.queryParam("with");
    Bitext chosen = all.stream().filter(b -> with == null || b.target().language().equals(with))
        .findFirst().orElseThrow(() -> new NotFound("Article " + a.id() + " has no translation"
            + (with == null ? "" : " in " + with) + " (pair the archive with 'align --archive')"));
    render(ctx, "bitext.jte", a.title() + " ↔ " + chosen.target().language(),
        Map.of("page", ArticleViews.bitext(chosen, languages)));
  }

  void entity(Context ctx) throws IOException {
    String id = Guard.id(ctx.pathParam("id"), "an entity");
    EntityCatalogue catalogue = site.archive.entities();
    String now = catalogue.resolve(id);
    if (now != null && !now.equals(id)) {
      ctx.redirect(Paths.entity(now)
          + (ctx.queryParam("done") == null ? "" : "?done=" + Paths.enc(ctx.queryParam("done"))));
      return;
    }
    EntityCatalogue.Entity e = catalogue.get(id).orElseThrow(() -> new NotFound(
        "No entity " + id + " in the catalogue (the entities page lists them)"));
    render(ctx, "entity.jte", e.label(), Map.of("page", ArticleViews.entity(e,
        mentioning(site.archive, id, 50))));
  }

  /** The articles that mention entity {@code id}, newest first, with every month they mention. */
  static SearchResult mentioning(Archive archive, String id, int limit) throws IOException {
    return archive.search(SearchRequest.of("*").withEntities(List.of(id))
        .withSort(SearchRequest.Sort.DATE).withLimit(limit)
        .withFacetLimit(SearchRequest.MAX_FACET_LIMIT));
  }

  void entities(Context ctx) throws IOException {
    String type = ctx.queryParam("type");
    Mention.Type only = type == null || type.isBlank() ? null : Api.type(type);
    List<Link> types = new ArrayList<>();
    types.add(new Link("all", "/entities", null, "ltr", null, only == null));
    for (Mention.Type t : Mention.Type.values()) {
      if (t.isEntity()) {
        String name = t.name().toLowerCase(Locale.ROOT);
        types.add(new Link(name, "/entities?type=" + name, null, "ltr", null, t == only));
      }
    }
    List<Link> rows = new ArrayList<>();
    for (EntityCatalogue.Entity e : site.archive.entities().list(only, 500)) {
      rows.add(new Link(e.label(), Paths.entity(e.id()), null, "auto",
          e.type().name().toLowerCase(Locale.ROOT) + " · " + e.articles() + " articles", false));
    }
    render(ctx, "entities.jte", "Entities", Map.of("types", types, "entities", rows));
  }

  void translations(Context ctx) throws IOException {
    render(ctx, "translations.jte", "Translations", Map.of("status",
        site.archive.translationStatus(Api.statusQuery(ctx, false))));
  }

  /** The archive's folder, as given. */
  java.nio.file.Path archive() {
    return site.settings.archive();
  }

  /** A page that says what went wrong. */
  void message(Context ctx, int status, String heading, String message) {
    ctx.status(status);
    render(ctx, "message.jte", heading, Map.of("heading", heading, "message", message));
  }

  void render(Context ctx, String template, String title, Map<String, Object> params) {
    Map<String, Object> all = new LinkedHashMap<>(params);
    all.put("chrome", site.chrome(ctx, title));
    site.templates.render(ctx, template, all);
  }

  static Article article(Archive archive, String rawId) throws IOException {
    String id = Guard.id(rawId, "an article");
    return archive.article(id).orElseThrow(() -> new NotFound("No article " + id
        + " in the archive (search lists the ids)"));
  }
}
