package org.dragoman.entity;

import java.util.List;

/**
 * What the {@link NameTagger} sees of a word: hashed features of the word, its neighbours, the
 * punctuation around it, its shape, the labels already given before it, and what the language
 * pack and the gazetteer know of it. The same code computes them when a model is trained and
 * when it tags, so the two cannot drift apart.
 *
 * <p>Each feature is a template number and a value, mixed into one int; the model keeps a row of
 * weights per bucket of such ints. No strings are built per feature: the values are the hashes of
 * the words' keys (already computed by {@link Tokens}) and of their parts.
 */
final class NameFeatures {

  /** Most features a word has; the buffer given to {@link #of} holds at least this many. */
  static final int MAX = 48;

  private final MentionFinder finder;

  NameFeatures(MentionFinder finder) {
    this.finder = finder;
  }

  /**
   * The per-word values of one text that the features of a word's neighbours need, computed
   * once; what only the word itself needs (its affixes, the gazetteer) is computed when it is
   * scored, and most words are never scored.
   */
  static final class Words {
    final int n;
    final String text;
    final List<Tokens.Token> tokens;
    final int[] key;
    final int[] shape;
    final int[] stripped;
    final boolean[] sentenceStart;
    final boolean[] capital;
    final boolean[] headline;
    final boolean[] cased;
    final boolean[] breakBefore;
    final String[] keys;
    final String[] bare;
    final boolean[] stop;

    Words(String text, List<Tokens.Token> tokens) {
      this.text = text;
      this.tokens = tokens;
      this.n = tokens.size();
      key = new int[n];
      shape = new int[n];
      stripped = new int[n];
      sentenceStart = new boolean[n];
      capital = new boolean[n];
      headline = new boolean[n];
      cased = new boolean[n];
      breakBefore = new boolean[n];
      keys = new String[n];
      bare = new String[n];
      stop = new boolean[n];
    }
  }

  /** Computes the per-word values of {@code tokens} of {@code text}. */
  Words words(String text, List<Tokens.Token> tokens) {
    int n = tokens.size();
    Words w = new Words(text, tokens);
    boolean[] lineCaps = headlines(text, tokens);
    for (int i = 0; i < n; i++) {
      Tokens.Token t = tokens.get(i);
      String key = t.key();
      w.keys[i] = key;
      w.key[i] = key.hashCode();
      w.shape[i] = shape(text, t.start(), t.end());
      int cp = text.codePointAt(t.start());
      w.capital[i] = Character.isUpperCase(cp) || Character.isTitleCase(cp);
      w.cased[i] = w.capital[i] || Character.isLowerCase(cp);
      if (t.isWord() && !w.cased[i]) {
        w.bare[i] = finder.withoutProclitic(key);
        w.stop[i] = finder.isStopWord(key);
        w.stripped[i] = w.bare[i] == null ? 0 : w.bare[i].hashCode();
      }
      w.sentenceStart[i] = sentenceStart(text, tokens, i);
      w.headline[i] = lineCaps[i];
      w.breakBefore[i] = i > 0 && (breaks(t.gap()) || newlineBetween(text, tokens.get(i - 1).end(), t.start())
          || t.spaced() && t.gap().indexOf('.') >= 0 && tokens.get(i - 1).end() - tokens.get(i - 1).start() > 2);
    }
    return w;
  }

  /**
   * Writes the features of word {@code i} into {@code out} and returns how many;
   * {@code previous} and {@code beforePrevious} are the labels already given to the two words
   * before it, {@code remembered} the label this word's key last had in the document (0 none),
   * {@code seenLower} whether the document writes it in lower case elsewhere.
   */
  int of(Words w, int i, int previous, int beforePrevious, int remembered, boolean seenLower, int[] out) {
    int k = 0;
    int shape = w.shape[i];
    k = put(out, k, 0, 0);
    k = put(out, k, 1, w.key[i]);
    Tokens.Token token = w.tokens.get(i);
    String key = w.keys[i];
    String bare = w.bare[i];
    boolean place = token.isWord() && finder.isPlaceWord(key, bare);
    k = put(out, k, 2, hash(w.text, token.start(), token.end()));
    k = put(out, k, 3, shape);
    k = put(out, k, 4, tail(key, 2));
    k = put(out, k, 5, tail(key, 3));
    k = put(out, k, 6, tail(key, 4));
    k = put(out, k, 7, head(key, 3));
    k = put(out, k, 43, head(key, 2));
    k = put(out, k, 44, head(key, 4));
    k = put(out, k, 45, tail(key, 1));
    k = put(out, k, 8, at(w.key, i - 1));
    k = put(out, k, 9, at(w.key, i + 1));
    k = put(out, k, 10, at(w.key, i - 2));
    k = put(out, k, 11, at(w.key, i + 2));
    k = put(out, k, 12, at(w.shape, i - 1));
    k = put(out, k, 13, at(w.shape, i + 1));
    k = put(out, k, 14, previous);
    k = put(out, k, 15, previous * 31 + beforePrevious);
    k = put(out, k, 16, previous * 31 + w.key[i]);
    k = put(out, k, 17, at(w.key, i - 1) * 31 + w.key[i]);
    k = put(out, k, 18, w.key[i] * 31 + at(w.key, i + 1));
    k = put(out, k, 19, (w.sentenceStart[i] ? 1 : 2) * 31 + shape);
    k = put(out, k, 20, (seenLower ? 1 : 2) * 7 + (w.capital[i] ? 1 : 0) + (w.sentenceStart[i] ? 2 : 0));
    k = put(out, k, 21, remembered);
    k = put(out, k, 22, remembered * 31 + shape);
    k = put(out, k, 23, place ? 1 : 2);
    k = put(out, k, 30, (w.headline[i] ? 1 : 2) * 31 + shape);
    k = put(out, k, 31, at(w.shape, i - 1) * 961 + shape * 31 + at(w.shape, i + 1));
    k = put(out, k, 32, previous * 31 + shape);
    k = put(out, k, 33, place ? at(w.key, i - 1) : 0);
    if (w.stripped[i] != 0) {
      k = put(out, k, 34, w.stripped[i]);
      k = put(out, k, 35, tail(bare, 3));
      k = put(out, k, 36, previous * 31 + w.stripped[i]);
      k = put(out, k, 41, tail(bare, 2));
      k = put(out, k, 42, head(bare, 3));
    }
    if (i > 0 && w.stripped[i - 1] != 0) {
      k = put(out, k, 37, w.stripped[i - 1]);
    }
    if (i + 1 < w.n && w.stripped[i + 1] != 0) {
      k = put(out, k, 38, w.stripped[i + 1]);
    }
    k = put(out, k, 40, w.cased[i] ? 1 : 2);

    return k;
  }

