package org.dragoman.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Set;
import org.dragoman.model.Article;
import org.dragoman.text.Segmenter;
import org.junit.jupiter.api.Test;

class BitextTest {

  private static Article article(String language, String title, String text) {
    return new Article(language + "-1", "test", "text/plain", language, title, null, null, null,
        "hash", text, Segmenter.paragraphs(text),
        Segmenter.sentences(text, language, Set.of()), Instant.EPOCH);
  }

  @Test
  void headingSentences_titleAsFirstLine_countsItsSentences() {
    Article ar = article("ar", "باكستان: إطلاق سراح الرفيق عمار فياز!",
        "باكستان: إطلاق سراح الرفيق عمار فياز!\nتوصلنا للتو بالخبر الرائع. شكرا لأنصارنا.");
    assertEquals(1, Bitext.headingSentences(ar));
    SentenceAligner.Pair pair = Bitext.pair(
        article("en", null, "We have just received the great news. Thanks to our supporters."), ar);
    assertEquals(0, pair.sourceHeading());
    assertEquals(1, pair.targetHeading());
  }

  @Test
  void headingSentences_titleNotInTheText_isZero() {
    assertEquals(0, Bitext.headingSentences(article("en", "Workers win",
        "The strike ended on Monday. Workers won a raise.")));
    assertEquals(0, Bitext.headingSentences(article("en", "The strike ended on Monday. Workers",
        "The strike ended on Monday. Workers won a raise.")));
  }
}
