package org.dragoman.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dragoman.text.Segmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      // Arabic with its short vowels written, and the same without them
      "ar | وَقَدْ تَمَّ إِبْلَاغُ السُّلُطَاتِ وَالسِّفَارَاتِ بِأَعْدَادِ التَّوْقِيعَاتِ",
      "ar | وقد تم إبلاغ السلطات والسفارات بأعداد التوقيعات",
      // one language writes these scripts among those known
      "el | Η απεργία κηρύχθηκε μετά την απόλυση δύο εργαζομένων",
      "he | השביתה הוכרזה לאחר פיטוריהם של שני עובדים",
      "ko | 두 명의 노동자가 해고된 후 파업이 선포되었다",
      // Han alone is Chinese; with kana it is Japanese
      "zh | 两名工人被解雇后宣布罢工，工会要求恢复他们的工作",
      "ja | 二人の労働者が解雇された後、ストライキが宣言されました",
      // a script without statistics: the language CLDR names as its likeliest writer
      "am | ሁለት ሰራተኞች ከስራ ከተባረሩ በኋላ የስራ ማቆም አድማ ታወጀ",
      // Cyrillic languages told apart
      "ru | Забастовка была объявлена после увольнения двух рабочих",
      "uk | Страйк оголосили після звільнення двох працівників заводу",
      "bg | Стачката беше обявена след уволнението на двама работници",
      // Devanagari: Hindi and Marathi
      "hi | दो मजदूरों को नौकरी से निकाले जाने के बाद हड़ताल की घोषणा की गई",
      "mr | दोन कामगारांना कामावरून काढून टाकल्यानंतर संपाची घोषणा करण्यात आली",
  })
  void identify_byScriptThenStatistics(String expected, String text) {
    assertEquals(expected, LanguageIdentifier.shared().identify(text));
  }

  @Test
  void identify_urduPersianArabicOnOneShortLineEach() {
    assertEquals("ur", LanguageIdentifier.shared().identify("مزدوروں نے ہڑتال کر دی ہے"));
    assertEquals("fa", LanguageIdentifier.shared().identify("کارگران دست به اعتصاب زدند"));
    assertEquals("ar", LanguageIdentifier.shared().identify("أضرب العمال عن العمل اليوم"));
  }

  @Test
  void identify_latinNameInArabicText_staysArabic() {
    assertEquals("ar", LanguageIdentifier.shared().identify("أعلنت نقابة CUPE الإضراب في تورونتو يوم الاثنين"));
  }

  @Test
  void identify_symbolsAndDigitsOnly_isUndetermined() {
    assertEquals("und", LanguageIdentifier.shared().identify("١٢٬٢٨٢ — 12,282 %%% ***"));
  }

  @Test
  void clean_lowerCasesDropsPunctuationAndDigitsKeepsWordBreaks() {
    assertEquals("dont stop the  strike", LanguageIdentifier.clean("Don't stop the 3 strike!"));
  }
}