  private static int put(int[] out, int k, int template, int value) {
    out[k] = mix(template, value);
    return k + 1;
  }

  private static int at(int[] values, int i) {
    return i < 0 ? 1 : i >= values.length ? 2 : values[i];
  }

  /** One int of a template and a value (a 32-bit finaliser of MurmurHash3). */
  static int mix(int template, int value) {
    int h = value * 0x9E3779B9 + template * 0x7FEB352D;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  private static int hash(String text, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      h = 31 * h + text.charAt(k);
    }
    return h;
  }

  private static int tail(String key, int chars) {
    int h = 17;
    for (int k = Math.max(0, key.length() - chars); k < key.length(); k++) {
      h = 31 * h + key.charAt(k);
    }
    return h;
  }

  private static int head(String key, int chars) {
    int h = 19;
    for (int k = 0; k < Math.min(chars, key.length()); k++) {
      h = 31 * h + key.charAt(k);
    }
    return h;
  }

  /**
   * The word's shape, runs of one class written once: "Xx" (Amar), "X" (UN), "X.X" is not
   * possible here (tokens hold no dots), "d" (1996), "x" (strike), "a" (a letter without case).
   */
  private static int shape(String text, int start, int end) {
    int h = 23;
    char last = 0;
    int length = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
          : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'a' : '-';
      if (s != last) {
        h = 31 * h + s;
        last = s;
      }
      length++;
    }
    return 31 * h + Math.min(length, 6);
  }

  /** Whether punctuation between two words ends any name: all but . - ' & / inside one ("U.S.", "Coca-Cola"). */
  private static boolean breaks(String gap) {
    for (int k = 0; k < gap.length(); k++) {
      if (".-'’&/".indexOf(gap.charAt(k)) < 0) {
        return true;
      }
    }
    return false;
  }

  /** Per word: whether its line is written in capitals (a shouted headline). */
  private static boolean[] headlines(String text, List<Tokens.Token> tokens) {
    boolean[] out = new boolean[tokens.size()];
    int lineStart = 0;
    while (lineStart < tokens.size()) {
      int lineEnd = lineStart + 1;
      while (lineEnd < tokens.size()
          && !newlineBetween(text, tokens.get(lineEnd - 1).end(), tokens.get(lineEnd).start())) {
        lineEnd++;
      }
      int upper = 0;
      int lower = 0;
      for (int k = lineStart; k < lineEnd; k++) {
        Tokens.Token t = tokens.get(k);
        for (int c = t.start(); c < t.end(); c++) {
          char ch = text.charAt(c);
          if (Character.isUpperCase(ch)) {
            upper++;
          } else if (Character.isLowerCase(ch)) {
            lower++;
          }
        }
      }
      boolean caps = upper >= 4 && lower * 10 < upper;
      for (int k = lineStart; k < lineEnd; k++) {
        out[k] = caps;
      }
      lineStart = lineEnd;
    }
    return out;
  }

  static boolean newlineBetween(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence's end in any script from ICU's Sentence_Terminal property (". ! ? ؟ ۔ ।"), or a
   * colon, a quotation mark or a bracket before the word.
   */
  private static boolean endsSentence(char c) {
    if (c == ':' || c == '"' || com.ibm.icu.lang.UCharacter.hasBinaryProperty(c, com.ibm.icu.lang.UProperty.S_TERM)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
  }

  /** Whether word {@code i} begins a sentence: the first, or after . ! ? : a quote, a bracket or a line end. */
  static boolean sentenceStart(String text, List<Tokens.Token> tokens, int i) {
    if (i == 0) {
      return true;
    }
    String gap = tokens.get(i).gap();
    for (int k = 0; k < gap.length(); k++) {
      if (endsSentence(gap.charAt(k))) {
        return true;
      }
    }
    return newlineBetween(text, tokens.get(i - 1).end(), tokens.get(i).start());
  }
}
