package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.entity.Annotator;
import org.dragoman.entity.DatePreference;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.ingest.ArticleReader;
import org.dragoman.ingest.IngestOptions;
import org.dragoman.ingest.SourceProblem;
import org.dragoman.json.JsonShapes;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman entities FILE}: the mentions of one file, no archive needed;
 * {@code dragoman entities --archive DIR}: the archive's entity catalogue.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = {"List the mentions of one file, or the archive's entity catalogue.",
        "With FILE: its dates, numbers, names, hashtags, URLs and e-mail addresses, with offsets"
            + " and values; without: the people, organisations and places of the archive."})
final class EntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A file to read.")
  Path file;

  @Option(names = "--type", paramLabel = "T",
      description = "Only this type: PERSON, ORGANISATION, PLACE (and for FILE: DATE, NUMBER, HASHTAG, URL, EMAIL).")
  String type;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
      description = "Catalogue: at most N entities, most mentioned first (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--prefer", paramLabel = "past|future|nearest", defaultValue = "past",
      description = "Where underspecified dates go relative to the publication date (default: ${DEFAULT-VALUE}).")
  String prefer;

  @Override
  public Integer call() throws Exception {
    Mention.Type only = type == null ? null : Mention.Type.parse(type);
    PrintWriter out = spec.commandLine().getOut();
    if (file != null) {
      return mentions(out, only);
    }
    List<EntityCatalogue.Entity> entities;
    try (Archive archive = common.openReadOnly()) {
      entities = archive.entities().list(only, limit);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EntityCatalogue.Entity e : entities) {
      rows.add(JsonShapes.entity(e));
    }
    if (common.json) {
      Json.print(out, Map.of("entities", rows));
      return 0;
    }
    // the id column as wide as the longest id shown (up to 60), and never touching the next
    int idWidth = Math.min(60, entities.stream().mapToInt(e -> Terminal.width(e.id())).max()
        .orElse(10)) + 2;
    for (EntityCatalogue.Entity e : entities) {
      StringBuilder labels = new StringBuilder();
      e.labels().forEach((lang, names) -> labels.append(lang).append(": ").append(String.join(" / ", names)).append("  "));
      out.println(Terminal.fit(e.id(), idWidth - 2) + "  " + Terminal.fit(e.type().name(), 13)
          + String.format(Locale.ROOT, "%4d  ", e.articles()) + Terminal.isolate(labels.toString().strip()));
    }
    return 0;
  }

  private int mentions(PrintWriter out, Mention.Type only) throws SourceProblem {
    Article a;
    try {
      a = ArticleReader.create(IngestOptions.defaults()).read(file);
    } catch (SourceProblem e) {
      throw new SourceProblem(file + ": " + e.getMessage(), e);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Mention m : Annotator.mentions(a, DatePreference.parse(prefer))) {
      if (only == null || m.type() == only) {
        rows.add(JsonShapes.mention(m));
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("source", file.toString());
    result.put("language", a.language());
    result.put("reference", a.published() == null ? null : a.published().toString());
    result.put("mentions", rows);
    if (common.json) {
      Json.print(out, result);
      return 0;
    }
    out.println("language " + a.language() + (a.published() == null
        ? ", no publication date: relative dates unresolved" : ", dates relative to " + a.published()));
    for (Map<String, Object> m : rows) {
      Object value = m.get("value");
      out.println(Terminal.fit(String.valueOf(m.get("type")), 13)
          + Terminal.fit(m.get("start") + "-" + m.get("end"), 12)
          + Terminal.fit(Terminal.isolate(String.valueOf(m.get("text"))), 40) + "  "
          + (value == null ? "(unresolved)" : Terminal.isolate(String.valueOf(value)))
          + (m.get("entity") != null ? "  " + m.get("entity") : ""));
    }
    return 0;
  }
}
