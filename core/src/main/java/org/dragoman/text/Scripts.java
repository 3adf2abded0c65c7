package org.dragoman.text;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.Map;

/** Which script a text is written in, from ICU's Unicode script property. */
public final class Scripts {

  /** Letters looked at, at most: a text's script shows in its first thousands of letters. */
  private static final int SAMPLE_LETTERS = 5000;

  private Scripts() {}

  /** Whether at least half the letters of {@code text} are Latin (a text without letters is). */
  public static boolean isMostlyLatin(CharSequence text) {
    int latin = 0;
    int letters = 0;
    for (int i = 0; i < text.length() && letters < SAMPLE_LETTERS; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (UScript.getScript(cp) == UScript.LATIN) {
          latin++;
        }
      }
    }
    return latin * 2 >= letters;
  }

  /** The script (ICU {@link UScript} code) of most letters in {@code text[start, end)}. */
  public static int dominant(CharSequence text, int start, int end) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        counts.merge(UScript.getScript(cp), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(UScript.COMMON);
  }
}
