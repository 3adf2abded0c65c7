package org.dragoman.entity;

import java.util.List;
import org.dragoman.model.Mention;
import org.dragoman.model.Mention.Type;
import org.dragoman.text.TextNormalizer;

/** Numbers in running text, with their value whatever the digits and the grouping. */
final class NumberFinder {
  private static final String GROUPING = ",.'’٬ \u202f";

  private NumberFinder() {}


  /**
   * Numbers with grouping: a separator followed by exactly three digits groups thousands
   * ("12,282", "12.200", "١٢٬٢٨٢"); any other separator followed by digits is the decimal one.
   */
  static void find(String text, List<Tokens.Token> tokens, List<Mention> out) {
    for (int i = 0; i < tokens.size(); i++) {
      Tokens.Token t = tokens.get(i);
      if (!t.number() || i > 0 && tokens.get(i - 1).number() && !t.spaced() && t.gap().length() == 1) {
        continue;
      }
      StringBuilder digits = new StringBuilder(t.key());
      String decimals = null;
      int j = i + 1;
      char grouping = 0;
      while (j < tokens.size()) {
        Tokens.Token n = tokens.get(j);
        String gap = n.gap();
        boolean tight = n.number() && (gap.length() == 1 && !n.spaced() || gap.isEmpty() && n.spaced()
            && isNarrowSpace(text, tokens.get(j - 1).end(), n.start()));
        if (!tight) {
          break;
        }
        char sep = gap.isEmpty() ? ' ' : gap.charAt(0);
        if (decimals == null && n.digits() == 3 && GROUPING.indexOf(sep) >= 0
            && (grouping == 0 || grouping == sep) && !digits.toString().equals("0")) {
          grouping = sep;
          digits.append(text, n.start(), n.end());
        } else if (decimals == null && sep != grouping && ".,٫".indexOf(sep) >= 0) {
          decimals = text.substring(n.start(), n.end());
        } else {
          break;
        }
        j++;
      }
      if (j < tokens.size() && tokens.get(j).glued() && tokens.get(j).isWord()) {
        i = j - 1;
        continue; // "24th", "3G": an ordinal or a code
      }
      String value = ascii(digits.toString()).replaceFirst("^0+(?=\\d)", "");
      if (decimals != null) {
        value += "." + ascii(decimals);
      }
      int end = tokens.get(j - 1).end();
      out.add(Mention.of(Type.NUMBER, text.substring(t.start(), end), t.start(), end, value, null));
      i = j - 1;
    }
  }

  private static boolean isNarrowSpace(String text, int from, int to) {
    String between = text.substring(from, to);
    return between.length() == 1 && (between.charAt(0) == '\u202f' || between.charAt(0) == '\u00a0');
  }

  private static String ascii(String digits) {
    return TextNormalizer.forAnalysis(digits).replaceAll("\\D", "");
  }
}
