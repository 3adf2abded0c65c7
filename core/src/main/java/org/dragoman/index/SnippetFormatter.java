package org.dragoman.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats each passage as its own snippet: matched words between {@code <mark>} and
 * {@code </mark>}, the rest HTML-escaped, white space folded (a line break shown as " · "). Markup around words leaves the
 * characters of right-to-left text in their logical order, so a snippet displays correctly in a
 * browser or a bidi-aware terminal.
 */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public Object format(Passage[] passages, String content) {
    List<String> out = new ArrayList<>(passages.length);
    for (Passage p : passages) {
      StringBuilder b = new StringBuilder();
      int pos = p.getStartOffset();
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = p.getMatchStarts()[i];
        int end = p.getMatchEnds()[i];
        if (start < pos) {
          continue;
        }
        escape(b, content, pos, start);
        b.append("<mark>");
        escape(b, content, start, end);
        b.append("</mark>");
        pos = end;
      }
      escape(b, content, pos, p.getEndOffset());
      // a passage that runs over a line break (a headline into its first paragraph) keeps the
      // break visible, as a middle dot, rather than reading as one sentence
      out.add(b.toString().strip().replaceAll("\\s*[\\n\\r\\u2029]\\s*", " · ")
          .replaceAll("\\s+", " "));
    }
    return out;
  }

  private static void escape(StringBuilder b, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        default -> b.append(c);
      }
    }
  }
}
