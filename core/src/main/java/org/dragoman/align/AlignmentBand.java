package org.dragoman.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.dragoman.model.SentenceLink;

/** The dynamic programme over a band of cells around the diagonal. */
final class AlignmentBand {
  private static final int[][] SHAPES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};

  final int n;
  final int m;
  final int width;
  boolean touchedEdge;

  AlignmentBand(int n, int m, int width) {
    this.n = n;
    this.m = m;
    this.width = width;
  }

  /** For each source position, the target position the lengths predict: the band's middle. */
  private int[] center;

  /** Centres the band on the path where both texts have used up the same share of characters. */
  AlignmentBand centredOn(int[] sourceLengths, int[] targetLengths) {
    long[] cumT = new long[m + 1];
    for (int j = 0; j < m; j++) {
      cumT[j + 1] = cumT[j] + Math.max(1, targetLengths[j]);
    }
    long totS = 0;
    for (int l : sourceLengths) {
      totS += Math.max(1, l);
    }
    center = new int[n + 1];
    long cumS = 0;
    int j = 0;
    for (int i = 0; i <= n; i++) {
      double want = totS == 0 ? 0 : (double) cumS / totS * cumT[m];
      while (j < m && cumT[j] < want) {
        j++;
      }
      center[i] = i == n ? m : j;
      if (i < n) {
        cumS += Math.max(1, sourceLengths[i]);
      }
    }
    return this;
  }

  /** Centres the band on a given path: {@code center[i]} is the target position for source i. */
  AlignmentBand centredOn(int[] path) {
    center = path.clone();
    return this;
  }

  int low(int i) {
    int c = center == null ? (int) ((long) i * m / n) : center[i];
    return Math.max(0, c - width);
  }

  int high(int i) {
    int c = center == null ? (int) ((long) i * m / n) : center[i];
    return Math.min(m, c + width);
  }

  List<SentenceLink> search(LinkScorer scorer) {
    double[][] cost = new double[n + 1][];
    byte[][] back = new byte[n + 1][];
    for (int i = 0; i <= n; i++) {
      cost[i] = new double[high(i) - low(i) + 1];
      back[i] = new byte[cost[i].length];
      Arrays.fill(cost[i], Double.POSITIVE_INFINITY);
    }
    cost[0][0 - low(0)] = 0;
    for (int i = 0; i <= n; i++) {
      for (int j = low(i); j <= high(i); j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double best = Double.POSITIVE_INFINITY;
        byte move = -1;
        for (byte s = 0; s < SHAPES.length; s++) {
          int pi = i - SHAPES[s][0];
          int pj = j - SHAPES[s][1];
          if (pi < 0 || pj < 0 || pj < low(pi) || pj > high(pi)) {
            continue;
          }
          double before = cost[pi][pj - low(pi)];
          if (before == Double.POSITIVE_INFINITY) {
            continue;
          }
          double c = before + scorer.cost(pi, i, pj, j);
          if (c < best) {
            best = c;
            move = s;
          }
        }
        cost[i][j - low(i)] = best;
        back[i][j - low(i)] = move;
      }
    }
    if (m < low(n) || m > high(n) || cost[n][m - low(n)] == Double.POSITIVE_INFINITY) {
      touchedEdge = true;
      return List.of();
    }
    List<SentenceLink> links = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      if (j - low(i) <= 1 && low(i) > 0 || high(i) - j <= 1 && high(i) < m) {
        touchedEdge = true;
      }
      byte s = back[i][j - low(i)];
      int pi = i - SHAPES[s][0];
      int pj = j - SHAPES[s][1];
      links.add(new SentenceLink(range(pi, i), range(pj, j), scorer.confidence(pi, i, pj, j)));
      i = pi;
      j = pj;
    }
    Collections.reverse(links);
    return links;
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> out = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      out.add(k);
    }
    return out;
  }
}
