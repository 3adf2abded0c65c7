package org.dragoman.publish.view;

import java.util.List;
import org.dragoman.web.view.ArticlePage;
import org.dragoman.web.view.Link;
import org.dragoman.web.view.Reveal;

/**
 * A published article.
 *
 * @param chrome what every page carries
 * @param title the article's title
 * @param dateIso its date ({@code yyyy-MM-dd}), or null
 * @param date its date in its language's own format and calendar, or null
 * @param otherCalendar the date in the calendar the source gave it in, when not Gregorian
 * @param author its author, or null
 * @param paragraphs its text, mentions linked to their entities' pages
 * @param entities the entities it mentions
 * @param bitexts its bilingual pages, one per translation
 */
public record SiteArticle(SiteChrome chrome, String title, String dateIso, String date,
    String otherCalendar, String author, List<ArticlePage.Paragraph> paragraphs,
    List<Link> entities, List<Link> bitexts) {
  public SiteArticle {
    title = Reveal.controls(title);
    author = author == null ? null : Reveal.controls(author);
  }
}
