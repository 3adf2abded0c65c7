package org.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dragoman.model.Segment;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private static List<String> sentences(String text, String lang, Set<String> abbreviations) {
    return Segmenter.sentences(text, lang, abbreviations).stream().map(s -> s.text(text)).toList();
  }

  @Test
  void sentences_englishTitlesAndAbbreviations_doNotBreak() {
    String text = "Mr. Khan met Dr. Ali in the U.S. Embassy on Monday. They talked until 3 a.m. tomorrow, "
        + "he said. Then they left.";
    assertEquals(
        List.of("Mr. Khan met Dr. Ali in the U.S. Embassy on Monday.",
            "They talked until 3 a.m. tomorrow, he said.", "Then they left."),
        sentences(text, "en", Set.of("Mr.", "Dr.", "U.S.")));
  }

  @Test
  void sentences_amFollowedByCapital_breaks() {
    String text = "They were taken at around 1:30 a.m. Men in two vehicles drove them away.";
    assertEquals(2, sentences(text, "en", Set.of("Mr.")).size());
  }

  @Test
  void sentences_arabicWithoutSpacesAfterStops_breakOnStopAndQuestionMark() {
    // No paragraph breaks and no space after the full stop, as in pasted web text.
    String text = "أطلق سراح عمار فياز.كان قد اختطف يوم 08 نوفمبر 2020، حوالي الساعة 1:30 صباحا؛ "
        + "ثم ماذا؟ وقعت 12.200 عريضة من 50 بلدا.";
    List<String> s = sentences(text, "ar", Set.of());
    assertEquals(List.of("أطلق سراح عمار فياز.",
        "كان قد اختطف يوم 08 نوفمبر 2020، حوالي الساعة 1:30 صباحا؛ ثم ماذا؟",
        "وقعت 12.200 عريضة من 50 بلدا."), s);
  }

  @Test
  void sentences_urduFullStop_breaks() {
    String text = "مزدوروں نے کام چھوڑ دیا۔ وہ اجرت کا مطالبہ کر رہے ہیں۔";
    assertEquals(2, sentences(text, "ur", Set.of()).size());
  }

  @Test
  void paragraphs_lineBreaks_separateParagraphsWithOffsets() {
    String text = "Title\n\nFirst paragraph.\r\nSecond paragraph.  \n";
    List<Segment> p = Segmenter.paragraphs(text);
    assertEquals(3, p.size());
    assertEquals("First paragraph.", p.get(1).text(text));
    assertEquals(text.indexOf("Second"), p.get(2).start());
    assertEquals("Second paragraph.", p.get(2).text(text));
  }

  @Test
  void paragraphs_hardWrappedText_joinsLinesUntilBlankLine() {
    String text = "The international campaign demanding the release of our comrades\n"
        + "continues to build, with demonstrations at embassies all over the\n"
        + "world and thousands of signatures on the petition so far this week\n"
        + "from students, youth and workers.\n\n"
        + "We received a solidarity message from the teachers' union in Brazil\n"
        + "and from comrades in Mexico, Spain, Italy and Greece this morning.\n";
    assertTrue(Segmenter.looksHardWrapped(text));
    assertEquals(2, Segmenter.paragraphs(text).size());
  }

  @Test
  void lines_everyKindOfLineBreak_asTheRegularExpressionSplitsThem() {
    String text = "سطر أول\r\nsecond\rthird\u2028رابع\u0085\n\fend\r";
    assertEquals(List.of(text.split("\\R", -1)), Segmenter.lines(text, text.length()));
    // cut inside a CR LF: the CR ends its line, as in the substring
    int cut = text.indexOf('\n');
    assertEquals(List.of(text.substring(0, cut).split("\\R", -1)), Segmenter.lines(text, cut));
    assertEquals(List.of(""), Segmenter.lines("", 0));
  }
}
