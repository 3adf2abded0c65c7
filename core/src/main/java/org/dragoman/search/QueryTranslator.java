package org.dragoman.search;

import java.util.List;

/**
 * Word translations between two languages of an archive, for finding articles in another language
 * than the query's: the archive's word lexicons ({@code Archive#lexicon}), learned from its own
 * translations.
 */
@FunctionalInterface
public interface QueryTranslator {

  /** Knows no translation. */
  QueryTranslator NONE = (from, to, term) -> List.of();

  /** A term of the target language's analysis and its probability given the source term. */
  record Translation(String term, float probability) {}

  /**
   * The likeliest translations of {@code term}, a term of {@code from}'s analysis (a stem), into
   * terms of {@code to}'s analysis, most probable first; empty when none is known.
   */
  List<Translation> translate(String from, String to, String term);
}
