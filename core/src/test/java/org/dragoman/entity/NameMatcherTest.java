package org.dragoman.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

  static final List<String> NAMES = List.of("Karachi", "Toronto", "Birkenhead", "Tal", "Attilio",
      "Jeremy Corbyn", "Amar Fayaz", "Apsana Begum", "Montreal", "Vancouver");

  @Test
  void rank_arabicNames_putTheirLatinSpellingFirst() {
    assertEquals("Amar Fayaz", NameMatcher.rank("عمار فياز", NAMES).get(0));
    assertEquals("Toronto", NameMatcher.rank("تورونتو", NAMES).get(0));
    assertEquals("Birkenhead", NameMatcher.rank("بيركينهيد", NAMES).get(0));
    assertEquals("Jeremy Corbyn", NameMatcher.rank("جيريمي كوربين", NAMES).get(0));
    assertEquals("Vancouver", NameMatcher.rank("فانكوفر", NAMES).get(0));
  }

  @Test
  void rank_shortNameSharingASkeleton_losesToTheRightShape() {
    // Both have the skeleton "tl"; the vowels' places tell them apart.
    assertEquals("Attilio", NameMatcher.rank("أتيليو", List.of("Tal", "Attilio")).get(0));
  }

  @Test
  void similarity_isBetweenZeroAndOne() {
    double s = NameMatcher.similarity(NameMatcher.key("عَمّار"), NameMatcher.key("Ammar"));
    assertTrue(s > 0.7 && s <= 1, String.valueOf(s));
  }
}
