package org.dragoman.ingest;

import java.util.List;
import org.dragoman.model.Segment;

/**
 * Whether the first paragraph of a plain text is its headline: short, a few words, not ended by
 * a full stop or a comma, and followed by more text.
 */
final class Headlines {

  static final int MAX_CHARS = 160;
  static final int MAX_WORDS = 24;

  private Headlines() {}

  static String headline(String text, List<Segment> paragraphs) {
    if (paragraphs.size() < 2) {
      return null;
    }
    String first = paragraphs.get(0).text(text).strip();
    if (first.length() > MAX_CHARS || first.split("\\s+").length > MAX_WORDS) {
      return null;
    }
    char last = first.charAt(first.length() - 1);
    // A full stop (Latin, Arabic-script "۔"), comma or semicolon means running prose.
    if (".,;،؛۔".indexOf(last) >= 0) {
      return null;
    }
    return first;
  }
}
