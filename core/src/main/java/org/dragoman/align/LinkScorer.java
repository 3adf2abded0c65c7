package org.dragoman.align;

import it.unimi.dsi.fastutil.ints.Int2FloatOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Scores candidate links of one pair as a generative model of the target given the source
 * (Moore 2002): a link costs the negative log probability of its shape, of the target's
 * length given the source's (Gale–Church's normal model) or, for a target sentence with no
 * source, of its length alone (log-normal, fitted on the text), less the evidence of its words
 * (Model 1 against a unigram background, both directions) and anchors. A source sentence left
 * alone costs its shape only, since every alignment generates each source sentence once.
 */
final class LinkScorer {
  // Gale & Church (1993), Table 5: shape priors.
  static final double P_11 = 0.89;
  static final double P_10 = 0.0099 / 2;
  static final double P_21 = 0.089 / 2;
  static final double P_22 = 0.011;

  /** Gale & Church's variance of the target length per source character. */
  static final double VARIANCE = 6.8;

  /** Nats of evidence per shared anchor, and per number present on one side only. */
  static final double ANCHOR_MATCH = 1.5;
  static final double NUMBER_MISS = 1.5;

  /** Nats of evidence per word written alike on both sides (cognates, names). */
  static final double COGNATE_MATCH = 0.5;

  /** Share of a word's probability that comes from its translation rather than the background. */
  static final double MIX = 0.5;

  /** Weight of the words' evidence against the lengths'. */
  static final double LEXICAL_WEIGHT = 1;


  final SentenceAligner.Prepared p;
  final Lexicon lexicon;
  final double ratio;
  final double logMean;
  final double logSd;
  final int[][] sourceIds;
  final int[][] targetIds;
  final double[][] sourceBackground;
  final double[][] targetBackground;

  LinkScorer(SentenceAligner.Prepared p, Lexicon lexicon) {
    this.p = p;
    this.lexicon = lexicon;
    this.ratio = p.source().totalLength == 0 ? 1
        : Math.max(0.2, Math.min(5, (double) p.target().totalLength / p.source().totalLength));
    double sum = 0;
    double sq = 0;
    for (int l : p.target().lengths) {
      double x = Math.log(Math.max(l, 1));
      sum += x;
      sq += x * x;
    }
    int m = p.target().size();
    logMean = sum / m;
    logSd = Math.max(0.3, Math.sqrt(Math.max(0, sq / m - logMean * logMean)));
    sourceIds = ids(p.source().words, lexicon::sourceId);
    targetIds = ids(p.target().words, lexicon::targetId);
    sourceBackground = background(sourceIds);
    targetBackground = background(targetIds);
    Map<String, Integer> ids = new HashMap<>();
    int[][] source = intern(p.source().anchors, ids);
    int[][] target = intern(p.target().anchors, ids);
    int[] spread = new int[ids.size()];
    boolean[] inSource = new boolean[ids.size()];
    boolean[] inTarget = new boolean[ids.size()];
    for (int[][] side : new int[][][] {source, target}) {
      for (int[] sentence : side) {
        Arrays.stream(sentence).distinct().forEach(x -> spread[x]++);
        for (int x : sentence) {
          (side == source ? inSource : inTarget)[x] = true;
        }
      }
    }
    anchorWeight = new double[ids.size()];
    isNumber = new boolean[ids.size()];
    for (var e : ids.entrySet()) {
      double base = e.getKey().startsWith("=") ? COGNATE_MATCH : ANCHOR_MATCH;
      anchorWeight[e.getValue()] = base * Math.min(1, 2.0 / Math.max(1, spread[e.getValue()]));
      isNumber[e.getValue()] = isNumber(e.getKey());
    }
    // An anchor found on one side only can never be shared; unless it is a number (whose
    // absence on the other side costs), it changes no cost and is left out of the search.
    IntPredicate counts = x -> isNumber[x] || inSource[x] && inTarget[x];
    sourceAnchors = keep(source, counts);
    targetAnchors = keep(target, counts);
  }

  /** A scorer of the same pair with caches of its own, for another thread. */
  LinkScorer fork() {
    return new LinkScorer(this);
  }

