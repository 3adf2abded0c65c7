package org.dragoman.model;

import java.util.Locale;

/**
 * A span of an article's stored text that names something, with its normalised value.
 *
 * @param type what is named
 * @param text the words as written
 * @param start offset of the first character in the article's text
 * @param end offset after the last character
 * @param value the normalised value: ISO 8601 for a date ("2020-11-08"), the number for a
 *     number ("12282"), the address for a URL or e-mail, the tag for a hashtag, the canonical
 *     label for a name; {@code null} when the words could not be resolved ("31 February")
 * @param grain for a date: day, week, month or year; otherwise {@code null}
 * @param entity for a person, organisation or place: the entity id ("person:amar-fayaz")
 * @param calendar for a date written in another calendar: its name ("islamic-umalqura")
 * @param original for such a date: its reading in that calendar ("1442-09-15")
 */
public record Mention(
    Type type, String text, int start, int end, String value, String grain, String entity,
    String calendar, String original) {

  /** What a mention names. */
  public enum Type {
    PERSON, ORGANISATION, PLACE, DATE, NUMBER, HASHTAG, URL, EMAIL;

    /** Whether mentions of this type refer to a catalogue entity. */
    public boolean isEntity() {
      return this == PERSON || this == ORGANISATION || this == PLACE;
    }

    /**
     * The type named {@code name}, in any case; {@code ORGANIZATION} and {@code ORG} are
     * {@link #ORGANISATION}.
     *
     * @throws IllegalArgumentException naming the name and the types there are
     */
    public static Type parse(String name) {
      String n = name.strip().toUpperCase(Locale.ROOT);
      if (n.equals("ORGANIZATION") || n.equals("ORG")) {
        n = "ORGANISATION";
      }
      try {
        return valueOf(n);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Unknown type '" + name + "': use PERSON, ORGANISATION,"
            + " PLACE, DATE, NUMBER, HASHTAG, URL or EMAIL", e);
      }
    }
  }

  /** A mention with no date fields. */
  public static Mention of(Type type, String text, int start, int end, String value, String entity) {
    return new Mention(type, text, start, end, value, null, entity, null, null);
  }

  /** This mention with another entity id (after the catalogue resolved it). */
  public Mention withEntity(String id) {
    return new Mention(type, text, start, end, value, grain, id, calendar, original);
  }
}
