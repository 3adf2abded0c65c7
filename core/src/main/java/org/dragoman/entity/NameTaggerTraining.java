package org.dragoman.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Trains a {@link NameTagger} on annotated text in the CoNLL column format (a word first and its
 * tag last on each line, a blank line between sentences, {@code -DOCSTART-} between documents;
 * tags IOB1 or IOB2 over PER/PERS, ORG, LOC and MISC): an averaged perceptron, a fixed number of
 * passes over the documents in a shuffled order that a seed fixes, so that the same data gives
 * the same model.
 */
public final class NameTaggerTraining {

  /** How a model is trained. */
  public record Settings(int passes, int bits, long seed, int sentencesPerDocument) {
    /** 8 passes, 2^17 rows, seed 1, corpora without document marks cut every 50 sentences. */
    public static final Settings DEFAULT = new Settings(8, 17, 1, 50);
  }

  /** What training did: documents, words, labelled words and the seconds it took. */
  public record Report(int documents, int words, int nameWords, double seconds) {}

  private NameTaggerTraining() {}

  /** One document of the training data: its text, its words and their gold labels. */
  record Document(String text, List<Tokens.Token> tokens, int[] gold) {}

  /** A trained model, to write where it belongs. */
  public static final class Trained {
    private final NameTagger tagger;
    private final Report report;

    private Trained(NameTagger tagger, Report report) {
      this.tagger = tagger;
      this.report = report;
    }

    /** What training did. */
    public Report report() {
      return report;
    }

    /** Writes the model (gzip-compressed; {@link MentionFinder#withModel} reads it). */
    public void write(OutputStream out) throws IOException {
      tagger.write(out);
    }
  }

  /**
   * Trains the tagger of {@code language} on {@code conll}.
   *
   * @throws IllegalArgumentException naming the file (and line) when it is not in the column
   *     format, or holds no annotated name to learn from
   * @throws IOException naming the file when it cannot be read
   */
  public static Trained train(String language, Path conll, Settings settings) throws IOException {
    long started = System.nanoTime();
    if (!Files.isRegularFile(conll)) {
      throw new java.nio.file.NoSuchFileException(conll.toString());
    }
    List<Document> docs = read(conll, settings.sentencesPerDocument());
    int words = 0;
    int names = 0;
    for (Document d : docs) {
      words += d.gold().length;
      for (int g : d.gold()) {
        names += g == 0 ? 0 : 1;
      }
    }
    if (names == 0) {
      throw new IllegalArgumentException(conll + ": no word tagged as part of a name (B-/I- PER, ORG, LOC"
          + " or MISC in the last column): nothing to learn from");
    }
    NameTagger tagger = train(language, docs, settings);
    return new Trained(tagger, new Report(docs.size(), words, names, (System.nanoTime() - started) / 1e9));
  }

  /** As {@link #train(String, Path, Settings)}, writing the model to {@code out}. */
  public static Report train(String language, Path conll, Settings settings, OutputStream out) throws IOException {
    Trained t = train(language, conll, settings);
    t.write(out);
    return t.report();
  }

