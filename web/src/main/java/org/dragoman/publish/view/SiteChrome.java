package org.dragoman.publish.view;

import java.util.List;
import org.dragoman.web.view.Link;
import org.dragoman.web.view.Reveal;

/**
 * What every published page carries besides its content.
 *
 * @param lang the page's language (BCP 47)
 * @param dir its direction, {@code rtl} or {@code ltr}
 * @param title the page's title
 * @param siteName the site's name, in the page's language
 * @param canonical the page's absolute URL
 * @param alternates the page's versions in other languages, itself and {@code x-default}
 *     included; empty when it has none
 * @param jsonLd the page's JSON-LD, already safe inside a script element, or null
 * @param root the way from the page to the site's root ({@code ../../})
 * @param nav the language's own pages: its index, archive, entities and feed
 * @param switcher the page in other languages (an article's versions, or the languages' indexes)
 * @param feed the language's Atom feed, relative to the page
 * @param words the interface's words in the page's language
 */
public record SiteChrome(String lang, String dir, String title, String siteName, String canonical,
    List<Alternate> alternates, String jsonLd, String root, List<Link> nav, List<Link> switcher,
    String feed, Words words) {
  public SiteChrome {
    title = Reveal.controls(title);
  }

  /**
   * One {@code <link rel="alternate" hreflang>}.
   *
   * @param hreflang a language tag or {@code x-default}
   * @param href the version's absolute URL
   */
  public record Alternate(String hreflang, String href) {}
}