  private LinkScorer(LinkScorer shared) {
    p = shared.p;
    lexicon = shared.lexicon;
    ratio = shared.ratio;
    logMean = shared.logMean;
    logSd = shared.logSd;
    sourceIds = shared.sourceIds;
    targetIds = shared.targetIds;
    sourceBackground = shared.sourceBackground;
    targetBackground = shared.targetBackground;
    sourceAnchors = shared.sourceAnchors;
    targetAnchors = shared.targetAnchors;
    anchorWeight = shared.anchorWeight;
    isNumber = shared.isNumber;
  }

  private static int[][] keep(int[][] anchors, IntPredicate counts) {
    int[][] out = new int[anchors.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = Arrays.stream(anchors[i]).filter(counts).toArray();
    }
    return out;
  }

  private static int[][] intern(List<List<String>> anchors, Map<String, Integer> ids) {
    int[][] out = new int[anchors.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = anchors.get(i).stream().mapToInt(x -> ids.computeIfAbsent(x, k -> ids.size()))
          .toArray();
    }
    return out;
  }

  /** Anchors of each sentence, as ids. */
  final int[][] sourceAnchors;
  final int[][] targetAnchors;

  /** What sharing each anchor is worth; whether each is a number. */
  final double[] anchorWeight;
  final boolean[] isNumber;

  // A name repeated all through an article says little about which sentence translates which:
  // a shared anchor weighs 2 / (the number of sentences of both sides that hold it), at most 1.

  private static int[][] ids(List<List<String>> words, java.util.function.ToIntFunction<String> id) {
    int[][] out = new int[words.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = words.get(i).stream().mapToInt(id).toArray();
    }
    return out;
  }

  /** Unigram probability of each known word in this text, add-one smoothed. */
  private static double[][] background(int[][] ids) {
    Map<Integer, Integer> counts = new HashMap<>();
    int total = 0;
    for (int[] sentence : ids) {
      for (int w : sentence) {
        if (w >= 0) {
          counts.merge(w, 1, Integer::sum);
          total++;
        }
      }
    }
    double[][] out = new double[ids.length][];
    for (int i = 0; i < ids.length; i++) {
      out[i] = new double[ids[i].length];
      for (int k = 0; k < ids[i].length; k++) {
        int w = ids[i][k];
        out[i][k] = w < 0 ? 0 : (counts.get(w) + 1.0) / (total + counts.size());
      }
    }
    return out;
  }

  /**
   * How much likelier the link is than leaving its sentences unlinked, as a probability: the
   * logistic of the difference of the two costs. A sentence left alone gets 0.5 when it could
   * as well have been linked to a neighbour, and more the less it could.
   */
  double confidence(int i0, int i1, int j0, int j1) {
    double alone = 0;
    for (int i = i0; i < i1; i++) {
      alone += cost(i, i + 1, j0, j0);
    }
    for (int j = j0; j < j1; j++) {
      alone += cost(i1, i1, j, j + 1);
    }
    if (i1 > i0 && j1 > j0) {
      return 1 / (1 + Math.exp(cost(i0, i1, j0, j1) - alone));
    }
    double linked = Double.POSITIVE_INFINITY;
    int n = p.source().size();
    int m = p.target().size();
    if (i1 > i0) {
      for (int j : new int[] {j0 - 1, j0}) {
        if (j >= 0 && j < m) {
          linked = Math.min(linked, cost(i0, i1, j, j + 1));
        }
      }
    } else {
      for (int i : new int[] {i0 - 1, i0}) {
        if (i >= 0 && i < n) {
          linked = Math.min(linked, cost(i, i + 1, j0, j1));
        }
      }
    }
    return linked == Double.POSITIVE_INFINITY ? 1 : 1 / (1 + Math.exp(alone - linked));
  }

  /**
   * How much cheaper linking source i with target j is than linking either of them with the
   * other's neighbour instead (i with j ± 1, or j with i ± 1).
   */
  double margin(int i, int j) {
    double alternative = Double.POSITIVE_INFINITY;
    if (j > 0) {
      alternative = Math.min(alternative, cost(i, i + 1, j - 1, j));
    }
    if (j + 1 < p.target().size()) {
      alternative = Math.min(alternative, cost(i, i + 1, j + 1, j + 2));
    }
    if (i > 0) {
      alternative = Math.min(alternative, cost(i - 1, i, j, j + 1));
    }
    if (i + 1 < p.source().size()) {
      alternative = Math.min(alternative, cost(i + 1, i + 2, j, j + 1));
    }
    return alternative - cost(i, i + 1, j, j + 1);
  }

