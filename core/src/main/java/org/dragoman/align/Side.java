package org.dragoman.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** One side of a bitext, prepared once: lengths, analysed words and anchors of each sentence. */
final class Side {
  final List<String> sentences;
  final int[] lengths;
  final List<List<String>> words;
  final List<List<String>> anchors;
  final long totalLength;

  /** How names of this side are keyed for comparison with a side written in another script. */
  enum Names {
    /** Same script on both sides: names match as they are written. */
    NONE,
    /** Latin script facing another: capitalised words inside a sentence, and acronyms. */
    CAPITALISED,
    /** Another script facing Latin: every word, with its proclitics stripped too. */
    EVERY_WORD
  }


  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");

  Side(List<String> sentences, Analyzer analyzer) {
    this(sentences, analyzer, Names.NONE, List.of());
  }

  Side(List<String> sentences, Analyzer analyzer, Names names, List<String> proclitics) {
    this.sentences = List.copyOf(sentences);
    int n = sentences.size();
    lengths = new int[n];
    words = new ArrayList<>(n);
    anchors = new ArrayList<>(n);
    long total = 0;
    for (int i = 0; i < n; i++) {
      String s = sentences.get(i);
      lengths[i] = s.strip().codePointCount(0, s.strip().length());
      total += lengths[i];
      words.add(terms(analyzer, s));
      List<String> a = new ArrayList<>(Anchors.of(s));
      nameKeys(s, names, proclitics, a);
      anchors.add(a);
    }
    totalLength = total;
  }

  private static void nameKeys(String sentence, Names names, List<String> proclitics,
      List<String> out) {
    if (names == Names.NONE) {
      cognates(sentence, out);
      return;
    }
    for (String k : NameWords.keys(sentence, names == Names.CAPITALISED, proclitics, false,
        NameWords.SENTENCE_MIN_KEY)) {
      out.add("~" + k);
    }
  }

  private static final ThreadLocal<com.ibm.icu.text.Transliterator> FOLD = ThreadLocal.withInitial(
      () -> com.ibm.icu.text.Transliterator.getInstance("Latin-ASCII; Lower"));

  /**
   * Words of the same script written alike on both sides once accents and case are folded
   * ("Commission"/"commission", "législation"/"legislation"): cognates and names (Simard et al.
   * 1992 used shared prefixes the same way). Only words of {@value #MIN_COGNATE} letters or more.
   */
  private static void cognates(String sentence, List<String> out) {
    java.util.Set<String> words = new java.util.LinkedHashSet<>();
    java.util.regex.Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      if (m.group().length() >= MIN_COGNATE) {
        words.add("=" + FOLD.get().transliterate(m.group()));
      }
    }
    out.addAll(words);
  }

  static final int MIN_COGNATE = 5;

  int size() {
    return lengths.length;
  }

  static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (!t.chars().allMatch(Character::isDigit)) {
          out.add(t);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
