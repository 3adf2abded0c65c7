package org.dragoman.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Segment;
import org.junit.jupiter.api.Test;

class AnnotatorTest {

  @Test
  void pieces_ofAHugeArabicParagraph_cutBetweenSentencesAndCoverItAll() {
    String sentence = "أُطلِقَ سراح الصحفي عمر حداد في الرابع من آذار بعد عامين. ";
    StringBuilder b = new StringBuilder();
    List<Segment> sentences = new ArrayList<>();
    while (b.length() < 3 * Annotator.PIECE_CHARS) {
      int start = b.length();
      b.append(sentence);
      sentences.add(new Segment(start, b.length() - 1, "ar"));
    }
    String text = b.toString();
    Segment paragraph = new Segment(0, text.length(), "ar");

    List<int[]> pieces = Annotator.pieces(text, paragraph, sentences);

    assertTrue(pieces.size() >= 3, "pieces: " + pieces.size());
    int at = 0;
    for (int[] p : pieces) {
      assertEquals(at, p[0], "pieces follow each other without a gap");
      assertTrue(p[1] - p[0] <= Annotator.PIECE_CHARS);
      at = p[1];
      if (at < text.length()) {
        assertEquals('.', text.charAt(at - 1), "cut after a sentence's full stop");
      }
    }
    assertEquals(text.length(), at);
  }

  @Test
  void pieces_ofOneSentenceLongerThanAPiece_cutAtSpaces() {
    String text = "عمال النسيج ".repeat(Annotator.PIECE_CHARS / 6);
    Segment paragraph = new Segment(0, text.length(), "ar");

    List<int[]> pieces = Annotator.pieces(text, paragraph, List.of(paragraph));

    assertTrue(pieces.size() >= 2);
    for (int[] p : pieces) {
      assertTrue(p[1] == text.length() || text.charAt(p[1] - 1) == ' ', "cut after a space");
    }
  }

  @Test
  void pieces_ofAnOrdinaryParagraph_isTheParagraph() {
    String text = "Omar Haddad was released on 4 March.";
    Segment paragraph = new Segment(0, text.length(), "en");
    List<int[]> pieces = Annotator.pieces(text, paragraph, List.of(paragraph));
    assertEquals(1, pieces.size());
    assertEquals(text.length(), pieces.get(0)[1]);
  }
}
