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

  /**
   * Returns the two articles' sentences as a pair to align, with their headings: the leading
   * sentences that make up each article's title (none when the title is not in the text).
   */
  public static SentenceAligner.Pair pair(Article source, Article target) {
    return new SentenceAligner.Pair(sentences(source), sentences(target),
        headingSentences(source), headingSentences(target));
  }

  /** How many leading sentences of {@code article} make up its title, or 0. */
  public static int headingSentences(Article article) {
    if (article.title() == null || article.title().isBlank()) {
      return 0;
    }
    String title = words(article.title());
    List<String> sentences = sentences(article);
    StringBuilder read = new StringBuilder();
    for (int k = 0; k < sentences.size(); k++) {
      read.append(read.isEmpty() ? "" : " ").append(words(sentences.get(k)));
      if (read.toString().equals(title)) {
        return k + 1;
      }
      if (!title.startsWith(read.toString())) {
        return 0;
      }
    }
    return 0;
  }

  /** The text with spacing and bidirectional controls normalised, for comparison. */
  private static String words(String text) {
    return text.replaceAll("[\\p{Cf}]", "").replaceAll("\\s+", " ").strip();
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
