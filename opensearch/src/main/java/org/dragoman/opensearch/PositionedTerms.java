package org.dragoman.opensearch;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Terms already analysed, with their positions, as one string: {@code "0:حق 2:عمل"}. A phrase
 * the search package built (its stop words left out, their places kept) goes to the cluster as
 * a {@code match_phrase} of this text, and the cluster's analyzer {@value AnalyzerNames#TERMS}
 * gives back the same terms at the same positions: the same phrase query, scored alike.
 */
public final class PositionedTerms {
  private PositionedTerms() {}

  /**
   * Encodes {@code terms} at {@code positions}.
   *
   * @throws IllegalArgumentException for a term with white space, which the encoding cannot hold
   */
  public static String encode(List<String> terms, int[] positions) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      String t = terms.get(i);
      if (t.isEmpty() || t.codePoints().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("A phrase term with white space cannot be sent: '"
            + t + "'");
      }
      b.append(i == 0 ? "" : " ").append(positions[i]).append(':').append(t);
    }
    return b.toString();
  }

  /** The analyzer that decodes them. */
  public static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new Decoder());
      }
    };
  }

  private static final class Decoder extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private String[] tokens;
    private int next;
    private int position;

    @Override
    public boolean incrementToken() throws IOException {
      if (tokens == null) {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[1024];
        for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
          all.append(buffer, 0, n);
        }
        String text = all.toString().strip();
        tokens = text.isEmpty() ? new String[0] : text.split(" ");
      }
      while (next < tokens.length) {
        String t = tokens[next++];
        int colon = t.indexOf(':');
        int at;
        try {
          at = colon > 0 ? Integer.parseInt(t.substring(0, colon)) : -1;
        } catch (NumberFormatException e) {
          at = -1;
        }
        if (at < 0 || at < position - 1) {
          continue; // not "POSITION:TERM" in order: nothing to give
        }
        clearAttributes();
        term.setEmpty().append(t, colon + 1, t.length());
        increment.setPositionIncrement(at - position + 1);
        position = at + 1;
        return true;
      }
      return false;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      tokens = null;
      next = 0;
      position = 0;
    }
  }
}
