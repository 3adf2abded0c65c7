package org.dragoman.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

  static Lexicon trained() {
    List<List<String>> en = new ArrayList<>();
    List<List<String>> ar = new ArrayList<>();
    String[][] pairs = {{"strike workers", "اضراب عمال"}, {"strike union", "اضراب نقابه"},
        {"workers union", "عمال نقابه"}, {"release workers", "اطلاق عمال"}};
    for (int k = 0; k < 5; k++) {
      for (String[] p : pairs) {
        en.add(List.of(p[0].split(" ")));
        ar.add(List.of(p[1].split(" ")));
      }
    }
    return Lexicon.train(en, ar, 5);
  }

  @Test
  void train_cooccurringWords_becomeEachOthersBestTranslation() {
    Lexicon l = trained();
    int strike = l.sourceId("strike");
    float right = l.forward(strike, l.targetId("اضراب"));
    float wrong = l.forward(strike, l.targetId("عمال"));
    assertTrue(right > 0.5 && right > 3 * wrong, right + " vs " + wrong);
  }

  @Test
  void translations_likeliestFirst_bothDirections_unknownWordNone() {
    Lexicon l = trained();
    List<Lexicon.Translation> strike = l.translations("strike", 3, 0.01f);
    assertEquals("اضراب", strike.get(0).word());
    for (int k = 1; k < strike.size(); k++) {
      assertTrue(strike.get(k - 1).probability() >= strike.get(k).probability(), strike.toString());
    }
    assertEquals("strike", l.reversed().translations("اضراب", 1, 0.01f).get(0).word());
    assertTrue(l.translations("solidarity", 3, 0f).isEmpty());
    assertTrue(l.knows("union") && !l.knows("solidarity"));
    assertTrue(l.translations("strike", 3, 0.99f).isEmpty());
  }

  @Test
  void writeRead_andReversed_keepProbabilities() throws Exception {
    Lexicon l = trained();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    l.write(new DataOutputStream(bytes));
    Lexicon back = Lexicon.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(l.size(), back.size());
    assertEquals(l.pairs(), back.pairs());
    int s = back.sourceId("union");
    int t = back.targetId("نقابه");
    assertEquals(l.forward(l.sourceId("union"), l.targetId("نقابه")), back.forward(s, t));
    Lexicon r = back.reversed();
    assertEquals(back.forward(s, t), r.backward(r.sourceId("نقابه"), r.targetId("union")));
    assertEquals(back.backward(s, t), r.forward(r.sourceId("نقابه"), r.targetId("union")));
  }
}
