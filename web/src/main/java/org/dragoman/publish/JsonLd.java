package org.dragoman.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dragoman.model.Mention;
import org.dragoman.publish.SiteModel.Doc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An article page's schema.org {@code NewsArticle} in JSON-LD: headline, language, date, the
 * versions it translates and that translate it, and the entities it mentions, each with its
 * page. The JSON is written so that it cannot end its script element: {@code <}, {@code >} and
 * {@code &} are JSON escapes.
 */
final class JsonLd {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonLd() {}

  static String article(SiteModel model, SiteLinks links, Doc d) {
    ObjectNode o = JSON.createObjectNode();
    o.put("@context", "https://schema.org");
    o.put("@type", "NewsArticle");
    o.put("@id", links.url(d.dir()));
    o.put("url", links.url(d.dir()));
    o.put("mainEntityOfPage", links.url(d.dir()));
    o.put("headline", d.article().displayTitle());
    o.put("inLanguage", d.language());
    if (d.article().published() != null) {
      o.put("datePublished", d.article().published().toString());
    }
    if (d.article().author() != null) {
      o.putObject("author").put("@type", "Person").put("name", d.article().author());
    }
    Doc from = model.translationOf.get(d.article().id());
    if (from != null) {
      o.putObject("translationOfWork").put("@id", links.url(from.dir()));
    }
    List<Doc> translations = new ArrayList<>();
    for (Doc v : model.versions.getOrDefault(d.article().id(), List.of())) {
      if (model.translationOf.get(v.article().id()) == d) {
        translations.add(v);
      }
    }
    if (!translations.isEmpty()) {
      ArrayNode a = o.putArray("workTranslation");
      translations.forEach(v -> a.addObject().put("@id", links.url(v.dir())));
    }
    ArrayNode mentions = JSON.createArrayNode();
    for (SiteModel.Named n : model.named(d)) {
      mentions.addObject().put("@type", type(n.type())).put("name", n.page().name())
          .put("url", links.url(n.page().dir()));
    }
    if (!mentions.isEmpty()) {
      o.set("mentions", mentions);
    }
    return safe(o);
  }

  private static String type(Mention.Type t) {
    return switch (t.name().toLowerCase(Locale.ROOT)) {
      case "person" -> "Person";
      case "organisation", "organization" -> "Organization";
      case "place" -> "Place";
      default -> "Thing";
    };
  }

  /** {@code o} as JSON that can sit in a script element of an HTML page. */
  static String safe(ObjectNode o) {
    return JSON.writeValueAsString(o).replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }
}
