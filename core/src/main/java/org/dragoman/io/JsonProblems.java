package org.dragoman.io;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** What is wrong with a JSON file, in one line: Jackson's reason and where, without its internals. */
public final class JsonProblems {
  private JsonProblems() {}

  /** "Unexpected end-of-input in VALUE_STRING, at line 1, column 101", say. */
  public static String describe(JacksonException e) {
    String m = e.getOriginalMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    m = m.replaceAll("\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)", "").replaceAll("\\s+", " ");
    TokenStreamLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      m += ", at line " + at.getLineNr() + ", column " + at.getColumnNr();
    } else if (at != null && at.getByteOffset() >= 0) {
      m += ", at byte " + at.getByteOffset();
    }
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }
}
