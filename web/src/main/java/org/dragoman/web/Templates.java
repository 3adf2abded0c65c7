package org.dragoman.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The pages' templates, compiled into classes at build time (jte's Maven plugin) and rendered
 * with HTML escaping of every value they show.
 */
final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
      Templates.class.getClassLoader(), "org.dragoman.web.templates");

  /** Renders {@code name} with {@code params} as the answer's body. */
  void render(Context ctx, String name, Map<String, Object> params) {
    StringOutput out = new StringOutput(8192);
    engine.render(name, params, out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }
}
