package org.dragoman.ingest;

import java.time.LocalDate;

/**
 * What a format reader got out of one source, before cleaning and analysis.
 *
 * @param text body text, paragraphs separated by line breaks
 * @param title title the source states, or {@code null}
 * @param published publication date the source states, or {@code null}
 * @param author author the source states, or {@code null}
 * @param canonicalUrl canonical URL the source states, or {@code null}
 * @param contentType detected media type
 * @param recognition how text without a text layer was recognised ("OCR: tesseract 5.3.0, ara,
 *     2 of 3 pages, confidence 0.91"), or {@code null}
 * @param furniture page furniture left out of the text, each distinct line once
 */
record Extracted(
    String text,
    String title,
    LocalDate published,
    String author,
    String canonicalUrl,
    String contentType,
    String recognition,
    java.util.List<String> furniture) {

  Extracted(String text, String title, LocalDate published, String author, String canonicalUrl,
      String contentType) {
    this(text, title, published, author, canonicalUrl, contentType, null, java.util.List.of());
  }
}
