package org.dragoman.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dragoman.model.Mention;
import org.dragoman.model.Mention.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameTaggerTest {

  private static List<Mention> names(String language, String text) {
    return MentionFinder.forLanguage(language).find(text, LocalDate.of(2024, 3, 12), DatePreference.PAST)
        .stream().filter(m -> m.type().isEntity()).toList();
  }

  private static boolean has(List<Mention> ms, Type type, String text) {
    return ms.stream().anyMatch(m -> m.type() == type && m.text().equals(text));
  }

  @Test
  void shippedModels_tagPeopleOrganisationsAndPlacesInTheirLanguages() {
    // names the training news never saw
    List<Mention> en = names("en", "Nasreen Akhtar met Amar Fayaz in Lahore, and the European Commission"
        + " said Akhtar would travel to Brussels.");
    assertTrue(has(en, Type.PERSON, "Nasreen Akhtar") && has(en, Type.PERSON, "Amar Fayaz"), en::toString);
    assertTrue(has(en, Type.PLACE, "Lahore") && has(en, Type.PLACE, "Brussels"), en::toString);
    assertTrue(has(en, Type.ORGANISATION, "European Commission"), en::toString);
    // the surname alone later is the same person
    assertTrue(en.stream().anyMatch(m -> m.text().equals("Akhtar") && "person:nasreen-akhtar".equals(m.entity())), en::toString);

    List<Mention> es = names("es", "El presidente del Gobierno, Pedro Sánchez, viajó a Bruselas con la"
        + " ministra de Hacienda para reunirse con la Comisión Europea.");
    assertTrue(has(es, Type.PERSON, "Pedro Sánchez"), es::toString);
    assertTrue(has(es, Type.PLACE, "Bruselas"), es::toString);
    assertTrue(has(es, Type.ORGANISATION, "Comisión Europea"), es::toString);
  }

  @Test
  void arabic_withAndWithoutDiacritics_placesGetTheGazetteersId() {
    String plain = "وقال الرئيس الأمريكي جورج بوش إن القوات الأمريكية ستبقى في العراق، وزار رئيس الوزراء"
        + " البريطاني توني بلير بغداد أمس.";
    String marked = "وَقالَ الرَّئِيسُ الأمريكيُّ جُورْج بُوش إنَّ القُوّاتِ الأمريكيّةَ سَتَبْقَى في العِراق، وزارَ رَئِيسُ الوُزَراءِ"
        + " البريطانيُّ تُونِي بْلِير بَغْداد أمس.";
    for (String text : List.of(plain, marked)) {
      List<Mention> ar = names("ar", text);
      assertTrue(ar.stream().anyMatch(m -> m.type() == Type.PLACE && "place:iraq".equals(m.entity())), ar::toString);
      assertTrue(ar.stream().anyMatch(m -> m.type() == Type.PLACE && "place:baghdad".equals(m.entity())), ar::toString);
      assertTrue(ar.stream().anyMatch(m -> m.type() == Type.PERSON && m.text().endsWith(text == plain ? "بوش" : "بُوش")),
          ar::toString);
      for (Mention m : ar) {
        assertEquals(m.text(), text.substring(m.start(), m.end()));
      }
    }
  }

  @Test
  void aTitleMakesAPerson_aVerbAfterATitleIsNoName() {
    List<Mention> en = names("en", "Mr. Sutopo, the national disaster agency spokesman, spoke in Palu.");
    assertTrue(has(en, Type.PERSON, "Sutopo"), en::toString);
    List<Mention> ar = names("ar", "ولكن الرئيس قال إن المحادثات ستستمر في عمان.");
    assertTrue(ar.stream().noneMatch(m -> m.type() == Type.PERSON), ar::toString);
  }

  @Test
  void training_theSameDataGivesTheSameModel_andItTagsWhatItWasTaught(@TempDir Path tmp) throws IOException {
    StringBuilder conll = new StringBuilder();
    String[][] sentences = {
        {"Nasreen B-PER", "Akhtar I-PER", "spoke O", "in O", "Lahore B-LOC", ". O"},
        {"The O", "Punjab B-ORG", "Teachers I-ORG", "Union I-ORG", "met O", "Nasreen B-PER", "Akhtar I-PER", ". O"},
        {"Workers O", "in O", "Lahore B-LOC", "and O", "Karachi B-LOC", "struck O", ". O"},
    };
    for (int copy = 0; copy < 20; copy++) {
      conll.append("-DOCSTART- O\n\n");
      for (String[] s : sentences) {
        for (String line : s) {
          conll.append(line).append('\n');
        }
        conll.append('\n');
      }
    }
    Path data = Files.writeString(tmp.resolve("tiny.conll"), conll);
    NameTaggerTraining.Settings settings = new NameTaggerTraining.Settings(5, 12, 7, 50);
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    NameTaggerTraining.Report report = NameTaggerTraining.train("en", data, settings, a);
    NameTaggerTraining.train("en", data, settings, b);
    assertArrayEquals(a.toByteArray(), b.toByteArray());
    assertEquals(20, report.documents());
    Path model = Files.write(tmp.resolve("tiny.model"), a.toByteArray());
    List<Mention> ms = MentionFinder.withModel("en", model).find("Nasreen Akhtar went to Karachi .",
        LocalDate.of(2024, 1, 1), DatePreference.PAST);
    assertTrue(has(ms, Type.PERSON, "Nasreen Akhtar"), ms::toString);
    assertTrue(has(ms, Type.PLACE, "Karachi"), ms::toString);
  }

  @Test
  void aFileThatIsNoModel_isRefusedNamingIt(@TempDir Path tmp) throws IOException {
    Path junk = Files.writeString(tmp.resolve("junk.model"), "not a model");
    IOException e = assertThrows(IOException.class, () -> MentionFinder.withModel("en", junk));
    assertTrue(e.getMessage().contains("junk.model: not a name model"), e.getMessage());
  }
}
