package org.dragoman.translate;

import java.util.List;

/**
 * An article's sentences made ready for a translator: one unit per sentence, each with its best
 * target (a memory match, a machine draft, or none).
 *
 * @param article the source article's id
 * @param sourceHash the source article's content hash when the draft was made
 * @param from the source language
 * @param to the target language
 * @param title the source's title when it is not the text's first sentences, else null
 * @param units the units, in the order of the text
 */
public record Draft(String article, String sourceHash, String from, String to, String title,
    List<Unit> units) {

  public Draft {
    units = List.copyOf(units);
  }

  /** Where a unit's target came from. */
  public enum Origin {
    /** The translation memory. */
    tm,
    /** A machine translation engine. */
    mt,
    /** Nowhere: the translator starts from the source. */
    none
  }

  /**
   * One unit.
   *
   * @param id {@code s1}, {@code s2}… by the sentence's place in the article (from 1), or
   *     {@code title}
   * @param paragraph the paragraph the sentence is in (from 1; 0 for the title)
   * @param source the sentence
   * @param target the best target, or null
   * @param origin where the target came from
   * @param score for a memory match, its score; else null
   * @param detail for a memory match, the unit's origin; for a machine draft, the engine
   * @param notes the names and dates found in the sentence, with their values in the target
   *     language
   * @param failure why the engine gave no draft, or null
   */
  public record Unit(String id, int paragraph, String source, String target, Origin origin,
      Integer score, String detail, List<String> notes, String failure) {
    public Unit {
      notes = List.copyOf(notes);
    }
  }
}
