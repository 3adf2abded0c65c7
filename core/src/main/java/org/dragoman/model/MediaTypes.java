package org.dragoman.model;

/** Short, familiar names for the media types Dragoman reads. */
public final class MediaTypes {
  private MediaTypes() {}

  /** A short name for a media type: html, pdf, docx, odt, markdown, text… */
  public static String shortName(String contentType) {
    if (contentType == null) {
      return "unknown";
    }
    String t = contentType.toLowerCase(java.util.Locale.ROOT);
    int semi = t.indexOf(';');
    if (semi >= 0) {
      t = t.substring(0, semi).strip();
    }
    return switch (t) {
      case "text/html", "application/xhtml+xml" -> "html";
      case "application/pdf" -> "pdf";
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "docx";
      case "application/msword" -> "doc";
      case "application/vnd.oasis.opendocument.text" -> "odt";
      case "application/rtf" -> "rtf";
      case "application/epub+zip" -> "epub";
      case "text/x-web-markdown", "text/markdown" -> "markdown";
      case "text/plain" -> "text";
      default -> t;
    };
  }
}
