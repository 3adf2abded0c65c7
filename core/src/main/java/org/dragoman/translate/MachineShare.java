package org.dragoman.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a translation is the machine's draft left as it was, as Wikimedia's
 * ContentTranslation measures it before publishing (its {@code TranslationTracker}): the words of
 * each machine-drafted unit found unchanged, in order, in the final text, over all the words of
 * the final translation. A memory match or a translator's own words count as human.
 *
 * <pre>{@code
 * MachineShare.words("La huelga continúa hoy.", "La huelga sigue hoy.");  // 3
 * }</pre>
 */
public final class MachineShare {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");

  private MachineShare() {}

  /** The words of {@code fin} that are {@code draft}'s, unchanged and in order. */
  public static int words(String draft, String fin) {
    List<String> a = words(draft);
    List<String> b = words(fin);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (String w : a) {
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = w.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }

  /** How many words {@code text} has. */
  public static int count(String text) {
    return words(text).size();
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
