package org.dragoman.web.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import org.dragoman.model.Segment;
import org.dragoman.text.Scripts;

/**
 * An article's text paragraph by paragraph, with its mentions marked: the part the editors'
 * article page and the published site's article page share.
 */
public final class Paragraphs {
  private Paragraphs() {}

  /**
   * The paragraphs of {@code a}.
   *
   * @param mentions its mentions, in any order
   * @param catalogue the entities names resolve to
   * @param entityHref the page of an entity id, or null when it has none
   */
  public static List<ArticlePage.Paragraph> of(Article a, List<Mention> mentions,
      EntityCatalogue catalogue, Function<String, String> entityHref) {
    List<Mention> sorted = sorted(mentions);
    List<ArticlePage.Paragraph> out = new ArrayList<>();
    for (Segment p : a.paragraphs()) {
      out.add(new ArticlePage.Paragraph(p.language(), Scripts.direction(p.text(a.text())),
          spans(a.text(), p, sorted, catalogue, entityHref)));
    }
    return out;
  }

  /** {@code mentions} by where they start. */
  public static List<Mention> sorted(List<Mention> mentions) {
    return mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
  }

  /** The entity a name mention is of, after editors' merges, or null. */
  public static String entityOf(Mention m, EntityCatalogue catalogue) {
    if (!m.type().isEntity() || m.entity() == null) {
      return null;
    }
    String id = catalogue.resolve(m.entity());
    return id == null ? m.entity() : id;
  }

  private static List<ArticlePage.Span> spans(String text, Segment p, List<Mention> mentions,
      EntityCatalogue catalogue, Function<String, String> entityHref) {
    List<ArticlePage.Span> out = new ArrayList<>();
    int pos = p.start();
    for (Mention m : mentions) {
      if (m.start() < pos || m.end() > p.end() || m.end() <= m.start()) {
        continue; // outside this paragraph, or overlapping one already shown
      }
      if (m.start() > pos) {
        out.add(new ArticlePage.Span(text.substring(pos, m.start()), null, null, null));
      }
      String type = m.type().name().toLowerCase(Locale.ROOT);
      String title;
      String href = null;
      String entity = entityOf(m, catalogue);
      if (entity != null) {
        title = type + ": " + catalogue.get(entity).map(EntityCatalogue.Entity::label)
            .orElse(entity);
        href = entityHref.apply(entity);
      } else if (m.type() == Mention.Type.DATE) {
        title = m.value() == null ? "date (unresolved)" : m.value()
            + (m.calendar() != null ? " (" + m.calendar() + " " + m.original() + ")" : "");
      } else {
        title = m.value() == null ? type : type + ": " + m.value();
      }
      out.add(new ArticlePage.Span(text.substring(m.start(), m.end()), type, title, href));
      pos = m.end();
    }
    if (pos < p.end()) {
      out.add(new ArticlePage.Span(text.substring(pos, p.end()), null, null, null));
    }
    return out;
  }
}
