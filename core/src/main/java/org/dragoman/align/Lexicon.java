package org.dragoman.align;

import it.unimi.dsi.fastutil.longs.Long2FloatOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.List;

/**
 * Word translation probabilities between two languages, learned from sentence pairs by IBM Model
 * 1 (Brown et al. 1993) in both directions, with no dictionary: the expectation-maximisation runs
 * over whatever pairs the caller trusts (Moore 2002: the most confident 1-1 links of a length-based
 * first pass). Words are the terms of each language's analysis (stems, normalised Arabic).
 *
 * <p>Immutable and thread-safe once trained.
 */
public final class Lexicon {

  /** Probabilities below this are dropped after training: noise that only costs memory. */
  static final float MIN_PROBABILITY = 0.005f;

  private final Object2IntOpenHashMap<String> sourceIds;
  private final Object2IntOpenHashMap<String> targetIds;
  private final Long2FloatOpenHashMap targetGivenSource;
  private final Long2FloatOpenHashMap sourceGivenTarget;
  private final int pairs;

  private Lexicon(Object2IntOpenHashMap<String> sourceIds, Object2IntOpenHashMap<String> targetIds,
      Long2FloatOpenHashMap targetGivenSource, Long2FloatOpenHashMap sourceGivenTarget, int pairs) {
    this.sourceIds = sourceIds;
    this.targetIds = targetIds;
    this.targetGivenSource = targetGivenSource;
    this.sourceGivenTarget = sourceGivenTarget;
    this.pairs = pairs;
  }

  /** A lexicon that knows no word: every probability is 0. */
  public static Lexicon empty() {
    return new Lexicon(new Object2IntOpenHashMap<>(), new Object2IntOpenHashMap<>(),
        new Long2FloatOpenHashMap(), new Long2FloatOpenHashMap(), 0);
  }

  /** Returns how many sentence pairs it was trained on. */
  public int pairs() {
    return pairs;
  }

  /** Returns the number of word pairs it knows, both directions. */
  public int size() {
    return targetGivenSource.size() + sourceGivenTarget.size();
  }

