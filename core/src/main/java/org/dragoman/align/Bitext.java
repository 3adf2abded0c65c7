package org.dragoman.align;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.model.SentenceLink;

/**
 * The sentence links between two articles of one translation group.
 *
 * @param source the source article
 * @param target the target article
 * @param links the links, in order; indices point into each article's sentences
 */
public record Bitext(Article source, Article target, List<SentenceLink> links) {

  public Bitext {
    links = List.copyOf(links);
  }

  /** Returns the sentences of {@code article} as text. */
  public static List<String> sentences(Article article) {
    return article.sentences().stream().map(s -> s.text(article.text())).toList();
  }

  /** Returns the same links seen from the target's side. */
  public Bitext reversed() {
    List<SentenceLink> out = new ArrayList<>(links.size());
    for (SentenceLink l : links) {
      out.add(new SentenceLink(l.target(), l.source(), l.confidence()));
    }
    return new Bitext(target, source, out);
  }

  /** Returns the text of the source sentences of {@code link}, joined by a space. */
  public String sourceText(SentenceLink link) {
    return join(sentences(source), link.source());
  }

  /** Returns the text of the target sentences of {@code link}, joined by a space. */
  public String targetText(SentenceLink link) {
    return join(sentences(target), link.target());
  }

  private static String join(List<String> sentences, List<Integer> indices) {
    List<String> parts = new ArrayList<>();
    for (int i : indices) {
      parts.add(sentences.get(i));
    }
    return String.join(" ", parts).replaceAll("\\s+", " ");
  }
}
