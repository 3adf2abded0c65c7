package org.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeysTest {

  @Test
  void key_sameNameInArabicAndLatin_sameKey() {
    assertEquals(NameKeys.key("Adams"), NameKeys.key("آدامز"));
    assertEquals(NameKeys.key("Birkenhead"), NameKeys.key("بيركينهيد"));
    assertEquals(NameKeys.key("Toronto"), NameKeys.key("تورونتو"));
    assertEquals(NameKeys.key("Jones"), NameKeys.key("جونز"));
  }

  @Test
  void key_differentNames_differ() {
    assertNotEquals(NameKeys.key("Toronto"), NameKeys.key("Montreal"));
    assertNotEquals(NameKeys.key("عمار"), NameKeys.key("Karachi"));
  }
}
