package org.dragoman.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.IndexableField;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import org.junit.jupiter.api.Test;

class SchemaTest {

  private static final String TEXT = "أطلق سراح عمار فياز يوم 08 نوفمبر 2020 وقال دُيَ 9866 شخصا";

  private static Article article() {
    return new Article("ar-1", "test:ar-1", "text/plain", "ar", null, LocalDate.of(2021, 1, 5),
        null, null, "hash", TEXT, List.of(), List.of(), Instant.EPOCH);
  }

  @Test
  void toDocument_dateMentionNotIso_isKeptButNotIndexedAsDays() {
    List<Mention> mentions = List.of(
        new Mention(Mention.Type.DATE, "08 نوفمبر 2020", 24, 38, "2020-11-08", "day", null,
            "gregory", null),
        new Mention(Mention.Type.DATE, "دُيَ 9866", 44, 53, "10487-12", "month", null,
            "persian", "9866-10"));
    var d = Schema.toDocument(article(), 1, List.of(), mentions);
    List<IndexableField> days = List.of(d.getFields(Schema.MENTIONED));
    assertEquals(1, days.size(), "only 2020-11-08 is a day of the index");
    assertEquals(LocalDate.of(2020, 11, 8).toEpochDay(), days.get(0).numericValue().longValue());
    assertEquals(2, Schema.mentions(d).size(), "both mentions are stored");
  }
}
