package org.dragoman.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.json.JsonShapes;
import org.dragoman.model.Article;
import org.dragoman.model.Segment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dragoman show ID}: one article, its metadata and text. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show one article: metadata, paragraph and sentence counts, text.")
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Parameters(index = "0", paramLabel = "ID|FILE",
      description = "The article id, or the file it was ingested from.")
  String id;

  @Option(names = "--segments", description = "Also list paragraph and sentence offsets.")
  boolean segments;

  @Override
  public Integer call() throws Exception {
    id = Common.articleId(id);
    Article a;
    try (Archive archive = common.openReadOnly()) {
      a = archive.article(id).orElse(null);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (a == null) {
      throw new IllegalArgumentException("No article with id " + id + " in " + common.archive
          + " ('search' lists the ids)");
    }
    Map<String, Object> m = JsonShapes.article(a, segments);
    if (common.json) {
      Json.print(out, m);
      return 0;
    }
    for (var e : m.entrySet()) {
      if (!e.getKey().equals("text") && e.getValue() != null && !(e.getValue() instanceof java.util.List)) {
        out.println(Terminal.fit(e.getKey(), 15) + Terminal.isolate(String.valueOf(e.getValue())));
      }
    }
    for (String f : a.furniture()) { // left out of the text, kept
      out.println(Terminal.fit("furniture", 15) + Terminal.isolate(f));
    }
    out.println();
    for (Segment p : a.paragraphs()) {
      out.println(Terminal.isolate(p.text(a.text())));
      out.println();
    }
    return 0;
  }
}
