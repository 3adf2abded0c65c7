package org.dragoman.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.dragoman.model.Segment;

/**
 * Splits text into paragraphs and sentences with character offsets into the text itself.
 *
 * <p>Sentences come from ICU4J's sentence break iterator for the language (Unicode UAX #29 with
 * CLDR's per-locale rules and abbreviation suppressions, {@code ss=standard}); a break right
 * after one of the abbreviations a language pack lists is then taken back. ICU already does not break before a
 * lower-case word ("at 1:30 a.m. tomorrow") nor inside numbers ("12.200"), and breaks after the
 * Arabic question mark and full stop but not after the Arabic comma and semicolon.
 *
 * <pre>{@code
 * List<Segment> s = Segmenter.sentences("Mr. Khan left. He came back.", "en", Set.of("Mr."));
 * // two sentences
 * }</pre>
 *
 * <p>Thread-safe: each thread has its own break iterators.
 */
public final class Segmenter {

  private Segmenter() {}

  /** Characters a text is judged on to tell whether it is hard-wrapped. */
  private static final int HARD_WRAP_SAMPLE = 50_000;

  /**
   * Returns the paragraphs of {@code text}. A line break ends a paragraph, unless the text is
   * hard-wrapped (most lines run on without closing punctuation and blank lines separate blocks),
   * in which case blank lines do. Blank paragraphs are dropped; leading and trailing white space
   * is excluded from each range.
   */
  public static List<Segment> paragraphs(String text) {
    boolean hardWrapped = looksHardWrapped(text);
    List<Segment> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i <= text.length()) {
      boolean atEnd = i == text.length();
      boolean boundary = atEnd;
      int next = i + 1;
      if (!atEnd) {
        char c = text.charAt(i);
        if (c == '\u2029') {
          boundary = true;
        } else if (c == '\n' || c == '\r') {
          int after = skipLineBreak(text, i);
          if (!hardWrapped) {
            boundary = true;
            next = after;
          } else {
            int j = after;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
              j++;
            }
            if (j < text.length() && (text.charAt(j) == '\n' || text.charAt(j) == '\r')) {
              boundary = true;
              next = skipLineBreak(text, j);
            }
          }
        }
      }
      if (boundary) {
        addTrimmed(out, text, start, i);
        start = next;
        i = next;
      } else {
        i++;
      }
    }
    return out;
  }

  private static int skipLineBreak(String text, int i) {
    if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
      return i + 2;
    }
    return i + 1;
  }

  private static void addTrimmed(List<Segment> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Segment(start, end, null));
    }
  }

  /**
   * A text is hard-wrapped when it has blank lines and most of its lines are of similar,
   * typewriter length and end without closing punctuation (they continue on the next line).
   */
  static boolean looksHardWrapped(String text) {
    // judged on the first lines: enough to tell, without copying a long text line by line
    List<String> lines = lines(text, Math.min(text.length(), HARD_WRAP_SAMPLE));
    int blank = 0;
    int full = 0;
    int runOn = 0;
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k).strip();
      if (line.isEmpty()) {
        blank++;
        continue;
      }
      full++;
      boolean nextNonBlank = k + 1 < lines.size() && !lines.get(k + 1).isBlank();
      char last = line.charAt(line.length() - 1);
      if (nextNonBlank && line.length() >= 40 && line.length() <= 100 && ".!?؟۔:\"”»".indexOf(last) < 0) {
        runOn++;
      }
    }
    return blank > 0 && full >= 4 && runOn * 2 > full;
  }

  /**
   * The lines of {@code text[0, end)} as {@code split("\\R", -1)} gives them (a line break is
   * CR LF or any one of LF, VT, FF, CR, NEL, LS, PS), without a regular expression.
   */
  static List<String> lines(String text, int end) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085'
          || c == '\u2028' || c == '\u2029') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < end && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start, end));
    return out;
  }

  /**
   * Returns the sentences inside {@code range} of {@code text}, for language {@code tag}, never
   * breaking right after one of {@code abbreviations} (such as "Mr." or "U.S.").
   */
  public static List<Segment> sentences(
      String text, Segment range, String tag, Set<String> abbreviations) {
    BreakIterator it = sentenceIterator(tag);
    String part = text.substring(range.start(), range.end());
    it.setText(part);
    List<Segment> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      if (end < part.length() && endsWithAbbreviation(part, end, abbreviations)) {
        continue;
      }
      addTrimmed(out, text, range.start() + start, range.start() + end);
      start = end;
    }
    return out;
  }

  /** Whether the word just before {@code end} (white space aside) is one of the abbreviations. */
  private static boolean endsWithAbbreviation(String part, int end, Set<String> abbreviations) {
    if (abbreviations.isEmpty()) {
      return false;
    }
    int e = end;
    while (e > 0 && Character.isWhitespace(part.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && !Character.isWhitespace(part.charAt(s - 1)) && part.charAt(s - 1) != '(') {
      s--;
    }
    return abbreviations.contains(part.substring(s, e));
  }

  /** Returns the sentences of a whole text, paragraph by paragraph. */
  public static List<Segment> sentences(String text, String tag, Set<String> abbreviations) {
    List<Segment> out = new ArrayList<>();
    for (Segment p : paragraphs(text)) {
      out.addAll(sentences(text, p, tag, abbreviations));
    }
    return out;
  }

  /** Break iterators are costly to build: one prototype per language, cloned once per thread. */
  private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();

  private static final ThreadLocal<Map<String, BreakIterator>> ITERATORS =
      ThreadLocal.withInitial(java.util.HashMap::new);

  private static BreakIterator sentenceIterator(String tag) {
    String t = tag == null ? "und" : tag;
    return ITERATORS.get().computeIfAbsent(t, k -> (BreakIterator) PROTOTYPES.computeIfAbsent(k,
        x -> BreakIterator.getSentenceInstance(
            ULocale.forLanguageTag(x).setKeywordValue("ss", "standard"))).clone());
  }
}
