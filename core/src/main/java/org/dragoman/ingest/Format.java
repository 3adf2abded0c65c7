package org.dragoman.ingest;

import java.util.Locale;
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

  /** Tika's detection, built at its first use: building it loads every parser's description. */
  private static final class Detection {
    static final Tika TIKA = new Tika();
  }

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

  /**
   * The media type of {@code bytes}: by their first bytes where a format we read announces
   * itself (PDF, RTF), by the name where it says text, Markdown or HTML and the bytes do not
   * start like a binary format; by Tika's detection otherwise (containers such as DOCX, ODT and
   * EPUB, unknown names). Tika's magic rules are kept for what needs them: they cost more than
   * reading a small article, and they take a plain text starting with "Article" or "Path:" for
   * a Usenet message.
   */
  static String detect(byte[] bytes, String name) {
    if (startsWith(bytes, "%PDF-")) {
      return "application/pdf";
    }
    if (startsWith(bytes, "{\\rtf")) {
      return "application/rtf";
    }
    if (!binarySignature(bytes)) {
      String lower = name.toLowerCase(Locale.ROOT);
      int dot = lower.lastIndexOf('.');
      String ext = dot < 0 ? "" : lower.substring(dot + 1);
      switch (ext) {
        case "txt", "text" -> {
          return "text/plain";
        }
        case "md", "markdown" -> {
          return "text/x-web-markdown";
        }
        case "html", "htm" -> {
          return "text/html";
        }
        case "xhtml" -> {
          return "application/xhtml+xml";
        }
        default -> { }
      }
    }
    String detected = Detection.TIKA.detect(bytes, name);
    // Tika's rules for news and mail headers fire on plain prose that starts with "Article"
    return detected.equals("message/news") ? "text/plain" : detected;
  }

  private static boolean startsWith(byte[] bytes, String ascii) {
    if (bytes.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if ((bytes[i] & 0xff) != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes start like a zip, OLE, PDF, gzip or image file, whatever the name says. */
  private static boolean binarySignature(byte[] b) {
    return startsWith(b, "PK\u0003\u0004") || startsWith(b, "%PDF") || startsWith(b, "\u001f\u008b")
        || b.length >= 4 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
            && (b[3] & 0xff) == 0xE0
        || b.length >= 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
        || b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
  }

  static Format of(String mediaType, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
      return HTML;
    }
    if (mediaType.equals("text/x-web-markdown") || lower.endsWith(".md")
        || lower.endsWith(".markdown")) {
      return MARKDOWN;
    }
    if (mediaType.equals("text/plain") || mediaType.equals("message/news")) {
      return TEXT;
    }
    if (DOCUMENTS.contains(mediaType)) {
      return DOCUMENT;
    }
    return UNSUPPORTED;
  }
}
