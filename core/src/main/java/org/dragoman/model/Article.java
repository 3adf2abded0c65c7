package org.dragoman.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One text in one language, as read from one source, with its metadata and segments.
 *
 * <p>{@link #text()} is the article body exactly as it is stored and shown (NFC, with page debris
 * such as "Share Tweet" removed); every {@link Segment} offset points into it. Analysis works on
 * normalised copies and never changes it.
 *
 * @param id stable id: the same source always gets the same id
 * @param source where the article was read from (a path or URL)
 * @param contentType media type detected for the source, such as {@code text/html}
 * @param language BCP 47 tag of the article's main language, {@code und} when unknown
 * @param title the title, or {@code null} when the source states none
 * @param published publication date when the source states one, else {@code null}
 * @param author author when the source states one, else {@code null}
 * @param canonicalUrl canonical URL when the source states one, else {@code null}
 * @param contentHash SHA-256 of the source bytes, hex
 * @param text the stored body text
 * @param paragraphs paragraphs, in order, with their identified language
 * @param sentences sentences, in order
 * @param ingested when this version was read
 * @param recognition how its text was recognised from images of pages ("OCR: tesseract 5.3.0,
 *     ara, 1 of 1 pages, confidence 0.93"), or {@code null} when it was read
 * @param furniture the page furniture left out of the text (running headers and footers, page
 *     numbers), each distinct line once, as the source printed it: kept so that nothing is lost
 */
public record Article(
    String id,
    String source,
    String contentType,
    String language,
    String title,
    LocalDate published,
    String author,
    String canonicalUrl,
    String contentHash,
    String text,
    List<Segment> paragraphs,
    List<Segment> sentences,
    Instant ingested,
    String recognition,
    List<String> furniture) {

  /** An article whose text was read, not recognised from images. */
  public Article(String id, String source, String contentType, String language, String title,
      LocalDate published, String author, String canonicalUrl, String contentHash, String text,
      List<Segment> paragraphs, List<Segment> sentences, Instant ingested) {
    this(id, source, contentType, language, title, published, author, canonicalUrl, contentHash,
        text, paragraphs, sentences, ingested, null, List.of());
  }

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    furniture = furniture == null ? List.of() : List.copyOf(furniture);
    for (Segment s : paragraphs) {
      checkInside(s, text, "paragraph");
    }
    for (Segment s : sentences) {
      checkInside(s, text, "sentence");
    }
  }

  private static void checkInside(Segment s, String text, String kind) {
    if (s.end() > text.length()) {
      throw new IllegalArgumentException(
          kind + " " + s + " ends after the text (length " + text.length() + ")");
    }
  }

  /** Returns the title, or when the source has none, the start of the first sentence. */
  public String displayTitle() {
    if (title != null && !title.isBlank()) {
      return title;
    }
    String first = sentences.isEmpty() ? text : sentences.get(0).text(text);
    return Titles.shorten(first.strip(), 90);
  }
}
