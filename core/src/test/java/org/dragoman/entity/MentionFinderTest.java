package org.dragoman.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dragoman.model.Mention;
import org.dragoman.model.Mention.Type;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2021, 1, 5);

  private static List<Mention> find(String lang, String text) {
    return MentionFinder.forLanguage(lang).find(text, PUBLISHED, DatePreference.PAST);
  }

  private static List<String> values(List<Mention> ms, Type type) {
    return ms.stream().filter(m -> m.type() == type).map(Mention::value).toList();
  }

  @Test
  void numbersInEveryDigitAndGroupingStyle() {
    assertEquals(List.of("12282", "50"), values(find("en", "12,282 signatures from 50 countries"), Type.NUMBER));
    assertEquals(List.of("12200", "50"), values(find("ar", "أكثر من 12.200 توقيع من 50 دولة"), Type.NUMBER));
    assertEquals(List.of("12282"), values(find("ar", "١٢٬٢٨٢ توقيعاً"), Type.NUMBER));
    assertEquals(List.of("3.5"), values(find("en", "a rise of 3.5 points"), Type.NUMBER));
    assertEquals(List.of("37000", "1000000"), values(find("en", "37,000 workers and 1,000,000 leaflets"), Type.NUMBER));
  }

  @Test
  void dateRangesBecomeIntervals() {
    assertEquals(List.of("2020-11-08/2020-11-10"), values(find("en", "Protests on 8–10 November 2020 in Karachi."), Type.DATE));
    assertEquals(List.of("2020-11-08/2020-12-03"),
        values(find("en", "From 8 November 2020 - 3 December 2020 he was held."), Type.DATE));
    assertEquals(List.of("2020-11-08/2020-11-10"), values(find("ar", "احتجاجات يوم 8-10 نوفمبر 2020"), Type.DATE));
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Supporters wrote to #FreeAmarFayaz at info@example.org and https://example.org/amar.";
    for (Mention m : find("en", text)) {
      assertEquals(m.text(), text.substring(m.start(), m.end()));
    }
    List<Mention> ms = find("en", text);
    assertEquals(List.of("freeamarfayaz"), values(ms, Type.HASHTAG));
    assertEquals(List.of("info@example.org"), values(ms, Type.EMAIL));
    assertEquals(List.of("https://example.org/amar"), values(ms, Type.URL));
  }

  @Test
  void latinNamesByCapitalsCuesAndGazetteer() {
    List<Mention> ms = find("en", "Comrade Amar Fayaz was taken in Karachi. Letters came from CUPE Canada and "
        + "the Canadian Union of Public Employees (CUPE). Amar thanked them.");
    assertTrue(ms.stream().anyMatch(m -> m.type() == Type.PERSON && m.text().equals("Amar Fayaz")), ms::toString);
    assertTrue(ms.stream().anyMatch(m -> m.type() == Type.PLACE && m.entity().equals("place:karachi")), ms::toString);
    assertTrue(ms.stream().anyMatch(m -> m.type() == Type.ORGANISATION && m.text().equals("CUPE")), ms::toString);
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Canadian Union of Public Employees")
        && m.entity().equals("organisation:cupe")), ms::toString);
    assertTrue(ms.stream().filter(m -> m.text().equals("CUPE")).allMatch(m -> m.type() == Type.ORGANISATION
        && "organisation:cupe".equals(m.entity())), ms::toString);
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Amar") && m.entity().equals("person:amar-fayaz")), ms::toString);
  }

  @Test
  void arabicNamesFromCueWordsAndPlacesFromCldr() {
    List<Mention> ms = find("ar", "أُطلق سراح الرفيق عمار فياز في كراتشي، وشكرت نقابة CUPE الجميع.");
    assertTrue(ms.stream().anyMatch(m -> m.type() == Type.PERSON && m.text().equals("عمار فياز")), ms::toString);
    assertTrue(ms.stream().anyMatch(m -> m.type() == Type.PLACE && "place:karachi".equals(m.entity())), ms::toString);
    assertTrue(ms.stream().anyMatch(m -> m.type() == Type.ORGANISATION && m.text().contains("CUPE")), ms::toString);
    List<Mention> expansion = find("ar", "وقّعت النقابات، والاتحاد الكندي للموظفين العموميين (CUPE)، رسالة.");
    assertTrue(expansion.stream().anyMatch(m -> m.text().equals("الاتحاد الكندي للموظفين العموميين")
        && "organisation:cupe".equals(m.entity())), expansion::toString);
  }

  @Test
  void oneEntityAcrossScriptsWithAndWithoutDiacritics() {
    List<EntityCatalogue.Occurrence> occ = List.of(
        new EntityCatalogue.Occurrence("en1", "en", Mention.of(Type.PERSON, "Amar Fayaz", 0, 10, "Amar Fayaz", "person:amar-fayaz")),
        new EntityCatalogue.Occurrence("ar1", "ar", Mention.of(Type.PERSON, "عمار فياز", 0, 9, "عمار فياز", "person:mar-fyaz")),
        new EntityCatalogue.Occurrence("ar2", "ar", Mention.of(Type.PERSON, "عَمّار فَيّاز", 0, 13, "عَمّار فَيّاز", "person:x")),
        new EntityCatalogue.Occurrence("en2", "en", Mention.of(Type.PERSON, "Omar Khan", 0, 9, "Omar Khan", "person:omar-khan")));
    EntityCatalogue c = EntityCatalogue.build(occ, List.of());
    EntityCatalogue.Entity amar = c.get("person:amar-fayaz").orElseThrow();
    assertEquals(3, amar.articles());
    assertEquals(List.of("عمار فياز", "عَمّار فَيّاز").size(), amar.labels().get("ar").size());
    assertTrue(c.get("person:omar-khan").isPresent());
    // an editor's alias and split survive a rebuild from the same mentions
    EntityCatalogue edited = EntityCatalogue.build(occ, List.of(
        new EntityCatalogue.Edit("alias", List.of(), "person:amar-fayaz", "Ammar Fayyaz"),
        new EntityCatalogue.Edit("split", List.of("person:amar-fayaz"), "person:other", "عَمّار فَيّاز")));
    assertTrue(edited.get("person:amar-fayaz").orElseThrow().terms().contains("PERSON:ammar fayyaz"));
    // the split takes that written name with or without its vowel marks: both Arabic articles
    assertEquals(2, edited.get("person:other").orElseThrow().articles());
    assertEquals(1, edited.get("person:amar-fayaz").orElseThrow().articles());
  }

  @Test
  void garbageGivesNoAbsurdMentions() {
    StringBuilder shout = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      shout.append("Word").append(i % 7 == 0 ? "" : "s").append(' ');
    }
    List<Mention> ms = find("en", shout.toString());
    assertTrue(ms.stream().noneMatch(m -> m.type() == Type.PERSON), "10,000 capitalised words are no person");
    assertTrue(find("en", "A B C . , ; 05/06/07 !!!").stream().noneMatch(m -> m.type() == Type.PERSON));
    assertTrue(find("ar", "٫٫٫ ؟؟؟ ،،،").isEmpty());
  }
}
