package org.dragoman.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Bidi;

/** Which script a text is written in, from ICU's Unicode script property. */
public final class Scripts {

  /** Letters looked at, at most: a text's script shows in its first thousands of letters. */
  private static final int SAMPLE_LETTERS = 5000;

  /** ICU's script of each character of the Basic Multilingual Plane, Latin or not, looked up once. */
  private static final boolean[] LATIN_BMP = new boolean[0x10000];

  static {
    for (int c = 0; c < LATIN_BMP.length; c++) {
      LATIN_BMP[c] = UScript.getScript(c) == UScript.LATIN;
    }
  }

  private Scripts() {}

  /**
   * {@code "rtl"} when the first strong character of {@code text} is right-to-left (Unicode's
   * rules P2 and P3, through ICU's {@link Bidi}), else {@code "ltr"}: the base direction of an
   * article, a title or a name, for {@code dir} attributes.
   */
  public static String direction(CharSequence text) {
    String t = text.length() > 2000 ? text.subSequence(0, 2000).toString() : text.toString();
    return Bidi.getBaseDirection(t) == Bidi.RTL ? "rtl" : "ltr";
  }

  /** Whether {@code cp} is of the Latin script (ICU's script property; letters and marks). */
  public static boolean isLatin(int cp) {
    return cp < 0x10000 ? LATIN_BMP[cp] : UScript.getScript(cp) == UScript.LATIN;
  }

  /** Whether at least half the letters of {@code text} are Latin (a text without letters is). */
  public static boolean isMostlyLatin(CharSequence text) {
    int latin = 0;
    int letters = 0;
    for (int i = 0; i < text.length() && letters < SAMPLE_LETTERS; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (isLatin(cp)) {
          latin++;
        }
      }
    }
    return latin * 2 >= letters;
  }

  /** The script (ICU {@link UScript} code) of most letters in {@code text[start, end)}. */
  public static int dominant(CharSequence text, int start, int end) {
    int[] counts = new int[UScript.CODE_LIMIT];
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
          counts[UScript.LATIN]++;
        }
      } else if (Character.isLetter(cp)) {
        counts[UScript.getScript(cp)]++;
      }
    }
    int best = UScript.COMMON;
    int most = 0;
    for (int s = 0; s < counts.length; s++) {
      if (counts[s] > most) {
        most = counts[s];
        best = s;
      }
    }
    return best;
  }
}
