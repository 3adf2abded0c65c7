package org.dragoman.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import org.dragoman.model.Segment;

/**
 * The mentions of a whole article: each paragraph is read by the {@link MentionFinder} of its
 * own language (an English quotation inside an Arabic article is read as English), and dates
 * are resolved against the article's publication date, or the day it was read when it states
 * none.
 */
public final class Annotator {
  private Annotator() {}

  /**
   * Returns the mentions of {@code article} with offsets into its text. Relative dates count from
   * its publication date; an article that states none leaves them unresolved.
   */
  public static List<Mention> mentions(Article article, DatePreference preference) {
    LocalDate reference = article.published();
    String text = article.text();
    List<Mention> out = new ArrayList<>();
    List<Segment> paragraphs = article.paragraphs();
    if (paragraphs.isEmpty()) {
      return MentionFinder.forLanguage(article.language()).find(text, reference, preference);
    }
    // a long article repeats its names and dates: each distinct string is kept once
    Map<String, String> strings = new HashMap<>();
    for (Segment p : paragraphs) {
      String language = p.language() == null || p.language().equals("und") ? article.language() : p.language();
      MentionFinder finder = MentionFinder.forLanguage(language);
      for (int[] piece : pieces(text, p, article.sentences())) {
        for (Mention m : finder.find(text.substring(piece[0], piece[1]), reference, preference)) {
          out.add(new Mention(m.type(), once(strings, m.text()), m.start() + piece[0],
              m.end() + piece[0], once(strings, m.value()), once(strings, m.grain()),
              once(strings, m.entity()), once(strings, m.calendar()), once(strings, m.original())));
        }
      }
    }
    return out;
  }

  /**
   * A paragraph is read {@value #PIECE_CHARS} characters at a time at most, cut between its
   * sentences (or, inside a longer sentence, at a space), so that the words of a paragraph of
   * millions of characters are never all in memory at once.
   */
  static final int PIECE_CHARS = 1 << 16;

  static List<int[]> pieces(String text, Segment p, List<Segment> sentences) {
    if (p.length() <= PIECE_CHARS) {
      return List.of(new int[] {p.start(), p.end()});
    }
    List<int[]> out = new ArrayList<>();
    int start = p.start();
    int k = 0; // sentences are in order: the search for the last end inside a piece goes on
    while (start < p.end()) {
      int limit = Math.min(p.end(), start + PIECE_CHARS);
      int cut = limit;
      if (limit < p.end()) {
        cut = -1;
        while (k < sentences.size() && sentences.get(k).end() <= limit) {
          if (sentences.get(k).end() > start) {
            cut = sentences.get(k).end();
          }
          k++;
        }
        if (cut <= start) {
          cut = text.lastIndexOf(' ', limit);
          cut = cut <= start ? limit : cut + 1;
        }
      }
      out.add(new int[] {start, cut});
      start = cut;
    }
    return out;
  }

  private static String once(Map<String, String> strings, String s) {
    return s == null ? null : strings.computeIfAbsent(s, k -> k);
  }

  /** The date relative expressions of an article count from, or {@code null} when it states none. */
  public static LocalDate referenceDate(Article article) {
    return article.published();
  }
}
