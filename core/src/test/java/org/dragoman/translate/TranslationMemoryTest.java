package org.dragoman.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationMemoryTest {
  @TempDir Path dir;

  private static final String EN = "The strike, which began on 8 April, brought around 12,500 teachers to Plaza Nueva.";
  private static final String ES = "La huelga, que empezó el 8 de abril, reunió a unos 12.500 docentes en la plaza Nueva.";
  private static final String AR = "أَضْرَبَ أكثر من ٣٤٠٠ عامل في أربعة مصانع للملابس في فيصل آباد يوم الثلاثاء.";
  private static final String AR_PLAIN = "أضرب أكثر من ٣٤٠٠ عامل في أربعة مصانع للملابس في فيصل آباد يوم الثلاثاء.";
  private static final String EN2 = "More than 3,400 garment workers at four factories in Faisalabad walked out on Tuesday.";

  private TranslationMemory memory() throws Exception {
    TranslationMemory tm = TranslationMemory.open(dir.resolve("memory"), true);
    tm.put(List.of(
        new TmUnit("u1", "k1", "archive a#s3 ↔ b#s3", Map.of("en", EN, "es", ES)),
        new TmUnit("u2", "k2", "archive c#s2 ↔ d#s2", Map.of("ar", AR, "en", EN2)),
        new TmUnit("u3", "k3", "tmx demo.tmx#7", Map.of("en", "The deal also caps classes at 22 pupils.",
            "es", "El acuerdo también limita las clases a 22 alumnos."), Map.of("en", 2))));
    tm.commit();
    return tm;
  }

  @Test
  void anExactSentenceIsExactAndBothDirectionsAnswer() throws Exception {
    try (TranslationMemory tm = memory()) {
      TmMatch m = tm.lookup(EN, "en", "es", 70, 5, Set.of()).get(0);
      assertEquals(100, m.score());
      assertEquals(TmMatch.Type.EXACT, m.type());
      assertEquals(ES, m.target());
      assertTrue(m.differences().isEmpty());
      TmMatch back = tm.lookup(ES, "es", "en", 70, 5, Set.of()).get(0);
      assertEquals(EN, back.target());
      assertEquals("archive a#s3 ↔ b#s3", back.origin());
    }
  }

  @Test
  void aChangedNumberIsAFuzzyMatchWithTheNumberMarkedAndFoundInTheTranslation() throws Exception {
    try (TranslationMemory tm = memory()) {
      List<TmMatch> found = tm.lookup(EN.replace("12,500", "12,282"), "en", "es", 70, 5, Set.of());
      TmMatch m = found.get(0);
      assertEquals(TmMatch.Type.FUZZY, m.type());
      assertTrue(m.score() >= 90 && m.score() <= 99, "score " + m.score());
      assertEquals(List.of(new TmMatch.Difference("number", "12,282", "12,500", "12.500")),
          m.differences());
    }
  }

  @Test
  void arabicWithAndWithoutShortVowelsMatchesAlmostExactly() throws Exception {
    try (TranslationMemory tm = memory()) {
      TmMatch m = tm.lookup(AR_PLAIN, "ar", "en", 70, 5, Set.of()).get(0);
      assertEquals(TmMatch.Type.FUZZY, m.type());
      assertEquals(99, m.score(), "only the marks differ: one point off");
      assertEquals(EN2, m.target());
      TmMatch changed = tm.lookup(AR.replace("٣٤٠٠", "٣٥٠٠"), "ar", "en", 70, 5, Set.of()).get(0);
      assertEquals("number", changed.differences().get(0).type());
      assertEquals("3,400", changed.differences().get(0).target(), "Arabic-Indic ٣٤٠٠ is 3,400");
    }
  }

  @Test
  void caseSpacingAndCodesCostAPointEach() throws Exception {
    try (TranslationMemory tm = memory()) {
      assertEquals(99, tm.lookup(EN.toUpperCase(java.util.Locale.ROOT), "en", "es", 70, 1, Set.of()).get(0).score());
      assertEquals(99, tm.lookup(EN.replace(" brought", "  brought"), "en", "es", 70, 1, Set.of()).get(0).score());
      TmMatch coded = tm.lookup("The deal also caps classes at 22 pupils.", "en", "es", 70, 1, Set.of()).get(0);
      assertEquals(TmMatch.Type.EXACT_TEXT_ONLY, coded.type());
      assertEquals(98, coded.score());
    }
  }

  @Test
  void belowTheMinimumOrAnotherLanguageOrAnExcludedKeyIsNoMatch() throws Exception {
    try (TranslationMemory tm = memory()) {
      assertTrue(tm.lookup("Teachers marched in Seville on Monday.", "en", "es", 70, 5, Set.of()).isEmpty());
      assertTrue(tm.lookup(EN, "en", "ar", 70, 5, Set.of()).isEmpty());
      assertTrue(tm.lookup(EN, "en", "es", 70, 5, Set.of("k1")).isEmpty());
      tm.deleteKey("k1");
      tm.commit();
      assertTrue(tm.lookup(EN, "en", "es", 70, 5, Set.of()).isEmpty());
      assertEquals(Set.of("k2", "k3"), tm.keys());
    }
  }

  @Test
  void aMatchIsFoundEvenWhenTheQuerysRarestGramsAreNowhereInTheMemory() throws Exception {
    try (TranslationMemory tm = TranslationMemory.open(dir.resolve("m2"), true)) {
      tm.put(List.of(new TmUnit("u1", "k", "o", Map.of(
          "en", "Samira Haddad, a reporter for the weekly Al-Manar, was arrested in Cairo on 3 March 2024.",
          "es", "Samira Haddad, reportera del semanario Al-Manar, fue detenida en El Cairo el 3 de marzo de 2024."))));
      tm.commit();
      List<TmMatch> m = tm.lookup("Samira Haddad, a reporter for the weekly Al-Manar, was arrested in Tunis on 27 January 2025.",
          "en", "es", 60, 5, Set.of());
      assertEquals(1, m.size());
      assertTrue(m.get(0).score() >= 60 && m.get(0).score() < 90, "score " + m.get(0).score());
      assertTrue(m.get(0).differences().stream().anyMatch(d -> d.type().equals("name") && d.query().contains("Tunis")),
          m.get(0).differences().toString());
    }
  }

  @Test
  void theDiceCoefficientIsOnDistinctFourGrams() {
    assertEquals(Set.of("the ", "he s", "e st", " str", "stri", "trik", "rike", "ike!"),
        Ngrams.of(Ngrams.normal("The  Strike!")));
    assertEquals("السلام", Ngrams.normal("السَّلَام"));
    assertEquals(0.5, Ngrams.dice(2, 4, 4));
  }

  @Test
  void machineShareCountsTheDraftsWordsLeftInOrder() {
    assertEquals(3, MachineShare.words("La huelga continúa hoy.", "La huelga sigue hoy."));
    assertEquals(0, MachineShare.words("Rodeo de campaña", ""));
    assertEquals(4, MachineShare.count("أضرب العمال يوم الثلاثاء"));
  }
}
