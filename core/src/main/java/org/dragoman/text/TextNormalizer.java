package org.dragoman.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;

/**
 * Unicode normalisation for storage and for analysis, on top of ICU4J.
 *
 * <p>Stored text is only put in NFC. Analysis copies additionally lose the characters that carry
 * no meaning for matching — tatweel (kashida), bidi controls, zero-width and other format
 * characters — and have every decimal digit of any script (Arabic-Indic, Extended Arabic-Indic,
 * Devanagari…) folded to ASCII. Which characters count is taken from Unicode properties through
 * ICU, not from a hand-written list.
 *
 * <pre>{@code
 * TextNormalizer.forAnalysis("عمـــار ١٢٬٢٨٢"); // "عمار 12٬282"
 * }</pre>
 *
 * <p>Thread-safe: all methods are static and pure.
 */
public final class TextNormalizer {

  /**
   * Characters that analysis removes: format characters (bidi marks and embeddings, isolates,
   * zero-width space/joiners, BOM, soft hyphen) and the Arabic tatweel, which only stretches a
   * word for justification.
   */
  public static final UnicodeSet IGNORABLE = new UnicodeSet("[[:Cf:][\\u0640]]").freeze();

  /** Decimal digits of every script. */
  public static final UnicodeSet DIGITS = new UnicodeSet("[:Nd:]").freeze();

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private TextNormalizer() {}

  /** A terminal escape sequence: CSI (ESC [ or U+009B … final byte), or OSC (ESC ] … BEL or ST). */
  private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile(
      "(?:\u001b\\[|\u009b)[\u0020-\u003f]*[\u0040-\u007e]?"
          + "|(?:\u001b\\]|\u009d)[^\u0007\u001b\u009c]{0,4096}(?:\u0007|\u001b\\\\|\u009c)?"
          + "|\u001b[\u0020-\u002f]*[\u0030-\u007e]?");

  /**
   * {@code text} without what only acts on a terminal and means nothing in an article: escape
   * sequences (colours, titles, screen clearing) and the C0 and C1 control characters but tab,
   * newline and carriage return; a form feed (a page break) becomes a newline.
   */
  public static String withoutControls(String text) {
    boolean any = false;
    for (int i = 0; i < text.length() && !any; i++) {
      char c = text.charAt(i);
      any = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }
    if (!any) {
      return text;
    }
    String t = ESCAPE.matcher(text).replaceAll("");
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\f') {
        b.append('\n');
      } else if (!((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f))) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Returns {@code text} in Unicode NFC, the form in which Dragoman stores every text. */
  public static String nfc(CharSequence text) {
    if (text instanceof String s && NFC.spanQuickCheckYes(s) == s.length()) {
      return s; // already NFC, as nearly all text is: no copy
    }
    return NFC.normalize(text);
  }

  /**
   * Returns the analysis form of {@code text}: NFC, ignorable characters removed, digits folded
   * to ASCII. Offsets of the result do not match the input; use it only for analysis.
   */
  public static String forAnalysis(CharSequence text) {
    String nfc = nfc(text);
    StringBuilder out = null;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      char m = c < 0x80 ? 0 : Character.isSurrogate(c) ? SLOW : ANALYSIS[c];
      if (m == 0 && out == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(nfc.length()).append(nfc, 0, i);
      }
      if (m == 0) {
        out.append(c);
      } else if (m == SLOW) {
        int cp = nfc.codePointAt(i);
        i += Character.charCount(cp) - 1;
        if (!IGNORABLE.contains(cp)) {
          if (DIGITS.contains(cp)) {
            out.append((char) ('0' + UCharacter.digit(cp, 10)));
          } else {
            out.appendCodePoint(cp);
          }
        }
      } else if (m != DROP) {
        out.append(m);
      }
    }
    return out == null ? nfc : out.toString();
  }

  /** Per BMP character: 0 keep, {@link #DROP} drop, else its ASCII digit. */
  private static final char[] ANALYSIS = new char[0x10000];

  private static final char DROP = '\uFFFF';

  private static final char SLOW = '\uFFFE';

  static {
    // from the sets' ranges: a few hundred characters, not every one of the 65,536
    for (UnicodeSetIterator it = new UnicodeSetIterator(DIGITS); it.nextRange(); ) {
      for (int c = Math.max(0x80, it.codepoint); c <= Math.min(0xFFFF, it.codepointEnd); c++) {
        ANALYSIS[c] = (char) ('0' + UCharacter.digit(c, 10));
      }
    }
    for (UnicodeSetIterator it = new UnicodeSetIterator(IGNORABLE); it.nextRange(); ) {
      for (int c = Math.max(0x80, it.codepoint); c <= Math.min(0xFFFF, it.codepointEnd); c++) {
        ANALYSIS[c] = DROP;
      }
    }
  }

  /** Returns how many letters (Unicode category L) {@code text} holds. */
  public static int letterCount(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();

  /**
   * Returns the loose matching key of a word: compatibility-decomposed, case-folded (full
   * folding, so "ß" is "ss"), without combining marks (accents, Arabic short vowels and the
   * hamza carried by alef), without ignorable characters, digits in ASCII, and the letters that
   * Arabic-script writers use interchangeably made one (ى ی → ي, ک → ك, ة ۀ → ه, ٱ → ا).
   *
   * <pre>{@code
   * TextNormalizer.matchKey("Mañana");  // "manana"
   * TextNormalizer.matchKey("أَيّار");    // "ايار"
   * }</pre>
   */
  public static String matchKey(CharSequence word) {
    // Every step is a function of one character at a time (decomposition, full case folding,
    // dropping marks), so a word's key is its characters' keys in turn: computed once per
    // character of the Basic Multilingual Plane and kept.
    StringBuilder out = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isSurrogate(c)) {
        return slowMatchKey(word);
      }
      String k = CHAR_KEYS[c];
      if (k == null) {
        k = slowMatchKey(String.valueOf(c));
        CHAR_KEYS[c] = k;
      }
      if (out == null) {
        if (k.length() == 1 && k.charAt(0) == c) {
          continue; // unchanged so far
        }
        out = new StringBuilder(word.length()).append(word, 0, i);
      }
      out.append(k);
    }
    return out == null ? word.toString() : out.toString();
  }

  /** Keys of single characters, filled as they are met (a race only computes one twice). */
  private static final String[] CHAR_KEYS = new String[0x10000];

  private static String slowMatchKey(CharSequence word) {
    String folded = UCharacter.foldCase(NFKD.normalize(word), true);
    String decomposed = NFKD.normalize(folded);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || IGNORABLE.contains(cp)) {
        continue;
      }
      if (cp > 0x7f && DIGITS.contains(cp)) {
        out.append((char) ('0' + UCharacter.digit(cp, 10)));
        continue;
      }
      out.appendCodePoint(
          switch (cp) {
            case 0x0649, 0x06CC, 0x064A -> 0x064A;
            case 0x06A9 -> 0x0643;
            case 0x0629, 0x06C0, 0x06C1, 0x06D5 -> 0x0647;
            case 0x0671 -> 0x0627;
            default -> cp;
          });
    }
    return out.toString();
  }

}