  /** The cost of linking source [i0, i1) with target [j0, j1): lower is likelier. */
  double cost(int i0, int i1, int j0, int j1) {
    int a = i1 - i0;
    int b = j1 - j0;
    double prior = a == 1 && b == 1 ? P_11 : a == 2 && b == 2 ? P_22 : a + b == 1 ? P_10 : P_21;
    double cost = -Math.log(prior);
    if (b == 0) {
      return cost;
    }
    if (a == 0) {
      return cost + targetLengthAlone(p.target().lengths[j0]);
    }
    return cost + lengthCost(i0, i1, j0, j1) + anchorCost(i0, i1, j0, j1)
        - LEXICAL_WEIGHT * lexical(i0, i1, j0, j1);
  }

  private double targetLengthAlone(int length) {
    double l = Math.max(length, 1);
    double z = (Math.log(l) - logMean) / logSd;
    return Math.log(l * logSd * Math.sqrt(2 * Math.PI)) + z * z / 2;
  }

  double lengthCost(int i0, int i1, int j0, int j1) {
    double l1 = 0;
    double l2 = 0;
    for (int i = i0; i < i1; i++) {
      l1 += p.source().lengths[i];
    }
    for (int j = j0; j < j1; j++) {
      l2 += p.target().lengths[j];
    }
    double variance = VARIANCE * ratio * Math.max((l1 + l2 / ratio) / 2, 1);
    double z = (l2 - ratio * l1) / Math.sqrt(variance);
    double cost = z * z / 2 + 0.5 * Math.log(2 * Math.PI * variance);
    // The normal model gives the target's total length; two target sentences also need the
    // place where the first ends, uniform over that length. Without this term merging two
    // links would save a normalisation constant and 2-2 links would be favoured.
    return j1 - j0 == 2 ? cost + Math.log(Math.max(l2, 2)) : cost;
  }

  double anchorCost(int i0, int i1, int j0, int j1) {
    int[] s0 = sourceAnchors[i0];
    int[] s1 = i1 - i0 == 2 ? sourceAnchors[i0 + 1] : EMPTY;
    int[] t0 = targetAnchors[j0];
    int[] t1 = j1 - j0 == 2 ? targetAnchors[j0 + 1] : EMPTY;
    if (s0.length + s1.length + t0.length + t1.length == 0) {
      return 0;
    }
    boolean[] used = new boolean[t0.length + t1.length];
    double cost = 0;
    for (int[] side : new int[][] {s0, s1}) {
      for (int x : side) {
        int k = find(x, t0, t1, used);
        if (k >= 0) {
          used[k] = true;
          cost -= anchorWeight[x];
        } else if (isNumber[x]) {
          cost += NUMBER_MISS;
        }
      }
    }
    for (int k = 0; k < used.length; k++) {
      if (!used[k] && isNumber[k < t0.length ? t0[k] : t1[k - t0.length]]) {
        cost += NUMBER_MISS;
      }
    }
    return cost;
  }

  private static final int[] EMPTY = new int[0];

  /** The first unused position of anchor {@code x} in {@code t0} then {@code t1}, or -1. */
  private static int find(int x, int[] t0, int[] t1, boolean[] used) {
    for (int k = 0; k < t0.length; k++) {
      if (!used[k] && t0[k] == x) {
        return k;
      }
    }
    for (int k = 0; k < t1.length; k++) {
      if (!used[t0.length + k] && t1[k] == x) {
        return t0.length + k;
      }
    }
    return -1;
  }


  /** Numbers of two digits or more: one-digit numbers are often written out in words. */
  private static boolean isNumber(String anchor) {
    return anchor.startsWith("#") && anchor.length() >= 3 && Character.isDigit(anchor.charAt(1));
  }

