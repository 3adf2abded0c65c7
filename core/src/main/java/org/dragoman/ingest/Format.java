package org.dragoman.ingest;

import java.util.Set;
import org.apache.tika.Tika;

/** The kinds of source Dragoman reads, from the media type Tika detects. */
enum Format {
  HTML,
  MARKDOWN,
  TEXT,
  /** Office and publishing formats, read through Tika's parsers. */
  DOCUMENT,
  UNSUPPORTED;

  private static final Tika TIKA = new Tika();

  private static final Set<String> DOCUMENTS =
      Set.of(
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/msword",
          "application/vnd.oasis.opendocument.text",
          "application/rtf",
          "application/epub+zip",
          "application/x-tika-ooxml",
          "application/x-tika-msoffice");

  static String detect(byte[] bytes, String name) {
    return TIKA.detect(bytes, name);
  }

  static Format of(String mediaType, String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
      return HTML;
    }
    if (mediaType.equals("text/x-web-markdown") || lower.endsWith(".md")
        || lower.endsWith(".markdown")) {
      return MARKDOWN;
    }
    if (mediaType.equals("text/plain")) {
      return TEXT;
    }
    if (DOCUMENTS.contains(mediaType)) {
      return DOCUMENT;
    }
    return UNSUPPORTED;
  }
}
