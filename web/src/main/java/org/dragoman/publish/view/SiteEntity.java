package org.dragoman.publish.view;

import java.util.List;
import org.dragoman.web.view.Link;
import org.dragoman.web.view.Reveal;

/**
 * An entity's page in one language.
 *
 * @param chrome what every page carries
 * @param name its name in the page's language
 * @param type {@code person}, {@code organisation} or {@code place}, in the page's language
 * @param names its names in other languages, each linking to its page in that language
 * @param articles the articles of this language that mention it, newest first
 */
public record SiteEntity(SiteChrome chrome, String name, String type, List<Link> names,
    List<Item> articles) {
  public SiteEntity {
    name = Reveal.controls(name);
  }
}
