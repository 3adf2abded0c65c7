package org.dragoman.publish.view;

import org.dragoman.web.view.BitextPage;

/**
 * A bilingual page: an article beside its translation, sentence by sentence.
 *
 * @param chrome what every page carries
 * @param page the two sides and their rows
 * @param sourceName the source's language, named in itself
 * @param targetName the target's language, named in itself
 */
public record SiteBitext(SiteChrome chrome, BitextPage page, String sourceName,
    String targetName) {}
