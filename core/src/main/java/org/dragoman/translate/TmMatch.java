package org.dragoman.translate;

import java.util.List;

/**
 * A translation memory's answer to one segment.
 *
 * @param score 0 to 100: Dice's coefficient on character 4-grams × 100, less the penalties
 *     (see {@link TranslationMemory#lookup})
 * @param type how the match relates to the segment
 * @param source the memory's segment in the language looked up from
 * @param target its translation
 * @param origin where the unit came from
 * @param differences numbers, names and words the segment and the match do not share
 */
public record TmMatch(int score, Type type, String source, String target, String origin,
    List<Difference> differences) {

  public TmMatch {
    differences = List.copyOf(differences);
  }

  /** Match types, after Okapi's. */
  public enum Type {
    /** The same text, codes and spacing. */
    EXACT,
    /** The same text; its inline codes differ. */
    EXACT_TEXT_ONLY,
    /** A similar text: case, spacing, marks or words differ. */
    FUZZY
  }

  /**
   * A stretch where the segment and the match differ: a trap for a translator who takes the
   * match's translation as it is.
   *
   * @param type {@code number} (the stretch holds a number), {@code name} (a capitalised word
   *     inside the sentence), or {@code word}
   * @param query the segment's words there (empty when the match has words the segment lacks)
   * @param match the match's words there
   * @param target for a number, the same number as the match's translation writes it (in any
   *     digits), else null: what the translator has to change
   */
  public record Difference(String type, String query, String match, String target) {}
}
