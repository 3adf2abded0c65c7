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
