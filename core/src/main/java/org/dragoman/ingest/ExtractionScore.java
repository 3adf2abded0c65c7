package org.dragoman.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Article;
import org.dragoman.text.TextNormalizer;

/**
 * How faithfully a document's text was extracted, against the text it was made from: the word
 * error rate (order-aware: the word-level edit distance over the source's word count), page
 * furniture lines left in the text, the paragraph count beside the source's, words hyphenated at
 * a line end and left split, and brackets left mirrored. {@code eval extraction} reports these on
 * reports printed from real text.
 */
public final class ExtractionScore {

  private ExtractionScore() {}

  /**
   * The source of one document.
   *
   * @param title its title
   * @param paragraphs its paragraphs, in order (a table's rows among them, each a paragraph)
   * @param header a running header line the layout repeats on every page, or null
   */
  public record Gold(String title, List<String> paragraphs, String header) {
    public Gold {
      paragraphs = List.copyOf(paragraphs);
    }

    int paragraphCount() {
      return paragraphs.size() + (title == null ? 0 : 1);
    }

    String text() {
      return (title == null ? "" : title + "\n") + String.join("\n", paragraphs);
    }
  }

  /**
   * The figures of one document.
   *
   * @param words the source's words
   * @param errors word substitutions, insertions and deletions between source and extraction
   * @param furnitureLeft lines of the extraction that are page furniture
   * @param paragraphs the extraction's paragraphs
   * @param sourceParagraphs the source's
   * @param hyphenSplits source words left split at a hyphen
   * @param mirroredBrackets bracketed spans written ")…(" that the source writes "(…)"
   */
  public record Score(int words, int errors, int furnitureLeft, int paragraphs,
      int sourceParagraphs, int hyphenSplits, int mirroredBrackets) {

    /** Errors over the source's words. */
    public double wordErrorRate() {
      return words == 0 ? 0 : (double) errors / words;
    }

    /** The sum of two documents' figures. */
    public Score plus(Score o) {
      return new Score(words + o.words, errors + o.errors, furnitureLeft + o.furnitureLeft,
          paragraphs + o.paragraphs, sourceParagraphs + o.sourceParagraphs,
          hyphenSplits + o.hyphenSplits, mirroredBrackets + o.mirroredBrackets);
    }
  }

  /** Scores {@code extracted} against {@code gold}. */
  public static Score score(Gold gold, Article extracted) {
    String text = extracted.text();
    List<String> source = words(gold.text());
    List<String> found = words(text);
    int furniture = 0;
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && (PageFurniture.isFurnitureLine(l) || l.equals(gold.header()))) {
        furniture++;
      }
    }
    return new Score(source.size(), distance(source, found), furniture,
        extracted.paragraphs().size(), gold.paragraphCount(), hyphenSplits(source, text),
        Math.max(0, mirrored(text) - mirrored(gold.text())));
  }

  /** The words of a text in a form that spelling variants of the extraction do not change. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : TextNormalizer.forAnalysis(text).split("[\\s\\p{Z}]+")) { // no-break spaces too
      String k = TextNormalizer.matchKey(w.replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", ""));
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return out;
  }

  /** Word-level Levenshtein distance, two rows. */
  static int distance(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int j = 0; j <= b.size(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.size(); i++) {
      cur[0] = i;
      String x = a.get(i - 1);
      for (int j = 1; j <= b.size(); j++) {
        int sub = prev[j - 1] + (x.equals(b.get(j - 1)) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }

  /** Source words found in the extraction as two parts joined by a hyphen or split after one. */
  private static int hyphenSplits(List<String> source, String text) {
    Set<String> vocabulary = new HashSet<>(source);
    int n = 0;
    Matcher m = Pattern.compile("([\\p{L}]+)[-\\u00AD\\u2010]\\s*([\\p{L}]+)").matcher(text);
    while (m.find()) {
      String joined = TextNormalizer.matchKey(m.group(1) + m.group(2));
      String hyphenated = TextNormalizer.matchKey(m.group(1) + "-" + m.group(2));
      if (vocabulary.contains(joined) && !vocabulary.contains(hyphenated)) {
        n++;
      }
    }
    return n;
  }

  private static final Pattern MIRRORED = Pattern.compile("\\)[^()\\n]{1,80}\\(");

  private static int mirrored(String text) {
    Matcher m = MIRRORED.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
