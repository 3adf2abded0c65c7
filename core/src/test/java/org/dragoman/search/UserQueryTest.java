package org.dragoman.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserQueryTest {

  @Test
  void question_plainWords_questionMarkIsPunctuation() {
    UserQuery q = UserQuery.parse("من هو المسيح؟");
    assertTrue(q.plain());
    assertEquals(List.of("من", "هو", "المسيح؟"), q.words());
    UserQuery en = UserQuery.parse("How much oxygen?");
    assertTrue(en.plain());
    assertEquals(new UserQuery.Word("oxygen?", false), en.root().clauses().get(2).node());
  }

  @Test
  void typographicParenthesesAndColon_arePunctuationInAPlainQuestion() {
    UserQuery q = UserQuery.parse("the \"Early Day Motion\" (British Parliament):");
    assertTrue(q.plain());
    assertEquals(List.of(new UserQuery.Phrase("Early Day Motion")),
        q.root().clauses().stream().map(UserQuery.Clause::node)
            .filter(n -> n instanceof UserQuery.Phrase).toList());
    assertEquals(List.of("the", "Early", "Day", "Motion", "British", "Parliament", ":"), q.words());
  }

  @Test
  void operators_keepTheirMeaning() {
    UserQuery q = UserQuery.parse("\"living wage\" OR salar*");
    assertFalse(q.plain());
    List<UserQuery.Clause> c = q.root().clauses();
    assertEquals(new UserQuery.Clause(UserQuery.Occur.SHOULD, new UserQuery.Phrase("living wage")),
        c.get(0));
    assertEquals(new UserQuery.Clause(UserQuery.Occur.SHOULD, new UserQuery.Word("salar", true)),
        c.get(1));
    UserQuery and = UserQuery.parse("strike AND wage -police NOT army");
    List<UserQuery.Clause> a = and.root().clauses();
    assertEquals(3, a.size(), a.toString());
    assertTrue(a.get(0).node() instanceof UserQuery.Group g
        && g.clauses().stream().allMatch(x -> x.occur() == UserQuery.Occur.MUST));
    assertEquals(UserQuery.Occur.MUST_NOT, a.get(1).occur());
    assertEquals(UserQuery.Occur.MUST_NOT, a.get(2).occur());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "*", "???", "\"", "((", "))", "a:(b", "\"unclosed phrase",
      "أ[طال", "Lehrer/innen", "AND", "OR OR", "NOT", "- + !", "{x}^2~", "\u200F\u202Bعمار\u202C",
      "a AND (b OR (c AND", "title:strike"})
  void anyText_parses(String text) {
    UserQuery q = UserQuery.parse(text);
    for (String w : q.words()) {
      assertFalse(w.isEmpty(), text);
    }
  }

  @Test
  void unbalancedQuote_isPunctuation() {
    UserQuery q = UserQuery.parse("\"unclosed phrase");
    assertTrue(q.plain());
    assertEquals(List.of("unclosed", "phrase"), q.words());
  }

  @Test
  void veryLongText_isCut() {
    UserQuery q = UserQuery.parse("word ".repeat(10_000));
    assertTrue(q.root().clauses().size() <= UserQuery.MAX_CLAUSES);
  }
}
