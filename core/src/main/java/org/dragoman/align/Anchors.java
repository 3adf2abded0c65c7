package org.dragoman.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.text.Scripts;
import org.dragoman.text.TextNormalizer;

/**
 * Language-independent anchors of a sentence: what a translation keeps as it is. Numbers in any
 * digits and grouping style ("12,282", "12.200", "١٢٬٢٨٢" all give 12282 or 12200), Latin-script
 * names and acronyms (capitalised words, CUPE, Twitter — found inside Arabic text as well),
 * hashtags, URLs, e-mail addresses, and question and exclamation marks.
 */
final class Anchors {

  private static final Pattern NUMBER =
      Pattern.compile("\\d+(?:[.,'’\\u066B\\u066C]\\d+|[\\u00A0 ]\\d{3}(?!\\d))*");
  private static final Pattern TAG_URL_MAIL = Pattern.compile(
      "#[\\p{L}\\d_]+|https?://\\S+|[\\w.+-]+@[\\w-]+\\.[\\w.]+");

  private Anchors() {}

  /** Returns the anchors of {@code sentence}, each a normalised string. */
  static List<String> of(String sentence) {
    String text = TextNormalizer.forAnalysis(sentence);
    List<String> out = new ArrayList<>();
    String rest = text;
    // the patterns only run where the one character they need is present
    if (text.indexOf('#') >= 0 || text.indexOf('@') >= 0 || text.indexOf("://") >= 0) {
      Matcher m = TAG_URL_MAIL.matcher(text);
      while (m.find()) {
        out.add(m.group().toLowerCase(Locale.ROOT));
      }
      rest = m.replaceAll(" ");
    }
    if (hasAsciiDigit(rest)) {
      Matcher n = NUMBER.matcher(rest);
      while (n.find()) {
        out.add("#" + number(n.group()));
      }
    }
    boolean latinScript = Scripts.isMostlyLatin(rest);
    boolean first = true;
    int len = rest.length();
    for (int i = 0; i < len; ) {
      if (!isLatin(rest.charAt(i))) {
        i++;
        continue;
      }
      int start = i++;
      while (i < len && continuesLatinWord(rest.charAt(i))) {
        i++;
      }
      boolean capital = Character.isUpperCase(rest.charAt(start));
      // In Latin-script text a capital at the start of a sentence says nothing; inside
      // non-Latin text every Latin word is a name, an acronym or a brand.
      if (i - start >= 2 && (!latinScript || (capital && !first) || isAcronym(rest, start, i))) {
        out.add(rest.substring(start, i).toLowerCase(Locale.ROOT));
      }
      first = false;
    }
    for (int i = 0; i < len; i++) {
      char c = rest.charAt(i);
      if (c == '?' || c == '؟') {
        out.add("?");
      } else if (c == '!') {
        out.add("!");
      }
    }
    return out;
  }

  private static boolean hasAsciiDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** {@code \p{IsLatin}}: the Unicode script Latin (letters and the few marks of its own). */
  private static boolean isLatin(char c) {
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return c >= 0xAA && Scripts.isLatin(c);
  }

  private static boolean continuesLatinWord(char c) {
    return isLatin(c) || c >= '0' && c <= '9' || c == '\'' || c == '’' || c == '-';
  }

  /**
   * The value of a number written with grouping separators or a decimal mark: a separator
   * followed by exactly three digits groups thousands, any other is the decimal mark.
   */
  static String number(String raw) {
    String[] parts = raw.split("[.,'’\\u066B\\u066C\\u00A0 ]");
    StringBuilder b = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].length() == 3) {
        b.append(parts[i]);
      } else {
        b.append('.').append(parts[i]);
      }
    }
    String v = b.toString().replaceFirst("^0+(?=\\d)", "");
    return v;
  }

  private static boolean isAcronym(String s, int from, int to) {
    int upper = 0;
    for (int i = from; i < to && upper < 2; i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        upper++;
      }
    }
    return upper >= 2;
  }

}