  /**
   * Trains both directions on {@code source.get(k)} ↔ {@code target.get(k)}.
   *
   * @param iterations EM iterations; five is the usual number for Model 1
   */
  public static Lexicon train(List<List<String>> source, List<List<String>> target, int iterations) {
    if (source.size() != target.size()) {
      throw new IllegalArgumentException(
          "source has " + source.size() + " sentences, target " + target.size());
    }
    Object2IntOpenHashMap<String> sIds = new Object2IntOpenHashMap<>();
    Object2IntOpenHashMap<String> tIds = new Object2IntOpenHashMap<>();
    sIds.defaultReturnValue(-1);
    tIds.defaultReturnValue(-1);
    int[][] s = ids(source, sIds);
    int[][] t = ids(target, tIds);
    // The two directions are independent: the second is trained on another thread.
    var backwardTask = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> em(t, s, sIds.size(), iterations));
    Long2FloatOpenHashMap forward = em(s, t, tIds.size(), iterations);
    Long2FloatOpenHashMap backward = backwardTask.join();
    return new Lexicon(sIds, tIds, forward, backward, source.size());
  }

  private static int[][] ids(List<List<String>> sentences, Object2IntOpenHashMap<String> vocab) {
    int[][] out = new int[sentences.size()][];
    for (int k = 0; k < out.length; k++) {
      List<String> words = sentences.get(k);
      out[k] = new int[words.size()];
      for (int i = 0; i < words.size(); i++) {
        int id = vocab.getInt(words.get(i));
        if (id < 0) {
          id = vocab.size() + 1; // 0 is the empty word
          vocab.put(words.get(i), id);
        }
        out[k][i] = id;
      }
    }
    return out;
  }

  static long key(int given, int word) {
    return ((long) given << 32) | (word & 0xffffffffL);
  }

  /** Model 1 EM for p(word | given), with an empty given word (id 0) in every sentence. */
  private static Long2FloatOpenHashMap em(int[][] given, int[][] words, int vocabulary,
      int iterations) {
    Long2FloatOpenHashMap p = new Long2FloatOpenHashMap();
    float uniform = 1f / Math.max(1, vocabulary);
    p.defaultReturnValue(uniform);
    for (int it = 0; it < iterations; it++) {
      Long2FloatOpenHashMap counts = new Long2FloatOpenHashMap();
      it.unimi.dsi.fastutil.ints.Int2FloatOpenHashMap totals =
          new it.unimi.dsi.fastutil.ints.Int2FloatOpenHashMap();
      for (int k = 0; k < given.length; k++) {
        int[] g = given[k];
        for (int w : words[k]) {
          float norm = p.get(key(0, w));
          for (int x : g) {
            norm += p.get(key(x, w));
          }
          if (norm <= 0) {
            continue;
          }
          float c0 = p.get(key(0, w)) / norm;
          counts.addTo(key(0, w), c0);
          totals.addTo(0, c0);
          for (int x : g) {
            float c = p.get(key(x, w)) / norm;
            counts.addTo(key(x, w), c);
            totals.addTo(x, c);
          }
        }
      }
      Long2FloatOpenHashMap next = new Long2FloatOpenHashMap(counts.size());
      next.defaultReturnValue(0f);
      for (var e : counts.long2FloatEntrySet()) {
        int x = (int) (e.getLongKey() >>> 32);
        float v = e.getFloatValue() / totals.get(x);
        if (it < iterations - 1 || v >= MIN_PROBABILITY) {
          next.put(e.getLongKey(), v);
        }
      }
      p = next;
    }
    p.defaultReturnValue(0f);
    p.trim();
    return p;
  }

  /** Returns the same lexicon from the other side: its target words become the source words. */
  public Lexicon reversed() {
    Long2FloatOpenHashMap forward = new Long2FloatOpenHashMap(sourceGivenTarget.size());
    Long2FloatOpenHashMap backward = new Long2FloatOpenHashMap(targetGivenSource.size());
    forward.defaultReturnValue(0f);
    backward.defaultReturnValue(0f);
    // Keys are (given << 32 | word); both tables keep their own given word, so they swap roles.
    forward.putAll(sourceGivenTarget);
    backward.putAll(targetGivenSource);
    return new Lexicon(targetIds, sourceIds, forward, backward, pairs);
  }

  /** Writes this lexicon to {@code out} (a compact binary form read back by {@link #read}). */
  public void write(java.io.DataOutputStream out) throws java.io.IOException {
    out.writeInt(FORMAT);
    out.writeInt(pairs);
    for (Object2IntOpenHashMap<String> vocab : List.of(sourceIds, targetIds)) {
      out.writeInt(vocab.size());
      for (var e : vocab.object2IntEntrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getIntValue());
      }
    }
    for (Long2FloatOpenHashMap table : List.of(targetGivenSource, sourceGivenTarget)) {
      out.writeInt(table.size());
      for (var e : table.long2FloatEntrySet()) {
        out.writeLong(e.getLongKey());
        out.writeFloat(e.getFloatValue());
      }
    }
  }

  /** Reads a lexicon written by {@link #write}. */
  public static Lexicon read(java.io.DataInputStream in) throws java.io.IOException {
    int format = in.readInt();
    if (format != FORMAT) {
      throw new java.io.IOException("Unknown lexicon format " + format + " (this Dragoman reads "
          + FORMAT + ")");
    }
    int pairs = in.readInt();
    List<Object2IntOpenHashMap<String>> vocabs = new java.util.ArrayList<>();
    for (int v = 0; v < 2; v++) {
      Object2IntOpenHashMap<String> vocab = new Object2IntOpenHashMap<>();
      vocab.defaultReturnValue(-1);
      for (int n = in.readInt(); n > 0; n--) {
        vocab.put(in.readUTF(), in.readInt());
      }
      vocabs.add(vocab);
    }
    List<Long2FloatOpenHashMap> tables = new java.util.ArrayList<>();
    for (int t = 0; t < 2; t++) {
      Long2FloatOpenHashMap table = new Long2FloatOpenHashMap();
      table.defaultReturnValue(0f);
      for (int n = in.readInt(); n > 0; n--) {
        table.put(in.readLong(), in.readFloat());
      }
      tables.add(table);
    }
    return new Lexicon(vocabs.get(0), vocabs.get(1), tables.get(0), tables.get(1), pairs);
  }

  private static final int FORMAT = 1;

  /** A word of the target language and its probability given a source word. */
  public record Translation(String word, float probability) {}

  private volatile String[] targetWords;

  /**
   * The likeliest translations of the source word {@code word} (a term of the source language's
   * analysis), most probable first: at most {@code max}, each of probability {@code min} or more.
   */
  public List<Translation> translations(String word, int max, float min) {
    Row row = forwardRow(sourceId(word));
    if (row.ids().length == 0) {
      return List.of();
    }
    String[] words = targetWords;
    if (words == null) {
      words = new String[targetIds.size() + 1]; // ids start at 1: 0 is the empty word
      for (var e : targetIds.object2IntEntrySet()) {
        words[e.getIntValue()] = e.getKey();
      }
      targetWords = words;
    }
    List<Translation> out = new java.util.ArrayList<>();
    for (int k = 0; k < row.ids().length; k++) {
      int id = row.ids()[k];
      if (id > 0 && id < words.length && words[id] != null && row.probabilities()[k] >= min) {
        out.add(new Translation(words[id], row.probabilities()[k]));
      }
    }
    out.sort((a, b) -> Float.compare(b.probability(), a.probability()));
    return out.size() > max ? List.copyOf(out.subList(0, max)) : out;
  }

  /** Whether the source word {@code word} has a known translation. */
  public boolean knows(String word) {
    return forwardRow(sourceId(word)).ids().length > 0;
  }

  /** Returns the id of a source word, or -1 when unknown. */
  int sourceId(String word) {
    return sourceIds.getInt(word);
  }

  /** Returns the id of a target word, or -1 when unknown. */
  int targetId(String word) {
    return targetIds.getInt(word);
  }

  /** p(target word | source word). */
  float forward(int sourceId, int targetId) {
    return sourceId < 0 || targetId < 0 ? 0f : targetGivenSource.get(key(sourceId, targetId));
  }

  /** p(source word | target word). */
  float backward(int sourceId, int targetId) {
    return sourceId < 0 || targetId < 0 ? 0f : sourceGivenTarget.get(key(targetId, sourceId));
  }

  /** The known translations of one word: ids and probabilities, in parallel. */
  record Row(int[] ids, float[] probabilities) {
    static final Row EMPTY = new Row(new int[0], new float[0]);
  }

  private volatile it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<Row> forwardRows;
  private volatile it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<Row> backwardRows;

  /** The target words a source word translates to, with p(target | source). */
  Row forwardRow(int sourceId) {
    if (forwardRows == null) {
      forwardRows = rows(targetGivenSource);
    }
    return sourceId < 0 ? Row.EMPTY : forwardRows.getOrDefault(sourceId, Row.EMPTY);
  }

  /** The source words a target word translates to, with p(source | target). */
  Row backwardRow(int targetId) {
    if (backwardRows == null) {
      backwardRows = rows(sourceGivenTarget);
    }
    return targetId < 0 ? Row.EMPTY : backwardRows.getOrDefault(targetId, Row.EMPTY);
  }

  private static it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<Row> rows(Long2FloatOpenHashMap table) {
    it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap counts = new it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap();
    for (var e : table.long2FloatEntrySet()) {
      counts.addTo((int) (e.getLongKey() >>> 32), 1);
    }
    it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<Row> rows = new it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<>();
    it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap filled = new it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap();
    for (var e : table.long2FloatEntrySet()) {
      int given = (int) (e.getLongKey() >>> 32);
      Row r = rows.get(given);
      if (r == null) {
        int n = counts.get(given);
        r = new Row(new int[n], new float[n]);
        rows.put(given, r);
      }
      int k = filled.addTo(given, 1);
      r.ids()[k] = (int) e.getLongKey();
      r.probabilities()[k] = e.getFloatValue();
    }
    return rows;
  }
}
