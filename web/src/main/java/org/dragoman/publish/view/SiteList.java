package org.dragoman.publish.view;

import java.util.List;
import org.dragoman.web.view.Link;

/**
 * A list page: a language's index (paged), a month of its archive, the archive's months, its
 * entities, the site's languages.
 *
 * @param chrome what every page carries
 * @param heading the page's heading
 * @param intro a line under it, or null
 * @param items the list
 * @param pages links to the list's other pages (newer first), empty when it has one page
 */
public record SiteList(SiteChrome chrome, String heading, String intro, List<Item> items,
    List<Link> pages) {}