  /**
   * Evidence in nats that the words of the two sides translate each other rather than come
   * from the texts' background: for each word of one side known to the lexicon, the log ratio
   * of its Model 1 probability given the other side (mixed half and half with the background)
   * to its background probability; the mean of both directions.
   */
  double lexical(int i0, int i1, int j0, int j1) {
    if (lexicon.size() == 0) {
      return 0;
    }
    int sources = 0;
    for (int i = i0; i < i1; i++) {
      sources += sourceIds[i].length;
    }
    int targets = 0;
    for (int j = j0; j < j1; j++) {
      targets += targetIds[j].length;
    }
    if (sources == 0 || targets == 0) {
      return 0;
    }
    float[][][] cells = new float[(i1 - i0) * (j1 - j0)][][];
    for (int i = i0; i < i1; i++) {
      for (int j = j0; j < j1; j++) {
        cells[(i - i0) * (j1 - j0) + j - j0] = cell(i, j);
      }
    }
    double forward = 0;
    for (int j = j0; j < j1; j++) {
      for (int k = 0; k < targetIds[j].length; k++) {
        if (targetIds[j][k] < 0) {
          continue;
        }
        double sum = 0;
        for (int i = i0; i < i1; i++) {
          sum += cells[(i - i0) * (j1 - j0) + j - j0][0][k];
        }
        forward += Math.log(MIX * (sum / sources) / targetBackground[j][k] + (1 - MIX));
      }
    }
    double backward = 0;
    for (int i = i0; i < i1; i++) {
      for (int k = 0; k < sourceIds[i].length; k++) {
        if (sourceIds[i][k] < 0) {
          continue;
        }
        double sum = 0;
        for (int j = j0; j < j1; j++) {
          sum += cells[(i - i0) * (j1 - j0) + j - j0][1][k];
        }
        backward += Math.log(MIX * (sum / targets) / sourceBackground[i][k] + (1 - MIX));
      }
    }
    return (forward + backward) / 2;
  }

  /**
   * For source sentence i and target sentence j: per target word, the sum of its probabilities
   * given each source word; per source word, the same the other way. Sums add up over the
   * sentences of a merged link, so each cell is computed once and every link shape reuses it.
   */
  private float[][] cell(int i, int j) {
    long key = (long) i * (targetIds.length + 1) + j;
    float[][] c = cells.get(key);
    if (c == null) {
      int[] s = sourceIds[i];
      int[] t = targetIds[j];
      Int2FloatOpenHashMap towardTarget = sums(sourceSums, i, s, true);
      Int2FloatOpenHashMap towardSource = sums(targetSums, j, t, false);
      float[] f = new float[t.length];
      float[] b = new float[s.length];
      for (int y = 0; y < t.length; y++) {
        if (t[y] >= 0) {
          f[y] = towardTarget.get(t[y]);
        }
      }
      for (int x = 0; x < s.length; x++) {
        if (s[x] >= 0) {
          b[x] = towardSource.get(s[x]);
        }
      }
      c = new float[][] {f, b};
      cells.put(key, c);
    }
    return c;
  }

  /**
   * For one sentence, the summed probability of every word of the other language given the
   * sentence's words (forward: p(t | s) summed over the source words; backward: p(s | t) over the
   * target words), read from the lexicon's rows once per sentence, then shared by every cell of
   * that sentence in the band. The last few sentences' sums are kept.
   */
  private Int2FloatOpenHashMap sums(
      Map<Integer, Int2FloatOpenHashMap> cache, int index, int[] words,
      boolean forward) {
    Int2FloatOpenHashMap m = cache.get(index);
    if (m == null) {
      m = new Int2FloatOpenHashMap();
      for (int w : words) {
        if (w < 0) {
          continue;
        }
        Lexicon.Row row = forward ? lexicon.forwardRow(w) : lexicon.backwardRow(w);
        for (int k = 0; k < row.ids().length; k++) {
          m.addTo(row.ids()[k], row.probabilities()[k]);
        }
      }
      cache.put(index, m);
    }
    return m;
  }

  /** Sentences whose sums are kept: more than the band's width, so each is read once. */
  private static final int SUMS_KEPT = 256;

  private final Map<Integer, Int2FloatOpenHashMap> sourceSums = lru();
  private final Map<Integer, Int2FloatOpenHashMap> targetSums = lru();

  private static <V> Map<Integer, V> lru() {
    return new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, V> eldest) {
        return size() > SUMS_KEPT;
      }
    };
  }

  private final Long2ObjectOpenHashMap<float[][]> cells =
      new Long2ObjectOpenHashMap<>();

}
