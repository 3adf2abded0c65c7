package org.dragoman.entity;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import org.dragoman.model.Segment;
import org.dragoman.model.SentenceLink;

/**
 * Carries names across a sentence alignment: a name found in one sentence ("Amar Fayaz") is
 * looked for in the sentences linked to it, among their runs of one to four words, by
 * cross-script similarity ({@link NameMatcher}); the best run above the threshold becomes a
 * mention of the same entity in the translation. This is how names in scripts without capital
 * letters are found when no cue word announces them.
 */
public final class Projection {

  /** Lowest similarity for a projected name. */
  static final double THRESHOLD = 0.8;

  private Projection() {}

  /** Returns the new mentions of {@code target} that the names of {@code source} project. */
  public static List<Mention> project(Article source, List<Mention> sourceMentions, Article target,
      List<Mention> targetMentions, List<SentenceLink> links) {
    List<Mention> added = new ArrayList<>();
    List<Segment> ss = source.sentences();
    List<Segment> ts = target.sentences();
    for (SentenceLink link : links) {
      if (link.source().isEmpty() || link.target().isEmpty()) {
        continue;
      }
      int sFrom = ss.get(link.source().get(0)).start();
      int sTo = ss.get(link.source().get(link.source().size() - 1)).end();
      int tFrom = ts.get(link.target().get(0)).start();
      int tTo = ts.get(link.target().get(link.target().size() - 1)).end();
      for (Mention m : sourceMentions) {
        if (!m.type().isEntity() || m.entity() == null || m.start() < sFrom || m.end() > sTo) {
          continue;
        }
        Mention found = best(m, target.text(), tFrom, tTo);
        if (found != null && !overlaps(found, targetMentions) && !overlaps(found, added)) {
          added.add(found);
        }
      }
    }
    return added;
  }

  private static Mention best(Mention m, String text, int from, int to) {
    List<Tokens.Token> tokens = Tokens.of(text.substring(from, to));
    int words = Math.max(1, m.text().split("\\s+").length);
    NameMatcher.Key key = NameMatcher.key(m.text());
    String skeleton = NameTerms.key(m.text()).replace(" ", "");
    double bestScore = THRESHOLD;
    Mention best = null;
    for (int i = 0; i < tokens.size(); i++) {
      for (int n = Math.max(1, words - 1); n <= Math.min(4, words + 1) && i + n <= tokens.size(); n++) {
        if (tokens.subList(i, i + n).stream().anyMatch(Tokens.Token::number) || !tight(tokens, i, i + n)) {
          break;
        }
        int s = tokens.get(i).start();
        int e = tokens.get(i + n - 1).end();
        String candidate = text.substring(from + s, from + e);
        String candidateSkeleton = NameTerms.key(candidate).replace(" ", "");
        if (candidateSkeleton.isEmpty() || skeleton.isEmpty() || candidateSkeleton.charAt(0) != skeleton.charAt(0)
            && !candidateSkeleton.endsWith(skeleton)) {
          continue;
        }
        double score = NameMatcher.similarity(key, NameMatcher.key(candidate));
        if (score > bestScore) {
          bestScore = score;
          best = new Mention(m.type(), candidate, from + s, from + e, m.value(), null, m.entity(), null, null);
        }
      }
    }
    return best;
  }

  private static boolean tight(List<Tokens.Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (!tokens.get(k).gap().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlaps(Mention m, List<Mention> others) {
    for (Mention o : others) {
      if (m.start() < o.end() && o.start() < m.end()) {
        return true;
      }
    }
    return false;
  }
}
