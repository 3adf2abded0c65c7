package org.dragoman.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dragoman.align.Bitext;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import org.dragoman.model.Segment;

/**
 * The documented JSON shapes of Dragoman's results, as plain maps and lists in a fixed key
 * order, so that the command line's {@code --json} and the web interface's {@code /api/} give
 * the same objects for the same thing (docs/CLI.md and docs/API.md describe them).
 *
 * <pre>{@code
 * Map<String, Object> json = JsonShapes.article(article, false);
 * }</pre>
 */
public final class JsonShapes {
  private JsonShapes() {}

  /** An article: metadata, paragraph and sentence counts, languages of paragraphs, text. */
  public static Map<String, Object> article(Article a, boolean withSegments) {
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

  /** A mention: type, text, offsets into the article's text, normalised value, entity id. */
  public static Map<String, Object> mention(Mention m) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("type", m.type().name());
    j.put("text", m.text());
    j.put("start", m.start());
    j.put("end", m.end());
    j.put("value", m.value());
    j.put("entity", m.entity());
    if (m.grain() != null) {
      j.put("grain", m.grain());
    }
    if (m.calendar() != null) {
      j.put("calendar", m.calendar());
      j.put("original", m.original());
    }
    return j;
  }

  /** Every mention of a list, in order. */
  public static List<Map<String, Object>> mentions(List<Mention> mentions) {
    List<Map<String, Object>> rows = new ArrayList<>(mentions.size());
    mentions.forEach(m -> rows.add(mention(m)));
    return rows;
  }

  /** A catalogue entity: id, type, label, labels by language, aliases and counts. */
  public static Map<String, Object> entity(EntityCatalogue.Entity e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("type", e.type().name());
    m.put("label", e.label());
    m.put("labels", e.labels());
    m.put("aliases", e.aliases());
    m.put("mentions", e.mentions());
    m.put("articles", e.articles());
    return m;
  }

  /** A bitext: each side's article and sentences, and the sentence links between them. */
  public static Map<String, Object> bitext(Bitext b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", side(b.source()));
    m.put("target", side(b.target()));
    m.put("links", b.links());
    return m;
  }

  private static Map<String, Object> side(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("file", a.source());
    m.put("language", a.language());
    m.put("sentences", Bitext.sentences(a));
    return m;
  }

  /** {@code {"bitexts": [...]}}, the shape of {@code bitext --json}. */
  public static Map<String, Object> bitexts(List<Bitext> bitexts) {
    return Map.of("bitexts", bitexts.stream().map(JsonShapes::bitext).toList());
  }
}
