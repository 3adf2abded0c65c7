package org.dragoman.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dragoman.text.Segmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ar | أطلقت حملة التضامن النقابي حملة تضامن أممية من أجل الإفراج عن الرفيق",
      "ur | فیصل آباد کی چار فیکٹریوں کے مزدوروں نے منگل کو کام چھوڑ دیا",
      "fa | کارگران چهار کارخانه در فیصل آباد روز سه‌شنبه دست از کار کشیدند",
      "en | The strike was called after two workers were dismissed for joining the union",
      "es | La huelga reunió a unos doce mil docentes en la plaza del ayuntamiento",
      "fr | La grève a rassemblé environ douze mille enseignants sur la place",
      "it | Lo sciopero è stato proclamato dopo il licenziamento di due lavoratori",
      "de | Der Streik wurde ausgerufen, nachdem zwei Arbeiter entlassen worden waren",
      "pt | A greve foi convocada depois que dois trabalhadores foram demitidos",
  })
  void identify_singleSentence_findsLanguage(String expected, String text) {
    assertEquals(expected, LanguageIdentifier.shared().identify(text));
  }

  @Test
  void identify_tooFewLetters_isUndetermined() {
    assertEquals("und", LanguageIdentifier.shared().identify("12,282 — !!"));
  }

  @Test
  void identify_mixedArticle_mainLanguageByLettersAndParagraphsEach() {
    String text = "أطلقت حملة التضامن النقابي الباكستاني حملة تضامن أممية من أجل الإفراج عن الرفيق عمار "
        + "فياز، وشارك فيها الطلاب والعمال من خمسين بلدا.\n"
        + "Statement of the union: we demand the release of our comrade.\n"
        + "وقد تم إبلاغ السلطات والسفارات الباكستانية بأعداد التوقيعات من مختلف البلدان.";
    var result = LanguageIdentifier.shared().identify(text, Segmenter.paragraphs(text));
    assertEquals("ar", result.language());
    assertEquals(List.of("ar", "en", "ar"),
        result.paragraphs().stream().map(p -> p.language()).toList());
  }
}
