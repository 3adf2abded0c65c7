package org.dragoman.model;

import java.util.List;

/**
 * Articles that are versions of one another, at most one per language unless an editor pinned
 * more.
 *
 * @param id stable id of the group: the smallest article id in it
 * @param confidence how sure the pairing is, 0 to 1 (1 when an editor pinned every link)
 * @param articles ids of the articles, in order of id
 */
public record TranslationGroup(String id, double confidence, List<String> articles) {
  public TranslationGroup {
    articles = List.copyOf(articles);
    if (articles.size() < 2) {
      throw new IllegalArgumentException("A group needs two articles or more, got " + articles);
    }
  }
}
