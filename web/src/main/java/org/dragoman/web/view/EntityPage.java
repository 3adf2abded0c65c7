package org.dragoman.web.view;

import java.util.List;

/**
 * An entity's page.
 *
 * @param id its id
 * @param type its type
 * @param label its label
 * @param labels its names per language, each with its script ("ar · Arabic")
 * @param aliases its aliases
 * @param mentions how many times it is mentioned
 * @param articles in how many articles
 * @param recent the articles that mention it, newest first, as links
 * @param timeline months mentioned in those articles, oldest first: month, count, bar width in
 *     percent
 */
public record EntityPage(String id, String type, String label, List<Label> labels,
    List<String> aliases, int mentions, int articles, List<Link> recent, List<Month> timeline) {
  public EntityPage {
    label = Reveal.controls(label);
    aliases = aliases.stream().map(Reveal::controls).toList();
  }

  /**
   * Names in one language.
   *
   * @param language the language tag
   * @param script the script's name (ICU)
   * @param dir their direction
   * @param names the names
   */
  public record Label(String language, String script, String dir, List<String> names) {
    public Label {
      names = names.stream().map(Reveal::controls).toList();
    }
  }

  /**
   * One month of the timeline.
   *
   * @param month {@code YYYY-MM}
   * @param count articles mentioning a day of it
   * @param width the bar's width class, 0 to 100 by tens
   * @param href the search for articles that mention it and the entity
   */
  public record Month(String month, long count, int width, String href) {}
}
