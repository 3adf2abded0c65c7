package org.dragoman.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dragoman.model.Mention.Type;

/**
 * A statistical tagger of the names of people, organisations and places: a greedy left-to-right
 * tagger whose weights an averaged perceptron learned from annotated news ({@link
 * NameTaggerTraining}), over hashed features ({@link NameFeatures}).
 *
 * <p>Written here rather than taken from a library because of speed: Apache OpenNLP's name finder
 * trained on the same data scores somewhat better (docs/QUALITY.md) but tags about 20,000 words a
 * second, which would make ingest ten times slower; this one reuses the words {@link Tokens}
 * already made, builds no strings per feature and scores only the words that can be names: one
 * to two and a half million words a second on one thread. The models live beside this class ({@code ner/<language>.model}, with a README saying
 * what data each was trained on, its licence and the command that rebuilds it).
 *
 * <p>A document's words keep what was learned of them across its paragraphs ({@link Memory}): a
 * word written in lower case somewhere is weaker evidence of a name at a sentence start, and a
 * word tagged once is likely the same thing later. Thread-safe; a {@link Memory} is not.
 */
public final class NameTagger {

  /** The labels, BIO over four types; MISC is learned so that it is not mistaken for the others. */
  static final String[] LABELS = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
  static final int L = LABELS.length;
  private static final String MAGIC = "dragoman-names-3";

  final String language;
  final int bits;
  final int mask;
  /** The weights for tagging: 16-bit, a row of 16 per feature bucket, aligned to 32 bytes (one read of memory a feature). */
  private final short[] packed;
  private final float scale;
  private static final int STRIDE = 16;
  private static final int OFFSET = 8; // array data starts 16 bytes into the object: rows then sit at multiples of 32 bytes
  private final NameFeatures features;

  /** Words the training data has often and never inside a name ("the", "قال"): never scored. */
  final Set<String> plain;

  NameTagger(String language, int bits, float[] weights, Set<String> plain, MentionFinder finder) {
    this.language = language;
    this.plain = plain;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.features = new NameFeatures(finder);
    float max = 0;
    for (float x : weights) {
      max = Math.max(max, Math.abs(x));
    }
    this.scale = max == 0 ? 1 : max / 32000f;
    this.packed = new short[weights.length == 0 ? 0 : OFFSET + (1 << bits) * STRIDE];
    for (int r = 0; weights.length > 0 && r <= mask; r++) {
      for (int l = 0; l < L; l++) {
        packed[OFFSET + r * STRIDE + l] = (short) Math.round(weights[r * L + l] / scale);
      }
    }
  }

  /** The tagger the project ships for the language of {@code finder}, whose cues and gazetteer its features read. */
  static Optional<NameTagger> shipped(String language, MentionFinder finder) {
    InputStream in = NameTagger.class.getResourceAsStream("ner/" + language + ".model");
    if (in == null) {
      return Optional.empty();
    }
    try (in) {
      return Optional.of(read(in, finder));
    } catch (IOException e) {
      throw new UncheckedIOException("the name model of '" + language + "' cannot be read", e);
    }
  }

  /** What a document's words taught the tagger so far; one per article. */
  public static final class Memory {
    final Map<String, Integer> last = new HashMap<>();
    final Set<String> lower = new HashSet<>();
    final Map<String, String> surnames = new HashMap<>();
  }

  /** A name found: words {@code [from, to)} of the tokens given. */
  record Found(int from, int to, Type type) {}

  /** Tags the words of {@code text}; {@code memory} carries over from the article's earlier paragraphs. */
  List<Found> tag(String text, List<Tokens.Token> tokens, Memory memory) {
    NameFeatures.Words w = features.words(text, tokens);
    rememberLowerCase(text, tokens, w, memory);
    int[] labels = decode(w, memory, null, null);
    return spans(labels);
  }

  static void rememberLowerCase(String text, List<Tokens.Token> tokens, NameFeatures.Words w, Memory memory) {
    for (int i = 0; i < w.n; i++) {
      if (w.cased[i] && !w.capital[i] && tokens.get(i).isWord()) {
        memory.lower.add(w.keys[i]);
      }
    }
  }

  /**
   * Labels each word, greedily from the first. With {@code gold} (training) a wrong label
   * updates {@code training}'s weights toward the gold one.
   */
  int[] decode(NameFeatures.Words w, Memory memory, int[] gold, NameTaggerTraining.Weights training) {
    int[] labels = new int[w.n];
    int[] f = new int[NameFeatures.MAX];
    float[] score = new float[L];
    int[] sum = new int[L];
    for (int i = 0; i < w.n; i++) {
      int previous = i > 0 ? labels[i - 1] : 0;
      if (gold == null && (!candidate(w, i, previous) || plain.contains(w.keys[i]))) {
        labels[i] = 0; // no name starts or goes on here: not scored (training learns from every word)
        if (memory.last.containsKey(w.keys[i])) {
          memory.last.put(w.keys[i], -1); // seen as no name, as training records it
        }
        continue;
      }
      int beforePrevious = i > 1 ? labels[i - 2] : 0;
      Integer remembered = memory.last.get(w.keys[i]);
      int count = features.of(w, i, previous, beforePrevious, remembered == null ? 0 : remembered + 1,
          memory.lower.contains(w.keys[i]), f);
      java.util.Arrays.fill(score, 0);
      if (training == null) {
        java.util.Arrays.fill(sum, 0);
        for (int k = 0; k < count; k++) {
          int row = OFFSET + (f[k] & mask) * STRIDE;
          for (int l = 0; l < L; l++) {
            sum[l] += packed[row + l];
          }
        }
        for (int l = 0; l < L; l++) {
          score[l] = sum[l];
        }
      } else {
        float[] current = training.current;
        for (int k = 0; k < count; k++) {
          int row = (f[k] & mask) * L;
          for (int l = 0; l < L; l++) {
            score[l] += current[row + l];
          }
        }
      }
      int best = 0;
      for (int l = 1; l < L; l++) {
        if ((l % 2 == 1 || !w.breakBefore[i]) && allowed(previous, l) && score[l] > score[best]) {
          best = l;
        }
      }
      if (gold != null && best != gold[i]) {
        training.update(f, count, mask, gold[i], best);
      }
      labels[i] = gold != null ? gold[i] : best; // trained on the gold history, as taggers usually are
      if (labels[i] != 0) {
        memory.last.put(w.keys[i], labels[i]);
      } else if (memory.last.containsKey(w.keys[i])) {
        memory.last.put(w.keys[i], -1); // seen as no name too
      }
    }
    return labels;
  }

