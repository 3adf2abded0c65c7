package org.dragoman.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void terminal_escapeSequencesAndControls_shownAsVisibleEscapes() {
    String hostile = "\u001b]0;owned\u0007Title \u001b[2Jcleared \u001b[8mhidden\u001b[0m\r\u009b";
    String safe = SafeText.terminal(hostile);
    assertEquals("\\x1b]0;owned\\x07Title \\x1b[2Jcleared \\x1b[8mhidden\\x1b[0m\\x0d\\x9b", safe);
    assertTrue(safe.chars().noneMatch(c -> c < 0x20 || c >= 0x7f && c <= 0x9f));
  }

  @Test
  void terminal_plainArabicWithDiacriticsAndNewlines_untouched() {
    String text = "أطلقوا سراح الصحفية سميرة حداد\nعُمّال المصانع\tفي فيصل آباد";
    assertSame(text, SafeText.terminal(text));
  }

  @Test
  void terminal_unbalancedBidiControls_balanced() {
    // an override left open would reverse everything printed after the title
    assertEquals("\u202Eعمار\u202C", SafeText.terminal("\u202Eعمار"));
    // a stray close is dropped; an isolate left open is closed
    assertEquals("a b\u2067عمار فياز\u2069", SafeText.terminal("a\u2069 b\u2067عمار فياز"));
    // a PDI closes the embeddings opened inside its isolate
    assertEquals("\u2068x\u202By\u202C\u2069z", SafeText.terminal("\u2068x\u202By\u2069z"));
    // balanced input stays as it is
    assertEquals("\u2068سميرة\u2069 \u202Aab\u202C", SafeText.terminal("\u2068سميرة\u2069 \u202Aab\u202C"));
  }

  @Test
  void xml_forbiddenCharacters_replaced_allowedKept() {
    assertEquals("a\uFFFDb\uFFFDc d\te\nf\rg", SafeText.xml("a\uFFFEb\uFFFFc\u0001d\te\nf\rg"));
    assertEquals("lone \uFFFD surrogate", SafeText.xml("lone \uD800 surrogate"));
    String emojiAndArabic = "\uD83D\uDE00 عَمّار";
    assertSame(emojiAndArabic, SafeText.xml(emojiAndArabic));
  }
}
