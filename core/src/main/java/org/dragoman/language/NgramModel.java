package org.dragoman.language;

import com.ibm.icu.lang.UScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The character n-gram statistics of the languages written in one script, read from
 * {@code ngrams/<Script>.bin} (built by {@code tools/BuildLanguageModels.java}), and the
 * likelihood of a text under each of them.
 *
 * <p>A text is scored as a character language model with back-off: each letter is predicted from
 * the letters before it in its word, with the longest context the language's statistics hold
 * (up to four letters), a fixed penalty for every shorter context it falls back to, and a floor
 * for a letter the language never writes. This is the classic way to read such statistics, and it
 * measured more accurate than Lingua's own scoring of the same data (see {@code docs/QUALITY.md}).
 *
 * <p>Immutable once loaded; thread-safe.
 */
final class NgramModel {

  /** Longest n-gram the files hold. */
  static final int MAX_ORDER = 5;

  /** Log-probabilities are stored as bytes in steps of this many nats. */
  private static final double STEP = 0.1;

  /** "Stupid back-off" (Brants et al. 2007): each shorter context costs a factor 0.4. */
  private static final double BACKOFF = Math.log(0.4);

  /** A letter that a language's statistics do not hold at all. */
  private static final double FLOOR = Math.log(1e-7);

  private static final int MAGIC = 0x44474C4D; // "DGLM"

  /**
   * A script that holds this share of a language's letters is needed to write it: a text
   * without any Hiragana or Katakana is not Japanese, whatever its Han characters.
   */
  private static final double REQUIRED_SHARE = 0.2;

  private final String[] languages;
  private final Table[] orders = new Table[MAX_ORDER];
  /** Per language, the ICU script codes it cannot be written without. */
  private final int[][] required;

  /**
   * Score added when the letter is found {@code steps} contexts below the longest tried, with the
   * stored value {@code q}, relative to the floor (the floor is common to every language, so it
   * is left out of the sums).
   */
  private static final float[][] GAIN = new float[MAX_ORDER][256];

  static {
    for (int s = 0; s < MAX_ORDER; s++) {
      for (int q = 0; q < 256; q++) {
        GAIN[s][q] = (float) (-q * STEP + s * BACKOFF - FLOOR);
      }
    }
  }

  private NgramModel(String[] languages) {
    this.languages = languages;
    this.required = new int[languages.length][];
  }

  /** The ICU script codes (UScript) that language {@code l} needs. */
  int[] requiredScripts(int l) {
    return required[l];
  }

  /** The tag of language {@code l}. */
  String language(int l) {
    return languages[l];
  }

  /** Reads a model from the file of orders 1 to 3; {@code longOrders} gives 4 and 5 when asked. */
  static NgramModel read(InputStream raw, java.util.function.Supplier<InputStream> longOrders)
      throws IOException {
    Reader r = new Reader(raw.readAllBytes());
    String[] langs = r.header();
    NgramModel m = new NgramModel(langs);
    m.longOrders = longOrders;
    Map<Integer, double[]> mass = new HashMap<>();
    int first = r.u8();
    int last = r.u8();
    for (int o = first - 1; o < last; o++) {
      m.orders[o] = Table.read(r, o + 1, o == 0 ? mass : null);
    }
    for (int l = 0; l < langs.length; l++) {
      double total = 0;
      for (double[] byLanguage : mass.values()) {
        total += byLanguage[l];
      }
      List<Integer> required = new ArrayList<>();
      for (var e : mass.entrySet()) {
        if (e.getValue()[l] >= REQUIRED_SHARE * total) {
          required.add(e.getKey());
        }
      }
      m.required[l] = required.stream().mapToInt(Integer::intValue).toArray();
    }
    return m;
  }

  /** Where orders 4 and 5 come from, read at their first use; null once read. */
  private volatile java.util.function.Supplier<InputStream> longOrders;