  static NameTagger train(String language, List<Document> docs, Settings settings) {
    MentionFinder finder = MentionFinder.forLanguage(language);
    NameFeatures features = new NameFeatures(finder);
    List<NameFeatures.Words> words = new ArrayList<>();
    for (Document d : docs) {
      words.add(features.words(d.text(), d.tokens()));
    }
    Weights w = new Weights((1 << settings.bits()) * NameTagger.L);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      order.add(i);
    }
    Random random = new Random(settings.seed());
    NameTagger learner = new NameTagger(language, settings.bits(), w.current, Set.of(), finder);
    for (int pass = 0; pass < settings.passes(); pass++) {
      Collections.shuffle(order, random);
      for (int i : order) {
        NameTagger.Memory memory = new NameTagger.Memory();
        Document d = docs.get(i);
        NameTagger.rememberLowerCase(d.text(), d.tokens(), words.get(i), memory);
        learner.decode(words.get(i), memory, d.gold(), w);
        w.step++;
      }
    }
    return new NameTagger(language, settings.bits(), w.averaged(), plainWords(docs), finder);
  }

  /** A word seen this often in the data and never inside a name is not scored when tagging. */
  static final int PLAIN_AT_LEAST = 5;

  /** The words the data writes at least {@link #PLAIN_AT_LEAST} times and never inside a name (of any type). */
  static Set<String> plainWords(List<Document> docs) {
    Map<String, int[]> counts = new HashMap<>();
    for (Document d : docs) {
      for (int i = 0; i < d.tokens().size(); i++) {
        int[] c = counts.computeIfAbsent(d.tokens().get(i).key(), k -> new int[2]);
        c[0]++;
        if (d.gold()[i] != 0) {
          c[1]++;
        }
      }
    }
    Set<String> out = new HashSet<>();
    counts.forEach((word, c) -> {
      if (c[0] >= PLAIN_AT_LEAST && c[1] == 0) {
        out.add(word);
      }
    });
    return out;
  }

  /** Weights being learned, with the running sums that average them (the usual lazy update). */
  static final class Weights {
    final float[] current;
    private final double[] sums;
    private final int[] stamps;
    int step = 1;

    Weights(int size) {
      current = new float[size];
      sums = new double[size];
      stamps = new int[size];
    }

    void update(int[] features, int count, int mask, int right, int wrong) {
      for (int k = 0; k < count; k++) {
        int row = (features[k] & mask) * NameTagger.L;
        add(row + right, 1);
        add(row + wrong, -1);
      }
    }

    private void add(int at, float delta) {
      sums[at] += (double) (step - stamps[at]) * current[at];
      stamps[at] = step;
      current[at] += delta;
    }

    float[] averaged() {
      float[] out = new float[current.length];
      for (int i = 0; i < out.length; i++) {
        double total = sums[i] + (double) (step - stamps[i]) * current[i];
        out[i] = (float) (total / step);
      }
      return out;
    }
  }

  // ------------------------------------------------------------------ reading

  static List<Document> read(Path conll, int sentencesPerDocument) throws IOException {
    List<List<String[]>> sentences = new ArrayList<>();
    List<Integer> documentStarts = new ArrayList<>();
    List<String[]> sentence = new ArrayList<>();
    boolean marked = false;
    try (BufferedReader r = Files.newBufferedReader(conll, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String[] cols = line.strip().split("\\s+");
        if (line.isBlank()) {
          if (!sentence.isEmpty()) {
            sentences.add(sentence);
            sentence = new ArrayList<>();
          }
        } else if (cols[0].equals("-DOCSTART-")) {
          if (!sentence.isEmpty()) {
            sentences.add(sentence);
            sentence = new ArrayList<>();
          }
          documentStarts.add(sentences.size());
          marked = true;
        } else if (cols.length >= 2) {
          sentence.add(new String[] {cols[0], cols[cols.length - 1]});
        } else if (n < 5 && cols.length < 2) {
          throw new IllegalArgumentException(conll + ":" + n + ": not a word and its tag");
        } // a lone column inside the data (a word lost) is skipped
      }
    }
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    if (!marked) {
      for (int s = 0; s < sentences.size(); s += sentencesPerDocument) {
        documentStarts.add(s);
      }
    }
    documentStarts.add(sentences.size());
    List<Document> docs = new ArrayList<>();
    for (int k = 0; k + 1 < documentStarts.size(); k++) {
      List<List<String[]>> part = sentences.subList(documentStarts.get(k), documentStarts.get(k + 1));
      if (!part.isEmpty()) {
        docs.add(document(part));
      }
    }
    return docs;
  }

  /** The words joined by spaces, the sentences by line ends, as the gold of {@code eval entities} is. */
  static Document document(List<List<String[]>> sentences) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>(); // start, end, label of B
    for (List<String[]> s : sentences) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      String previousType = "O";
      for (int i = 0; i < s.size(); i++) {
        if (i > 0) {
          text.append(' ');
        }
        String word = s.get(i)[0];
        String tag = s.get(i)[1];
        int start = text.length();
        text.append(word);
        String type = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : "O";
        int b = begin(type);
        if (b == 0) {
          previousType = "O";
          continue;
        }
        boolean opens = tag.startsWith("B-") || !type.equals(previousType);
        if (opens || spans.isEmpty()) {
          spans.add(new int[] {start, text.length(), b});
        } else {
          spans.get(spans.size() - 1)[1] = text.length();
        }
        previousType = type;
      }
    }
    String t = text.toString();
    List<Tokens.Token> tokens = Tokens.of(t);
    int[] gold = new int[tokens.size()];
    int k = 0;
    for (int[] span : spans) {
      while (k < tokens.size() && tokens.get(k).end() <= span[0]) {
        k++;
      }
      boolean first = true;
      for (int j = k; j < tokens.size() && tokens.get(j).start() < span[1]; j++) {
        gold[j] = first ? span[2] : span[2] + 1;
        first = false;
      }
    }
    return new Document(t, tokens, gold);
  }

  private static int begin(String type) {
    return switch (type) {
      case "PER", "PERS", "PERSON" -> 1;
      case "ORG", "ORGANISATION", "ORGANIZATION" -> 3;
      case "LOC", "LOCATION", "PLACE" -> 5;
      case "MISC" -> 7;
      default -> 0;
    };
  }
}
