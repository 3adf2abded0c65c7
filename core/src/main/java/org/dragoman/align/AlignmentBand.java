package org.dragoman.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
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
    if (i == 0) {
      return 0; // every path starts at (0, 0), whatever the band's centre there
    }
    int c = center == null ? (int) ((long) i * m / n) : center[i];
    return Math.max(0, c - width);
  }

  int high(int i) {
    if (i == n) {
      return m; // and ends at (n, m)
    }
    int c = center == null ? (int) ((long) i * m / n) : center[i];
    return Math.min(m, c + width);
  }

  /** Cells (one per shape) whose costs are computed together before the search goes over them. */
  private static final int CELLS_PER_BLOCK = 1 << 17;

  /** Below this many cells a search runs on the calling thread alone. */
  private static final int PARALLEL_CELLS = 1 << 14;

  /**
   * The cheapest path through the band. Computing the links' costs is most of the work, and
   * the cost of a link depends only on its sentences, so the costs of a block of rows are
   * computed first, the block's rows split among the processors (each with its own copy of the
   * scorer's caches), then the dynamic programme goes over them on one thread.
   */
  List<SentenceLink> search(LinkScorer scorer) {
    double[][] cost = new double[n + 1][];
    byte[][] back = new byte[n + 1][];
    long cells = 0;
    for (int i = 0; i <= n; i++) {
      cost[i] = new double[high(i) - low(i) + 1];
      back[i] = new byte[cost[i].length];
      Arrays.fill(cost[i], Double.POSITIVE_INFINITY);
      cells += cost[i].length;
    }
    int threads = cells < PARALLEL_CELLS ? 1
        : Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
    LinkScorer[] scorers = new LinkScorer[threads];
    scorers[0] = scorer;
    for (int t = 1; t < threads; t++) {
      scorers[t] = scorer.fork();
    }
    int rowsPerBlock = (int) Math.max(threads, CELLS_PER_BLOCK / (cells / (n + 1) + 1));
    cost[0][0 - low(0)] = 0;
    for (int from = 0; from <= n; from += rowsPerBlock) {
      int to = Math.min(n + 1, from + rowsPerBlock);
      double[][][] links = new double[to - from][][];
      int start = from;
      int chunk = (to - from + threads - 1) / threads;
      IntStream.range(0, threads).parallel().forEach(t -> {
        for (int i = start + t * chunk; i < Math.min(to, start + (t + 1) * chunk); i++) {
          links[i - start] = linkCosts(i, scorers[t]);
        }
      });
      for (int i = from; i < to; i++) {
        relax(i, links[i - from], cost, back);
      }
    }
    if (m < low(n) || m > high(n) || cost[n][m - low(n)] == Double.POSITIVE_INFINITY) {
      touchedEdge = true;
      return List.of();
    }
    return backtrack(back, scorers);
  }

  /** For each cell of row i and each shape, the cost of the link that ends there, or NaN. */
  private double[][] linkCosts(int i, LinkScorer scorer) {
    double[][] out = new double[high(i) - low(i) + 1][SHAPES.length];
    for (int j = low(i); j <= high(i); j++) {
      double[] row = out[j - low(i)];
      for (int s = 0; s < SHAPES.length; s++) {
        int pi = i - SHAPES[s][0];
        int pj = j - SHAPES[s][1];
        row[s] = pi < 0 || pj < 0 || pj < low(pi) || pj > high(pi) ? Double.NaN
            : scorer.cost(pi, i, pj, j);
      }
    }
    return out;
  }

  /** The dynamic programme's step over row i, given the costs of the links ending there. */
  private void relax(int i, double[][] links, double[][] cost, byte[][] back) {
    for (int j = low(i); j <= high(i); j++) {
      if (i == 0 && j == 0) {
        continue;
      }
      double best = Double.POSITIVE_INFINITY;
      byte move = -1;
      double[] link = links[j - low(i)];
      for (byte s = 0; s < SHAPES.length; s++) {
        if (Double.isNaN(link[s])) {
          continue;
        }
        int pi = i - SHAPES[s][0];
        double c = cost[pi][j - SHAPES[s][1] - low(pi)] + link[s];
        if (c < best) {
          best = c;
          move = s;
        }
      }
      cost[i][j - low(i)] = best;
      back[i][j - low(i)] = move;
    }
  }

  /** The links of the cheapest path, each with its confidence (computed in parallel). */
  private List<SentenceLink> backtrack(byte[][] back, LinkScorer[] scorers) {
    List<int[]> path = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      if (j - low(i) <= 1 && low(i) > 0 || high(i) - j <= 1 && high(i) < m) {
        touchedEdge = true;
      }
      byte s = back[i][j - low(i)];
      int pi = i - SHAPES[s][0];
      int pj = j - SHAPES[s][1];
      path.add(new int[] {pi, i, pj, j});
      i = pi;
      j = pj;
    }
    Collections.reverse(path);
    SentenceLink[] links = new SentenceLink[path.size()];
    int chunk = (links.length + scorers.length - 1) / scorers.length;
    IntStream.range(0, scorers.length).parallel().forEach(t -> {
      for (int k = t * chunk; k < Math.min(links.length, (t + 1) * chunk); k++) {
        int[] l = path.get(k);
        links[k] = new SentenceLink(range(l[0], l[1]), range(l[2], l[3]),
            scorers[t].confidence(l[0], l[1], l[2], l[3]));
      }
    });
    return List.of(links);
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> out = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      out.add(k);
    }
    return out;
  }
}
