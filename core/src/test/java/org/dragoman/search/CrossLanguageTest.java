package org.dragoman.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dragoman.text.NameKeys;
import org.junit.jupiter.api.Test;

class CrossLanguageTest {

  @Test
  void anchors_namesNumbersAndAcronyms_asArticlesHoldThem() {
    Set<String> a = CrossLanguage.anchors(
        List.of("How", "many", "points", "did", "the", "Panthers", "surrender", "in", "2015?",
            "12,282", "(CUPE)"));
    assertTrue(a.contains("l:panthers") && a.contains("k:" + NameKeys.key("Panthers")), a.toString());
    assertEquals(NameKeys.key("بانثرز"), NameKeys.key("Panthers"));
    assertTrue(a.contains("n:2015") && a.contains("n:12282"), a.toString());
    assertTrue(a.contains("l:cupe"), a.toString());
    assertTrue(a.stream().noneMatch(x -> x.contains("points") || x.contains("surrender")), a.toString());
    // "How" starts the question, but a capital is all a name has in a question
    assertTrue(a.contains("l:how"), a.toString());
  }

  @Test
  void anchors_wordsOfAnotherScript_giveTheirSkeletons_withAndWithoutVowelMarks() {
    Set<String> plain = CrossLanguage.anchors(List.of("بيركينهيد", "بانثرز"));
    Set<String> marked = CrossLanguage.anchors(List.of("بِيرْكِينْهِيد", "بَانْثَرْز"));
    assertEquals(Set.of("k:" + NameKeys.key("Birkenhead"), "k:" + NameKeys.key("Panthers")), plain);
    assertEquals(plain, marked);
    // skeletons of two consonants collide by chance across an archive: left out, as articles do
    assertTrue(CrossLanguage.anchors(List.of("عمار")).isEmpty());
  }
}
