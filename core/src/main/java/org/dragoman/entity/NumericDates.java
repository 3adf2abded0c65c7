package org.dragoman.entity;

import static org.dragoman.entity.DateFrame.NONE;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/** Dates written in digits only, in the order the locale's short date uses. */
final class NumericDates {
  private NumericDates() {}

  /** "DMY", "MDY" or "YMD": the order of the fields in the locale's short date pattern. */
  static String order(ULocale locale) {
    String pattern = ((SimpleDateFormat) DateFormat.getDateInstance(DateFormat.SHORT, locale)).toPattern();
    StringBuilder order = new StringBuilder();
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      char field = switch (c) {
        case 'd' -> 'D';
        case 'M', 'L' -> 'M';
        case 'y', 'u' -> 'Y';
        default -> 0;
      };
      if (!quoted && field != 0 && order.indexOf(String.valueOf(field)) < 0) {
        order.append(field);
      }
    }
    return order.length() == 3 ? order.toString() : "DMY";
  }
  /** "15/02/2014", "2015-3-3", "10.31.1974", "2/2013", "15.2.", "le 20 02 14". */
  static int read(List<Tokens.Token> tokens, int i, boolean lenient, String order, DateFrame f) {
    List<Tokens.Token> parts = new ArrayList<>();
    parts.add(tokens.get(i));
    String sep = null;
    int j = i + 1;
    while (j < tokens.size() && parts.size() < 3) {
      Tokens.Token t = tokens.get(j);
      if (!t.number() || t.digits() > 4) {
        break;
      }
      String gap = t.gap();
      if (sep == null) {
        if (gap.length() == 1 && "/-.".contains(gap)) {
          sep = gap;
        } else if (gap.isEmpty() && t.spaced() && lenient) {
          sep = " ";
        } else {
          break;
        }
      } else if (!(sep.equals(" ") ? gap.isEmpty() && t.spaced() : gap.equals(sep))) {
        break;
      }
      parts.add(t);
      j++;
    }
    if (parts.size() < 2) {
      return -1;
    }
    if (j < tokens.size() && tokens.get(j).number() && sep != null && !sep.equals(" ")
        && tokens.get(j).gap().equals(sep)) {
      return -1; // 1.2.3.4: a version or an address, not a date
    }
    int[] v = new int[parts.size()];
    int[] d = new int[parts.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = (int) parts.get(k).value();
      d[k] = parts.get(k).digits();
    }
    int day = NONE;
    int month;
    int year = NONE;
    boolean twoDigit = false;
    if (v.length == 3) {
      if (d[0] == 4) {
        year = v[0];
        month = v[1];
        day = v[2];
      } else {
        if (d[2] != 2 && d[2] != 4 || d[0] > 2 || d[1] > 2) {
          return -1;
        }
        boolean monthFirst = order.startsWith("M");
        month = monthFirst ? v[0] : v[1];
        day = monthFirst ? v[1] : v[0];
        year = v[2];
        twoDigit = d[2] == 2;
      }
    } else if (d[0] == 4) {
      year = v[0];
      month = v[1];
    } else if (d[1] == 4) {
      month = v[0];
      year = v[1];
    } else {
      if (!lenient || d[0] > 2 || d[1] > 2) {
        return -1; // "3/4" or "3.5" in running text is a fraction or a decimal, not a date
      }
      boolean monthFirst = order.startsWith("M");
      month = monthFirst ? v[0] : v[1];
      day = monthFirst ? v[1] : v[0];
    }
    if (month > 12 && day != NONE && day <= 12) {
      int swap = month;
      month = day;
      day = swap;
    }
    if (month < 1 || month > 12 || day != NONE && (day < 1 || day > 31)) {
      return -1;
    }
    f.day = day;
    f.month = month;
    f.year = year;
    f.twoDigitYear = twoDigit;
    f.numericParts = v.length;
    f.numericWithYear = year != NONE;
    f.lastKind = Integer.class;
    return j;
  }
}
