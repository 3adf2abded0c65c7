package org.dragoman.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.Archive;
import org.dragoman.align.Bitext;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.json.JsonShapes;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import org.dragoman.search.SearchHit;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;

/** The JSON API under {@code /api/}: the command line's {@code --json} shapes (docs/API.md). */
final class Api {
  private final Site site;
  private final Rendered rendered = new Rendered();

  Api(Site site) {
    this.site = site;
  }

  void search(Context ctx) throws IOException {
    SearchForm form = SearchForm.of(ctx);
    SearchResult r = site.archive.search(form.request(false, site.settings.maxQueryChars()));
    ctx.status(200).contentType("application/json; charset=utf-8")
        .result(rendered.of(r, "json", () -> Site.JSON.writeValueAsBytes(r)));
  }

  void article(Context ctx) throws IOException {
    Article a = Pages.article(site.archive, ctx.pathParam("id"));
    Site.json(ctx, 200, JsonShapes.article(a, "true".equals(ctx.queryParam("segments"))));
  }

  void bitext(Context ctx) throws IOException {
    Article a = Pages.article(site.archive, ctx.pathParam("id"));
    String with = ctx.queryParam("with");
    List<Bitext> mine = site.archive.bitextsOf(a.id(), with);
    if (mine.isEmpty()) {
      throw new NotFound("Article " + a.id() + " has no translation" + (with == null ? ""
          : " in " + with) + " (pair the archive with 'align --archive')");
    }
    Site.json(ctx, 200, JsonShapes.bitexts(mine));
  }

  void entities(Context ctx) throws IOException {
    String type = ctx.queryParam("type");
    int limit = number(ctx, "limit", 100, 100_000);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EntityCatalogue.Entity e : site.archive.entities().list(
        type == null || type.isBlank() ? null : type(type), limit)) {
      rows.add(JsonShapes.entity(e));
    }
    Site.json(ctx, 200, Map.of("entities", rows));
  }

  void entity(Context ctx) throws IOException {
    String id = Guard.id(ctx.pathParam("id"), "an entity");
    EntityCatalogue catalogue = site.archive.entities();
    String now = catalogue.resolve(id) == null ? id : catalogue.resolve(id);
    EntityCatalogue.Entity e = catalogue.get(now).orElseThrow(() -> new NotFound(
        "No entity " + id + " in the catalogue (GET /api/entities lists them)"));
    SearchResult r = Pages.mentioning(site.archive, now, number(ctx, "limit", 50,
        SearchRequest.MAX_LIMIT));
    Map<String, Object> m = new LinkedHashMap<>(JsonShapes.entity(e));
    if (!now.equals(id)) {
      m.put("mergedFrom", id);
    }
    List<Map<String, Object>> in = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("id", h.id());
      a.put("language", h.language());
      a.put("title", h.title());
      a.put("published", h.published() == null ? null : h.published().toString());
      in.add(a);
    }
    m.put("mentionedIn", in);
    m.put("mentionedMonths", r.facets().getOrDefault("mentioned_month", Map.of()));
    Site.json(ctx, 200, m);
  }

  void translations(Context ctx) throws IOException {
    Site.json(ctx, 200, site.archive.translationStatus(statusQuery(ctx, true)));
  }

  /** The {@code translations} options as parameters: targets, missing, stale, since, coverage. */
  static Archive.StatusQuery statusQuery(Context ctx, boolean coverage) {
    List<String> targets = new ArrayList<>();
    for (String v : ctx.queryParams("targets")) {
      for (String t : v.split(",")) {
        if (!t.isBlank()) {
          targets.add(t.strip());
        }
      }
    }
    String since = ctx.queryParam("since");
    LocalDate day;
    try {
      day = since == null ? null : LocalDate.parse(since);
    } catch (DateTimeParseException e) {
      throw new Guard.BadRequest("since '" + since + "' is not a date (YYYY-MM-DD)", e);
    }
    String cov = ctx.queryParam("coverage");
    return new Archive.StatusQuery(targets, ctx.queryParam("missing"),
        "true".equals(ctx.queryParam("stale")), day, cov == null ? coverage : "true".equals(cov));
  }

  /** An entity type (person, organisation, place) named in a request. */
  static Mention.Type type(String name) {
    try {
      Mention.Type t = Mention.Type.parse(name);
      if (t.isEntity()) {
        return t;
      }
    } catch (IllegalArgumentException e) {
      // named below, with the types an entity can have
    }
    throw new Guard.BadRequest("type '" + name + "': use person, organisation or place");
  }

  static int number(Context ctx, String name, int otherwise, int most) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < 1 || n > most) {
        throw new Guard.BadRequest(name + " must be 1 to " + most + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new Guard.BadRequest(name + " '" + v + "' is not a whole number", e);
    }
  }
}