  /** Orders 4 and 5, for short texts: read once, the first time one is scored. */
  private void needLongOrders() {
    if (longOrders == null) {
      return;
    }
    synchronized (this) {
      var source = longOrders;
      if (source == null) {
        return;
      }
      try (InputStream in = source.get()) {
        if (in != null) {
          Reader r = new Reader(in.readAllBytes());
          r.header();
          int first = r.u8();
          int last = r.u8();
          for (int o = first - 1; o < last; o++) {
            orders[o] = Table.read(r, o + 1, null);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("The language model in Dragoman's jar is damaged", e);
      }
      longOrders = null;
    }
  }

  /** Reads the big-endian layout of the model files from a byte array. */
  private static final class Reader {
    final byte[] b;
    int at;

    Reader(byte[] b) {
      this.b = b;
    }

    String[] header() throws IOException {
      if (i32() != MAGIC || i32() != 2) {
        throw new IOException("not a Dragoman n-gram model (version 2)");
      }
      String[] langs = new String[u8()];
      for (int i = 0; i < langs.length; i++) {
        int n = ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
        langs[i] = new String(b, at + 2, n, java.nio.charset.StandardCharsets.UTF_8);
        at += 2 + n;
      }
      return langs;
    }

    int u8() {
      return b[at++] & 0xff;
    }

    int i32() {
      int v = ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8)
          | (b[at + 3] & 0xff);
      at += 4;
      return v;
    }
  }

  /** Reads the model of the script with ISO 15924 code {@code script} from the class path, or null. */
  static NgramModel forScript(String script) {
    try (InputStream in = NgramModel.class.getResourceAsStream("ngrams/" + script + ".bin")) {
      return in == null ? null : read(in,
          () -> NgramModel.class.getResourceAsStream("ngrams/" + script + "-long.bin"));
    } catch (IOException e) {
      throw new UncheckedIOException("The language model of script " + script
          + " in Dragoman's jar is damaged", e);
    }
  }

  /** The languages of this model, as BCP 47 tags; indexes match {@link #score}'s array. */
  String[] languages() {
    return languages.clone();
  }

  int size() {
    return languages.length;
  }

  /**
   * Returns, for each language, the log-likelihood of the letters of {@code text} (relative to a
   * language that knows none of them). {@code text} is lower-cased, without punctuation or digits;
   * any character that is not a letter separates words.
   *
   * @param maxOrder the longest n-gram used, 1 to {@value #MAX_ORDER}
   */
  double[] score(CharSequence text, int maxOrder) {
    return maxOrder <= DENSE_ORDERS ? scoreDense(text, maxOrder, 0) : scoreSparse(text, maxOrder);
  }

  /**
   * Like {@link #score}, but stops reading once the best language leads the second by {@code
   * margin} nats (checked every {@value #CHECK_EVERY} letters): a sequential test of the
   * likelihood ratio (Wald), which saves reading the rest of a text that has already said which
   * language it is. Closely related languages keep their margin small and are read further.
   */
  double[] scoreUntil(CharSequence text, int maxOrder, double margin) {
    return maxOrder <= DENSE_ORDERS ? scoreDense(text, maxOrder, margin) : scoreSparse(text, maxOrder);
  }

  /** Letters between two checks of the lead. */
  static final int CHECK_EVERY = 48;

  /** Orders whose rows are also kept dense (a value for every language), as they are met. */
  static final int DENSE_ORDERS = 3;

  /** Dense rows kept at most, over all orders (each holds a value per language). */
  private static final int MAX_DENSE_ROWS = 200_000;

  private final java.util.concurrent.atomic.AtomicInteger denseRows =
      new java.util.concurrent.atomic.AtomicInteger();

  /**
   * The same likelihoods as {@link #scoreSparse}, faster for texts long enough to be judged on
   * trigrams: at each letter, the longest n-gram the statistics hold gives the row of every
   * language at once (its own value, or its shorter contexts' with their back-off), so a letter
   * costs one addition per language. Back-off penalties shared by every language at a letter
   * are left out: they change no language's rank.
   */
  private double[] scoreDense(CharSequence text, int maxOrder, double margin) {
    int n = languages.length;
    long[] sums = new long[n];
    int wordStart = 0;
    long lead = Math.round(margin * 100);
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isLetter(text.charAt(i))) {
        wordStart = i + 1;
        continue;
      }
      if (lead > 0 && ++letters % CHECK_EVERY == 0 && leads(sums, lead)) {
        break;
      }
      int context = Math.min(maxOrder - 1, i - wordStart);
      for (int k = context; k >= 0; k--) {
        int e = orders[k].find(hash(text, i - k, i + 1));
        if (e >= 0) {
          short[] row = dense(k, e, text, i);
          for (int l = 0; l < n; l++) {
            sums[l] += row[l];
          }
          break;
        }
      }
    }
    double[] scores = new double[n];
    for (int l = 0; l < n; l++) {
      scores[l] = sums[l] / 100.0;
    }
    return scores;
  }

  /** Whether the best of {@code sums} exceeds every other by {@code lead}. */
  private static boolean leads(long[] sums, long lead) {
    long best = Long.MIN_VALUE;
    long second = Long.MIN_VALUE;
    for (long v : sums) {
      if (v > best) {
        second = best;
        best = v;
      } else if (v > second) {
        second = v;
      }
    }
    return best - second >= lead;
  }

  /**
   * The dense row of entry {@code e} of order {@code k + 1}, the n-gram ending at {@code end} of
   * {@code text}: for each language, its gain at the longest suffix of the n-gram it holds (in
   * hundredths of a nat), 0 for none.
   */
  private short[] dense(int k, int e, CharSequence text, int end) {
    Table t = orders[k];
    short[] row = t.dense.get(e);
    if (row != null) {
      return row;
    }
    int n = languages.length;
    row = new short[n];
    boolean[] done = new boolean[n];
    for (int j = k; j >= 0; j--) {
      Table tj = orders[j];
      int ej = j == k ? e : tj.find(hash(text, end - j, end + 1));
      if (ej < 0) {
        continue;
      }
      float[] gain = GAIN[k - j];
      for (int p = tj.rowStart[ej], stop = tj.rowStart[ej + 1]; p < stop; p++) {
        int l = tj.rowLanguage[p];
        if (!done[l]) {
          done[l] = true;
          row[l] = (short) Math.round(gain[tj.rowValue[p] & 0xff] * 100);
        }
      }
    }
    if (denseRows.get() < MAX_DENSE_ROWS) {
      denseRows.incrementAndGet();
      t.dense.set(e, row); // a race only builds one row twice
    }
    return row;
  }

  private double[] scoreSparse(CharSequence text, int maxOrder) {
    if (maxOrder > DENSE_ORDERS) {
      needLongOrders();
    }
    int n = languages.length;
    double[] scores = new double[n];
    int[] stamp = new int[n];
    int wordStart = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isLetter(text.charAt(i))) {
        wordStart = i + 1;
        continue;
      }
      int pos = i + 1; // stamps are positions + 1, so 0 means never
      int context = Math.min(maxOrder - 1, i - wordStart);
      int resolved = 0;
      for (int k = context; k >= 0 && resolved < n; k--) {
        Table t = orders[k];
        int e = t.find(hash(text, i - k, i + 1));
        if (e < 0) {
          continue;
        }
        float[] gain = GAIN[context - k];
        for (int p = t.rowStart[e], end = t.rowStart[e + 1]; p < end; p++) {
          int l = t.rowLanguage[p];
          if (stamp[l] != pos) {
            stamp[l] = pos;
            scores[l] += gain[t.rowValue[p] & 0xff];
            resolved++;
          }
        }
      }
    }
    return scores;
  }

  /** FNV-1a over the UTF-16 units of {@code s[from, to)}. */
  static long hash(CharSequence s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** One order's n-grams: an open-addressing table from hash to row of (language, value). */
  private static final class Table {
    long[] keys;
    int[] entries; // entry index + 1, 0 = empty slot
    /** Dense rows of the entries met so far (orders up to {@link #DENSE_ORDERS}). */
    java.util.concurrent.atomic.AtomicReferenceArray<short[]> dense;
    int mask;
    int shift;
    int[] rowStart;
    byte[] rowLanguage;
    byte[] rowValue;

    /** Reads one order; for unigrams, adds each letter's probability to {@code scriptMass}. */
    static Table read(Reader r, int order, Map<Integer, double[]> scriptMass) {
      Table t = new Table();
      int count = r.i32();
      int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
      t.keys = new long[capacity];
      t.entries = new int[capacity];
      t.mask = capacity - 1;
      t.shift = 64 - Integer.numberOfTrailingZeros(capacity);
      t.rowStart = new int[count + 1];
      byte[] langs = new byte[count * 4 + 16];
      byte[] values = new byte[langs.length];
      int pairs = 0;
      byte[] b = r.b;
      int at = r.at;
      for (int e = 0; e < count; e++) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the n-gram's UTF-16 units, as hash() does
        char c0 = 0;
        for (int c = 0; c < order; c++) {
          char ch = (char) (((b[at] & 0xff) << 8) | (b[at + 1] & 0xff));
          at += 2;
          if (c == 0) {
            c0 = ch;
          }
          h = (h ^ ch) * 0x100000001b3L;
        }
        int row = b[at++] & 0xff;
        if (pairs + row > langs.length) {
          langs = Arrays.copyOf(langs, (pairs + row) * 2);
          values = Arrays.copyOf(values, langs.length);
        }
        t.rowStart[e] = pairs;
        for (int k = 0; k < row; k++) {
          langs[pairs] = b[at++];
          values[pairs] = b[at++];
          if (scriptMass != null) {
            scriptMass.computeIfAbsent(UScript.getScript(c0), x -> new double[256])
                [langs[pairs]] += Math.exp(-(values[pairs] & 0xff) * STEP);
          }
          pairs++;
        }
        int slot = t.slot(h);
        while (t.entries[slot] != 0) {
          slot = (slot + 1) & t.mask;
        }
        t.keys[slot] = h;
        t.entries[slot] = e + 1;
      }
      r.at = at;
      t.rowStart[count] = pairs;
      t.dense = new java.util.concurrent.atomic.AtomicReferenceArray<>(order <= DENSE_ORDERS ? count : 0);
      t.rowLanguage = Arrays.copyOf(langs, pairs);
      t.rowValue = Arrays.copyOf(values, pairs);
      return t;
    }

    int slot(long h) {
      return (int) ((h * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** The entry of n-gram hash {@code h}, or -1. */
    int find(long h) {
      for (int slot = slot(h); ; slot = (slot + 1) & mask) {
        int e = entries[slot];
        if (e == 0) {
          return -1;
        }
        if (keys[slot] == h) {
          return e - 1;
        }
      }
    }
  }
}