  /**
   * Whether word {@code i} can be part of a name: in a cased script, a capitalised word, or a
   * short lower-case word inside a name that goes on capitalised ("Bank of England", "Universidad
   * de Madrid"); in a script without case, any word but a number or a stop word that no name
   * goes on into. Only these are scored when tagging; a model learns from every word.
   */
  static boolean candidate(NameFeatures.Words w, int i, int previous) {
    if (!w.cased[i]) {
      return previous != 0 || !w.stop[i] && !w.keys[i].isEmpty() && !Character.isDigit(w.keys[i].charAt(0));
    }
    if (w.capital[i]) {
      return true;
    }
    return previous != 0 && i + 1 < w.n && w.capital[i + 1] && w.keys[i].length() <= 4;
  }

  private static boolean allowed(int previous, int label) {
    if (label == 0 || label % 2 == 1) {
      return true; // O or B-X
    }
    return previous == label || previous == label - 1; // I-X after B-X or I-X
  }

  static List<Found> spans(int[] labels) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < labels.length) {
      int l = labels[i];
      if (l == 0) {
        i++;
        continue;
      }
      int b = l % 2 == 1 ? l : l - 1;
      int j = i + 1;
      while (j < labels.length && labels[j] == b + 1) {
        j++;
      }
      Type type = switch (b) {
        case 1 -> Type.PERSON;
        case 3 -> Type.ORGANISATION;
        case 5 -> Type.PLACE;
        default -> null; // MISC: learned, not reported
      };
      if (type != null) {
        out.add(new Found(i, j, type));
      }
      i = j;
    }
    return out;
  }

  // ------------------------------------------------------------------ files

  /** Writes the model: its language, its hash size and the rows of weights that are not zero. */
  void write(OutputStream out) throws IOException {
    try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out, 1 << 16))) {
      d.writeUTF(MAGIC);
      d.writeUTF(language);
      d.writeInt(bits);
      d.writeInt(L);
      d.writeFloat(scale);
      int rows = 0;
      for (int r = 0; r <= mask; r++) {
        if (!zero(r)) {
          rows++;
        }
      }
      d.writeInt(rows);
      int last = 0;
      for (int r = 0; r <= mask; r++) {
        if (zero(r)) {
          continue;
        }
        d.writeInt(r - last);
        last = r;
        for (int l = 0; l < L; l++) {
          d.writeShort(packed[OFFSET + r * STRIDE + l]); // exactly the weights that tag
        }
      }
      d.writeInt(plain.size());
      for (String word : new java.util.TreeSet<>(plain)) {
        d.writeUTF(word);
      }
    }
  }

  private boolean zero(int row) {
    for (int l = 0; l < L; l++) {
      if (packed[OFFSET + row * STRIDE + l] != 0) {
        return false;
      }
    }
    return true;
  }

  static NameTagger read(InputStream in, MentionFinder finder) throws IOException {
    DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
    if (!MAGIC.equals(d.readUTF())) {
      throw new IOException("not a name model of this version");
    }
    String language = d.readUTF();
    int bits = d.readInt();
    int labels = d.readInt();
    if (labels != L || bits < 10 || bits > 24) {
      throw new IOException("a name model with " + labels + " labels and " + bits + " bits");
    }
    float scale = d.readFloat();
    float[] weights = new float[(1 << bits) * L];
    int rows = d.readInt();
    if (rows < 0 || rows > 1 << bits || !(scale > 0) || Float.isInfinite(scale)) {
      throw new IOException("a name model with " + rows + " rows and scale " + scale);
    }
    int row = 0;
    for (int k = 0; k < rows; k++) {
      row += d.readInt();
      if (row < 0 || row >= 1 << bits) {
        throw new IOException("a name model whose row " + row + " is outside its 2^" + bits);
      }
      for (int l = 0; l < L; l++) {
        weights[row * L + l] = d.readShort() * scale;
      }
    }
    int words = d.readInt();
    Set<String> plain = new HashSet<>(Math.max(16, words * 2));
    for (int k = 0; k < words; k++) {
      plain.add(d.readUTF());
    }
    return new NameTagger(language, bits, weights, Set.copyOf(plain), finder);
  }
}
