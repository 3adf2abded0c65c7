package org.dragoman.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import org.dragoman.model.Segment;

/**
 * The mentions of a whole article: each paragraph is read by the {@link MentionFinder} of its
 * own language (an English quotation inside an Arabic article is read as English), and dates
 * are resolved against the article's publication date, or the day it was read when it states
 * none.
 */
public final class Annotator {
  private Annotator() {}

  /**
   * Returns the mentions of {@code article} with offsets into its text. Relative dates count from
   * its publication date; an article that states none leaves them unresolved.
   */
  public static List<Mention> mentions(Article article, DatePreference preference) {
    LocalDate reference = article.published();
    String text = article.text();
    List<Mention> out = new ArrayList<>();
    List<Segment> paragraphs = article.paragraphs();
    if (paragraphs.isEmpty()) {
      return MentionFinder.forLanguage(article.language()).find(text, reference, preference);
    }
    for (Segment p : paragraphs) {
      String language = p.language() == null || p.language().equals("und") ? article.language() : p.language();
      for (Mention m : MentionFinder.forLanguage(language).find(text.substring(p.start(), p.end()), reference, preference)) {
        out.add(new Mention(m.type(), m.text(), m.start() + p.start(), m.end() + p.start(), m.value(),
            m.grain(), m.entity(), m.calendar(), m.original()));
      }
    }
    return out;
  }

  /** The date relative expressions of an article count from, or {@code null} when it states none. */
  public static LocalDate referenceDate(Article article) {
    return article.published();
  }
}
