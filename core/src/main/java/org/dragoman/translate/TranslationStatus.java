package org.dragoman.translate;

import java.time.LocalDate;
import java.util.List;

/**
 * What still needs translating: for each translation group and each article alone, the target
 * languages present and missing, the translations that are stale, and how much of the source the
 * memory already covers in each missing language.
 *
 * @param targets the languages asked about
 * @param groups the translation groups
 * @param alone the articles with no translation
 */
public record TranslationStatus(List<String> targets, List<Entry> groups, List<Entry> alone) {

  public TranslationStatus {
    targets = List.copyOf(targets);
    groups = List.copyOf(groups);
    alone = List.copyOf(alone);
  }

  /**
   * One group, or one article alone.
   *
   * @param group the group's id, or null for an article alone
   * @param source the version the others translate (see {@link #source})
   * @param translations the other versions
   * @param present the target languages the group has
   * @param missing the target languages it lacks
   * @param stale the translations whose source changed after they were made
   * @param coverage for each missing language, the share of the source's sentences the memory
   *     already holds
   */
  public record Entry(String group, Member source, List<Member> translations, List<String> present,
      List<String> missing, List<Stale> stale, List<Coverage> coverage) {}

  /**
   * One version.
   *
   * @param id the article's id
   * @param language its language
   * @param title its title
   * @param published its date, or null
   * @param stale for a translation, whether its source changed since (null when unknown: the
   *     archive has no record of how it was made)
   * @param machineShare for a translation imported from XLIFF, the share of its words left as the
   *     machine drafted them; else null
   */
  public record Member(String id, String language, String title, LocalDate published,
      Boolean stale, Double machineShare) {}

  /**
   * A stale translation.
   *
   * @param id the translation's id
   * @param language its language
   * @param made when it was recorded as made from its source
   * @param changed the source's sentences that are new or changed since (numbered from 1)
   * @param removed how many of the source's sentences then are gone
   * @param affected the translation's sentences that rendered those sentences
   */
  public record Stale(String id, String language, String made, List<Sentence> changed,
      int removed, List<Sentence> affected) {}

  /** A sentence: its place (from 1) and text. */
  public record Sentence(int sentence, String text) {}

  /**
   * How much of a source the memory covers in one language.
   *
   * @param language the target language
   * @param sentences the source's sentences
   * @param exact those with an exact match (100)
   * @param fuzzy those with a fuzzy match of {@link #FUZZY_FLOOR} to 99
   * @param exactShare exact / sentences
   * @param fuzzyShare fuzzy / sentences
   */
  public record Coverage(String language, int sentences, int exact, int fuzzy, double exactShare,
      double fuzzyShare) {
    /** The lowest score counted as a fuzzy match. */
    public static final int FUZZY_FLOOR = 75;
  }
}
