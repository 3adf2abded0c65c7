package org.dragoman.publish.view;

import org.dragoman.web.view.BitextPage;

/**
 * A bilingual page: an article beside its translation, sentence by sentence.
 *
 * @param chrome what every page carries
 * @param page the two sides and their rows
 */
public record SiteBitext(SiteChrome chrome, BitextPage page) {}
