package org.dragoman.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
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
    try (Archive archive = Archive.openReadOnly(common.archive)) {
      a = archive.article(id).orElse(null);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (a == null) {
      throw new IllegalArgumentException("No article with id " + id + " in " + common.archive
          + " ('search' lists the ids)");
    }
    Map<String, Object> m = toJson(a, segments);
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

  static Map<String, Object> toJson(Article a, boolean withSegments) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("source", a.source());
    m.put("language", a.language());
    m.put("title", a.title());
    m.put("published", a.published() == null ? null : a.published().toString());
    m.put("author", a.author());
    m.put("canonicalUrl", a.canonicalUrl());
    m.put("contentType", a.contentType());
    m.put("contentHash", a.contentHash());
    m.put("ingested", a.ingested() == null ? null : a.ingested().toString());
    if (a.recognition() != null) {
      m.put("recognition", a.recognition());
    }
    if (!a.furniture().isEmpty()) {
      m.put("furniture", a.furniture()); // page headers, footers and numbers left out of the text
    }
    m.put("paragraphs", a.paragraphs().size());
    m.put("sentences", a.sentences().size());
    Map<String, Integer> langs = new TreeMap<>();
    for (Segment p : a.paragraphs()) {
      langs.merge(p.language(), 1, Integer::sum);
    }
    m.put("paragraphLanguages", langs);
    if (withSegments) {
      m.put("paragraphSegments", a.paragraphs());
      m.put("sentenceSegments", a.sentences());
    }
    m.put("text", a.text());
    return m;
  }
}
