package org.dragoman.entity;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.text.TextNormalizer;

/**
 * Words and numbers of a text with their offsets, for the recognisers of this package.
 *
 * <p>A token is a run of letters (with their combining marks and joiners) or a run of decimal
 * digits of any script; everything else separates tokens. Each token keeps its loose matching
 * key ({@link TextNormalizer#matchKey}), its number value when it is digits, whether it touches
 * the token before it, and the punctuation between the two, so that recognisers can tell
 * "15.2." from "15. 2" and "14april" from "14 april".
 */
final class Tokens {

  /** One token: {@code [start, end)} in the text. */
  record Token(
      int start, int end, String key, boolean number, long value, int digits, boolean glued,
      boolean spaced, String gap) {

    boolean isWord() {
      return !number;
    }
  }

  private Tokens() {}

  static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int previousEnd = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isDigit(cp)) {
        int start = i;
        long value = 0;
        int digits = 0;
        while (i < n && isDigit(cp = text.codePointAt(i))) {
          if (digits < 18) {
            value = value * 10 + UCharacter.digit(cp, 10);
          }
          digits++;
          i += Character.charCount(cp);
        }
        out.add(token(text, start, i, previousEnd, true, value, digits, out.isEmpty()));
        previousEnd = i;
      } else if (isLetter(cp)) {
        int start = i;
        while (i < n) {
          cp = text.codePointAt(i);
          if (isLetter(cp) || isMark(cp) || (isJoiner(cp) && i + 1 < n && isLetter(text.codePointAt(i + 1)))) {
            i += Character.charCount(cp);
          } else {
            break;
          }
        }
        out.add(token(text, start, i, previousEnd, false, 0, 0, out.isEmpty()));
        previousEnd = i;
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }

  private static Token token(
      String text, int start, int end, int previousEnd, boolean number, long value, int digits,
      boolean first) {
    StringBuilder gap = null;
    boolean spaced = false;
    for (int k = previousEnd; k < start; k++) {
      char c = text.charAt(k);
      if (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        spaced = true;
      } else if (!TextNormalizer.IGNORABLE.contains(c)) {
        if (gap == null) {
          gap = new StringBuilder(start - k);
        }
        gap.append(c);
      }
    }
    boolean glued = !first && previousEnd == start;
    String key = number ? Long.toString(value) : TextNormalizer.matchKey(text.substring(start, end));
    return new Token(start, end, key, number, value, digits, glued, spaced,
        gap == null ? "" : gap.toString());
  }

  static boolean isDigit(int cp) {
    return UCharacter.getType(cp) == UCharacter.DECIMAL_DIGIT_NUMBER;
  }

  static boolean isLetter(int cp) {
    return UCharacter.isLetter(cp);
  }

  private static boolean isMark(int cp) {
    int t = UCharacter.getType(cp);
    return t == UCharacter.NON_SPACING_MARK || t == UCharacter.COMBINING_SPACING_MARK
        || t == UCharacter.ENCLOSING_MARK || cp == 0x0640;
  }

  private static boolean isJoiner(int cp) {
    return cp == 0x200C || cp == 0x200D;
  }

  /** Whether the whitespace-free text between two tokens holds only these characters. */
  static boolean gapWithin(Token t, String allowed) {
    for (int k = 0; k < t.gap().length(); k++) {
      if (allowed.indexOf(t.gap().charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }
}
