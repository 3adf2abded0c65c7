package org.dragoman.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.EditorActions;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.model.TranslationGroup;
import org.dragoman.web.view.Paths;

/**
 * Editors' actions, from the pages' forms and from the JSON API, through {@link EditorActions}:
 * the code path of {@code align --pin} and {@code entity merge|alias|split}. A form asks for a
 * confirmation first; every action is refused with HTTP 403 on a read-only server.
 */
final class Actions {
  private final Site site;
  private final Pages pages;

  Actions(Site site, Pages pages) {
    this.site = site;
    this.pages = pages;
  }

  /** A decision: what to record, and where the form's editor goes afterwards. */
  private record Decision(String op, List<List<String>> pins, List<List<String>> forbids,
      EntityCatalogue.Edit edit, String question, String then) {}

  // ------------------------------------------------------------------ forms

  void pairingForm(Context ctx) throws IOException {
    form(ctx, "/actions/pairings", pairing(ctx.formParam("op"), ctx.formParam("a"),
        ctx.formParam("b")), Map.of("op", nz(ctx.formParam("op")), "a", nz(ctx.formParam("a")),
        "b", nz(ctx.formParam("b"))));
  }

  void entityForm(Context ctx) throws IOException {
    String op = ctx.pathParam("op");
    Map<String, String> fields = new LinkedHashMap<>();
    for (String f : List.of("ids", "into", "id", "name", "as")) {
      if (ctx.formParam(f) != null) {
        fields.put(f, ctx.formParam(f));
      }
    }
    List<String> ids = new ArrayList<>();
    for (String s : nz(ctx.formParam("ids")).split("[,\\s]+")) {
      if (!s.isBlank()) {
        ids.add(s);
      }
    }
    form(ctx, "/actions/entities/" + op, entity(op, ids, ctx.formParam("into"),
        ctx.formParam("id"), ctx.formParam("name"), ctx.formParam("as")), fields);
  }

  private void form(Context ctx, String action, Decision d, Map<String, String> fields)
      throws IOException {
    String origin = Guard.originRefusal(ctx);
    if (origin != null) {
      pages.message(ctx, 403, "Refused", "This form came from another site: " + origin + ".");
      return;
    }
    if (!site.guard.validForm(ctx)) {
      pages.message(ctx, 403, "Refused", "This form is out of date or came from another site: "
          + "open the page again and repeat the action.");
      return;
    }
    if (!"yes".equals(ctx.formParam("confirm"))) {
      pages.render(ctx, "confirm.jte", "Confirm", Map.of("action", action, "question",
          d.question(), "fields", fields));
      return;
    }
    apply(d);
    ctx.redirect(d.then() + "?done=" + d.op(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  // ------------------------------------------------------------------ JSON API

  void pairingApi(Context ctx) throws IOException {
    Map<String, Object> body = body(ctx);
    Decision d = pairing(ctx.pathParam("op"), string(body, "a"), string(body, "b"));
    EditorActions.Outcome done = apply(d);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("done", done.done());
    m.put("groups", done.run().groups().size());
    m.put("changed", done.run().changed().stream().map(TranslationGroup::id).toList());
    m.put("group", done.run().groups().stream()
        .filter(g -> g.articles().contains(string(body, "a"))).findFirst()
        .map(TranslationGroup::articles).orElse(List.of()));
    m.put("notes", done.run().notes());
    Site.json(ctx, 200, m);
  }

  void entityApi(Context ctx) throws IOException {
    Map<String, Object> body = body(ctx);
    List<String> ids = new ArrayList<>();
    if (body.get("ids") instanceof List<?> list) {
      list.forEach(x -> ids.add(String.valueOf(x)));
    }
    Decision d = entity(ctx.pathParam("op"), ids, string(body, "into"), string(body, "id"),
        string(body, "name"), string(body, "as"));
    EditorActions.Outcome done = apply(d);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("done", done.done());
    m.put("entities", done.entities());
    Site.json(ctx, 200, m);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(Context ctx) {
    String refusal = Guard.apiRefusal(ctx);
    if (refusal != null) {
      throw new Guard.BadRequest(refusal);
    }
    byte[] bytes = ctx.bodyAsBytes(); // over --max-request-bytes: HTTP 413
    try {
      Object v = Site.JSON.readValue(bytes, Object.class);
      if (v instanceof Map<?, ?> m) {
        return (Map<String, Object>) m;
      }
    } catch (RuntimeException e) {
      throw new Guard.BadRequest("the body is not JSON: " + e.getMessage(), e);
    }
    throw new Guard.BadRequest("the body must be a JSON object");
  }

  // ------------------------------------------------------------------ both

  private EditorActions.Outcome apply(Decision d) throws IOException {
    return site.write(archive -> d.edit() == null
        ? EditorActions.pairing(archive, d.pins(), d.forbids(), 0)
        : EditorActions.entities(archive, d.edit()));
  }

  private static Decision pairing(String op, String a, String b) {
    String first = Guard.id(a, "an article");
    String second = Guard.id(b, "an article");
    return switch (nz(op)) {
      case "pin" -> new Decision("pin", List.of(List.of(first, second)), List.of(), null,
          "Pin article " + second + " into one translation group with " + first + "?",
          Paths.article(first));
      case "forbid" -> new Decision("forbid", List.of(), List.of(List.of(first, second)), null,
          "Forbid articles " + first + " and " + second + " from one translation group?",
          Paths.article(first));
      default -> throw new NotFound("No pairing action '" + op + "': use pin or forbid");
    };
  }

  private static Decision entity(String op, List<String> ids, String into, String id,
      String name, String as) {
    return switch (nz(op)) {
      case "merge" -> {
        if (ids.isEmpty()) {
          throw new Guard.BadRequest("merge needs the ids of the entities to merge");
        }
        ids.forEach(x -> Guard.id(x, "an entity"));
        String target = Guard.id(into, "an entity");
        var edit = new EntityCatalogue.Edit("merge", ids, target, null);
        yield new Decision("merge", null, null, edit, EditorActions.describe(edit)
            .replaceFirst("^merged", "Merge") + "?", Paths.entity(target));
      }
      case "alias" -> {
        var edit = new EntityCatalogue.Edit("alias", List.of(), Guard.id(id, "an entity"),
            name(name));
        yield new Decision("alias", null, null, edit, "Make '" + edit.label() + "' a name of "
            + edit.into() + "?", Paths.entity(edit.into()));
      }
      case "split" -> {
        var edit = new EntityCatalogue.Edit("split", List.of(Guard.id(id, "an entity")),
            Guard.id(as, "an entity"), name(name));
        yield new Decision("split", null, null, edit, "Move the mentions written '"
            + edit.label() + "' out of " + edit.ids().get(0) + " into a new entity " + edit.into()
            + "?", Paths.entity(edit.into()));
      }
      default -> throw new NotFound("No entity action '" + op + "': use merge, alias or split");
    };
  }

  private static String name(String name) {
    if (name == null || name.isBlank()) {
      throw new Guard.BadRequest("the name is missing");
    }
    EntityCatalogue.Limits.DEFAULT.checkName("name", name.strip());
    return name.strip();
  }

  private static String string(Map<String, Object> body, String key) {
    Object v = body.get(key);
    return v == null ? null : String.valueOf(v);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
