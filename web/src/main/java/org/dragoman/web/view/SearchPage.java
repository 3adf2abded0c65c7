package org.dragoman.web.view;

import java.util.List;

/**
 * The search page.
 *
 * @param query the query as typed
 * @param total how many articles match
 * @param hits this page's hits
 * @param chips languages to narrow to (active ones remove the filter)
 * @param facets the facet dimensions with their values as links that add a filter
 * @param filters the filters in force, each a link that removes it
 * @param sorts relevance and date, as links
 * @param pages links to pages, with the current one active
 * @param error why the search could not run, or null
 */
public record SearchPage(String query, long total, List<Hit> hits, List<Link> chips,
    List<Facet> facets, List<Link> filters, List<Link> sorts, List<Link> pages, String error) {

  /**
   * One hit.
   *
   * @param title its title
   * @param href its article page
   * @param language its language tag
   * @param dir its text's direction
   * @param published its date as text, or null
   * @param snippets passages, each in parts
   * @param translations its translations, as links
   * @param entities the entities it mentions most, as links
   * @param matched how it matched in a search across languages, or empty
   */
  public record Hit(String title, String href, String language, String dir, String published,
      List<List<Part>> snippets, List<Link> translations, List<Link> entities,
      List<String> matched) {
    public Hit {
      title = Reveal.controls(title);
    }
  }

  /**
   * A facet dimension.
   *
   * @param name its heading
   * @param values its values, most frequent first
   */
  public record Facet(String name, List<Link> values) {}
}
