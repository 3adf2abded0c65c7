package org.dragoman.align;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dragoman.model.SentenceLink;

/**
 * Precision, recall and F1 of predicted sentence links against gold, over links with a sentence
 * on both sides (null links are not scored, as in Vecalign's scorer). Strict: a predicted link
 * counts when it equals a gold link. Lax: when it shares a source and a target sentence with one.
 *
 * @param documents documents scored
 * @param gold gold links
 * @param predicted predicted links
 * @param strictPrecision strict precision
 * @param strictRecall strict recall
 * @param strictF1 strict F1
 * @param laxPrecision lax precision
 * @param laxRecall lax recall
 * @param laxF1 lax F1
 */
public record AlignmentScore(
    int documents, int gold, int predicted,
    double strictPrecision, double strictRecall, double strictF1,
    double laxPrecision, double laxRecall, double laxF1) {

  /** Scores {@code predicted} against {@code gold}, both keyed by document id. */
  public static AlignmentScore of(Map<String, List<SentenceLink>> gold,
      Map<String, List<SentenceLink>> predicted) {
    int nGold = 0;
    int nPred = 0;
    int strict = 0;
    int laxP = 0;
    int laxR = 0;
    for (var e : gold.entrySet()) {
      List<SentenceLink> g = e.getValue().stream().filter(AlignmentScore::scored).toList();
      List<SentenceLink> p = predicted.getOrDefault(e.getKey(), List.of()).stream()
          .filter(AlignmentScore::scored).toList();
      nGold += g.size();
      nPred += p.size();
      Set<List<List<Integer>>> gs = new HashSet<>();
      for (SentenceLink l : g) {
        gs.add(List.of(l.source(), l.target()));
      }
      for (SentenceLink l : p) {
        if (gs.contains(List.of(l.source(), l.target()))) {
          strict++;
        }
        if (g.stream().anyMatch(x -> overlaps(x, l))) {
          laxP++;
        }
      }
      for (SentenceLink x : g) {
        if (p.stream().anyMatch(l -> overlaps(x, l))) {
          laxR++;
        }
      }
    }
    double sp = ratio(strict, nPred);
    double sr = ratio(strict, nGold);
    double lp = ratio(laxP, nPred);
    double lr = ratio(laxR, nGold);
    return new AlignmentScore(gold.size(), nGold, nPred, sp, sr, f1(sp, sr), lp, lr, f1(lp, lr));
  }

  private static boolean scored(SentenceLink l) {
    return !l.source().isEmpty() && !l.target().isEmpty();
  }

  private static boolean overlaps(SentenceLink a, SentenceLink b) {
    return a.source().stream().anyMatch(b.source()::contains)
        && a.target().stream().anyMatch(b.target()::contains);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
