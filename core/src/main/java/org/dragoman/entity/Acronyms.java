package org.dragoman.entity;

import java.util.List;
import java.util.Set;

/** Acronyms: words of capitals, and the words before one whose initials it is. */
final class Acronyms {
  private Acronyms() {}

  /** "CUPE", "UN", "U.S.": two to eight letters, none lower case. */
  static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2 && letters <= 8;
  }

  /**
   * "Canadian Union of Public Employees (CUPE)": the acronym in brackets after words {@code
   * [start, end)} if its letters are their initials ({@code connectors} such as "of" aside), or null.
   */
  static String after(String text, List<Tokens.Token> tokens, int end, int start, Set<String> connectors) {
    if (end >= tokens.size() || !tokens.get(end).gap().equals("(")) {
      return null;
    }
    String acronym = text.substring(tokens.get(end).start(), tokens.get(end).end());
    if (!isAcronym(acronym)) {
      return null;
    }
    StringBuilder initials = new StringBuilder();
    for (int k = start; k < end; k++) {
      if (!connectors.contains(tokens.get(k).key())) {
        initials.append(Character.toUpperCase(text.charAt(tokens.get(k).start())));
      }
    }
    return initials.toString().equals(acronym) ? acronym : null;
  }
}
