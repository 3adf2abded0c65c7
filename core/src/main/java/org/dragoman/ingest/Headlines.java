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

  /** Returns the headline, looking at paragraph {@code first} (earlier ones are not text). */
  static String headline(String text, List<Segment> paragraphs, int first) {
    if (paragraphs.size() < first + 2) {
      return null;
    }
    String line = paragraphs.get(first).text(text).strip();
    if (line.length() > MAX_CHARS || line.split("\\s+").length > MAX_WORDS) {
      return null;
    }
    char last = line.charAt(line.length() - 1);
    // A full stop (Latin, Arabic-script "۔"), comma or semicolon means running prose.
    if (".,;،؛۔".indexOf(last) >= 0) {
      return null;
    }
    return line;
  }
}
