package org.dragoman.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.translate.TmMatch.Difference;

/**
 * The stretches where a segment and a memory match differ, word by word (a longest common
 * subsequence of their words), each typed: a changed number is the trap of a high fuzzy score
 * ("12,282" became "12,200" at 98%), and a changed name is nearly as bad.
 *
 * <pre>{@code
 * Differences.between("The strike brought 12,282 teachers.", "The strike brought 12,200 teachers.",
 *     "La huelga reunió a 12.200 docentes.");
 * // [Difference[type=number, query=12,282, match=12,200, target=12.200]]
 * }</pre>
 */
final class Differences {
  private static final Pattern WORD = Pattern.compile(
      "[\\p{L}\\p{M}\\p{Nd}]+(?:['’.,٫٬][\\p{L}\\p{M}\\p{Nd}]+)*");
  /** Longest texts, in words, compared word by word (the table is their product). */
  private static final int MAX_WORDS = 400;

  private Differences() {}

  private record Word(String text, int index) {}

  static List<Difference> between(String query, String match, String target) {
    List<Word> q = words(query);
    List<Word> m = words(match);
    if (q.size() > MAX_WORDS || m.size() > MAX_WORDS) {
      return List.of();
    }
    int[][] lcs = new int[q.size() + 1][m.size() + 1];
    for (int i = q.size() - 1; i >= 0; i--) {
      for (int j = m.size() - 1; j >= 0; j--) {
        lcs[i][j] = same(q.get(i), m.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Difference> out = new ArrayList<>();
    List<Word> dq = new ArrayList<>();
    List<Word> dm = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < q.size() || j < m.size()) {
      if (i < q.size() && j < m.size() && same(q.get(i), m.get(j))) {
        flush(dq, dm, target, out);
        i++;
        j++;
      } else if (j < m.size() && (i == q.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        dm.add(m.get(j++));
      } else {
        dq.add(q.get(i++));
      }
    }
    flush(dq, dm, target, out);
    return out;
  }

  private static boolean same(Word a, Word b) {
    return Ngrams.normal(a.text()).equals(Ngrams.normal(b.text()));
  }

  private static void flush(List<Word> dq, List<Word> dm, String target, List<Difference> out) {
    if (dq.isEmpty() && dm.isEmpty()) {
      return;
    }
    String type = "word";
    List<Word> both = new ArrayList<>(dq);
    both.addAll(dm);
    if (both.stream().anyMatch(w -> digits(w.text()) != null)) {
      type = "number";
    } else if (both.stream().anyMatch(w -> w.index() > 0 && capitalised(w.text()))) {
      type = "name";
    }
    String inTarget = null;
    if (type.equals("number") && target != null) {
      for (Word w : dm) {
        String value = digits(w.text());
        if (value != null) {
          inTarget = findNumber(target, value);
          if (inTarget != null) {
            break;
          }
        }
      }
    }
    out.add(new Difference(type, join(dq), join(dm), inTarget));
    dq.clear();
    dm.clear();
  }

  private static String join(List<Word> words) {
    return String.join(" ", words.stream().map(Word::text).toList());
  }

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Word(m.group(), out.size()));
    }
    return out;
  }

  private static boolean capitalised(String word) {
    int c = word.codePointAt(0);
    return Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  /** The decimal digits of a word as ASCII (any script's digits), or null when it has none. */
  static String digits(String word) {
    StringBuilder out = new StringBuilder();
    word.codePoints().forEach(c -> {
      int d = Character.digit(c, 10);
      if (d >= 0) {
        out.append((char) ('0' + d));
      }
    });
    return out.isEmpty() ? null : out.toString();
  }

  /** The number in {@code text} whose digits are {@code value}, as written there, or null. */
  private static String findNumber(String text, String value) {
    for (Word w : words(text)) {
      if (value.equals(digits(w.text()))) {
        return w.text();
      }
    }
    return null;
  }
}
