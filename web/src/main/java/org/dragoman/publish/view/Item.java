package org.dragoman.publish.view;

import org.dragoman.web.view.Reveal;

/**
 * One line of a list page: an article, a month or a language.
 *
 * @param title what is shown
 * @param href where it goes, relative to the page
 * @param lang the language of the title
 * @param dir its direction
 * @param date the date shown, in the page's language, or null
 * @param dateIso the date as {@code yyyy-MM-dd} for {@code <time>}, or null
 * @param summary a line under the title, or null
 */
public record Item(String title, String href, String lang, String dir, String date,
    String dateIso, String summary) {
  public Item {
    title = Reveal.controls(title);
    summary = summary == null ? null : Reveal.controls(summary);
  }
}
