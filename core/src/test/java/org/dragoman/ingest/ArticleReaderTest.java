package org.dragoman.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleReaderTest {
  private static final ArticleReader READER = ArticleReader.create(IngestOptions.defaults());

  static final String ARABIC =
      "باكستان: إطلاق سراح الرفيق عمار فياز!\n"
          + "توصلنا للتو بالخبر الرائع عن إطلاق سراح الرفيق عمار فياز اليوم. لقد تحقق إطلاق سراح الرفيق "
          + "عمار بفضل حملة التضامن الأممية العظيمة والناجحة التي نظمها الطلاب والشباب والعمال.";

  static final String LONG_PROSE = ("The dockers of Marseille stopped work on Monday against the "
      + "plan to privatise the container terminal, and the union said the strike would go on "
      + "until the port authority withdrew it. ").repeat(8).strip();

  private static Article read(String name, byte[] bytes) throws SourceProblem {
    return READER.read(name, "test:" + name, name, bytes);
  }

  @Test
  void read_htmlPage_keepsArticleBodyAndMetadataDropsFurniture() throws Exception {
    String html = """
        <html><head><title>Site | Strike news</title>
        <meta property="og:title" content="Garment workers strike in Faisalabad">
        <meta name="author" content="Editors">
        <link rel="canonical" href="https://example.org/strike">
        <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-03-14T09:30:00+05:00"}]}</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <div class="cookie-banner">We use cookies. <button>Accept all</button></div>
        <article><h1>Garment workers strike</h1>
        <p>More than 3,400 workers walked out on Tuesday.</p>
        <p>They demand   a living
        wage.</p>
        <div class="share-buttons">Share Tweet Email</div></article>
        <footer>All rights reserved</footer></body></html>""";
    Article a = read("strike.html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals("Garment workers strike in Faisalabad", a.title());
    assertEquals(LocalDate.of(2024, 3, 14), a.published());
    assertEquals("Editors", a.author());
    assertEquals("https://example.org/strike", a.canonicalUrl());
    assertEquals("Garment workers strike\nMore than 3,400 workers walked out on Tuesday.\n"
        + "They demand a living wage.", a.text());
    assertEquals("en", a.language());
    assertEquals(3, a.paragraphs().size());
  }

  @Test
  void read_arabicTextWithShareTweetAndSourceDebris_removesDebrisAndFindsHeadline() throws Exception {
    String text = "باكستان: إطلاق سراح الرفيق عمار فياز! Share Tweetتوصلنا للتو بالخبر الرائع عن إطلاق سراح "
        + "الرفيق عمار فياز اليوم.[Source]نشكر جميع أنصارنا على جهودهم الهائلة.";
    Article a = read("001.txt", text.getBytes(StandardCharsets.UTF_8));
    assertFalse(a.text().contains("Share"), a.text());
    assertFalse(a.text().contains("[Source]"), a.text());
    assertEquals("باكستان: إطلاق سراح الرفيق عمار فياز!", a.title());
    assertEquals("ar", a.language());
    assertEquals(3, a.paragraphs().size());
    assertEquals("نشكر جميع أنصارنا على جهودهم الهائلة.",
        a.sentences().get(a.sentences().size() - 1).text(a.text()));
  }

  @Test
  void read_shareLinesAmongParagraphs_removesTheLinesOnlyWhereTheyStandAlone() throws Exception {
    String text = "Strike at the port enters its third week\n\n"
        + "Dockers in Haifa said on Monday that they would stay out.\n"
        + "   Share   \n"
        + "Read more\n"
        + "Share this article: the union asked readers to share its appeal with friends abroad.\n"
        + "Advertisement\r\n"
        + "\u0627\u0644\u0625\u0636\u0631\u0627\u0628 \u0645\u0633\u062a\u0645\u0631. Print";
    Article a = read("debris.txt", text.getBytes(StandardCharsets.UTF_8));
    assertFalse(a.text().contains("Read more"), a.text());
    assertFalse(a.text().contains("Advertisement"), a.text());
    assertTrue(a.text().lines().noneMatch(l -> l.strip().equals("Share")), a.text());
    // a sentence that starts like a button caption, and a caption word inside a line, stay
    assertTrue(a.text().contains("Share this article: the union asked readers to share"), a.text());
    assertTrue(a.text().contains("\u0645\u0633\u062a\u0645\u0631. Print"), a.text());
  }

  @Test
  void containsIgnoreCase_findsTheWordInAnyCase_andNotAcrossTheEnd() {
    assertTrue(ArticleReader.containsIgnoreCase("Accept COOKIES to read on", "cookie"));
    assertTrue(ArticleReader.containsIgnoreCase("قبول Cookie", "cookie"));
    assertFalse(ArticleReader.containsIgnoreCase("no cooki", "cookie"));
    assertFalse(ArticleReader.containsIgnoreCase("", "cookie"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1256", "ISO-8859-6"})
  void read_arabicInEncoding_decodesExactly(String charset) throws Exception {
    byte[] bytes = ARABIC.getBytes(Charset.forName(charset));
    Article a = read("ar-" + charset + ".txt", bytes);
    assertEquals(ARABIC, a.text(), charset);
    assertEquals("ar", a.language());
  }

  @Test
  void read_shortArabicHeadlineAndRepeatedSentenceInWindows1256_isArabic() throws Exception {
    // 474 bytes: a headline and one sentence said three times, as a short notice is
    String sentence = "أعلن العمال الإضراب عن العمل حتى تُدفع الأجور المتأخرة منذ ثلاثة أشهر. ";
    String text = "إضراب عمال النسيج في المحلة\n" + sentence.repeat(3).strip() + " "
        + "وقالت النقابة إن المفاوضات مستمرة.";
    byte[] bytes = text.getBytes(Charset.forName("windows-1256"));
    assertTrue(bytes.length < 600, bytes.length + " bytes");
    Article a = read("notice.txt", bytes);
    assertEquals(text, a.text());
    assertEquals("ar", a.language());
    assertEquals("إضراب عمال النسيج في المحلة", a.title());
  }

  @Test
  void read_terminalEscapeSequences_areNotKeptInTheText() throws Exception {
    String hostile = "\u001b]0;owned\u0007Dockers strike in Marseille\n"
        + "The port \u001b[2Jstopped on Monday.\u001b[8m Hidden\u001b[0m words stay visible. "
        + "A bell\u0007 and a C1 control\u009b31m are gone too.\n"
        + LONG_PROSE; // under 1% of controls: read as text, as ingest allowed before
    Article a = read("escapes.txt", hostile.getBytes(StandardCharsets.UTF_8));
    assertEquals("Dockers strike in Marseille\nThe port stopped on Monday. Hidden words stay visible. "
        + "A bell and a C1 control are gone too.\n" + LONG_PROSE, a.text());
    assertEquals("Dockers strike in Marseille", a.title());
    assertTrue(a.text().chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Article 23 of the Declaration gives everyone the right to work. The union "
      + "cites it in its letter to the ministry.", "Path: the long march of the dockers to Marseille.\n"
      + "The march began on Monday and ended at the port."})
  void read_plainTextThatStartsLikeANewsHeader_isText(String text) throws Exception {
    Article a = read("letter.txt", text.getBytes(StandardCharsets.UTF_8));
    assertEquals("text/plain", a.contentType());
    assertEquals(text, a.text());
    assertEquals("en", a.language());
  }

  @Test
  void read_persianInWindows1256_isNotTakenForBrokenUtf8() throws Exception {
    // گ and پ are bytes 0x90 and 0x81 in Windows-1256: after a letter they now and then form
    // a valid UTF-8 pair, four times in this text, against over a hundred bytes that do not
    // (the code page has no Persian yeh: Persian written in it uses the Arabic one)
    String fa = "سازمان گفت که پليس پنج نفر را گرفت و پس از چند روز آزاد کرد، پرونده باز است. "
        + "جنگ و گرسنگي: پزشکان گروه گفتند پيک بعدي نزديک است. "
        + "کارگران کارخانه نساجي در اعتصاب هستند، و دستمزد مي‌خواهند.";
    Article a = read("fa-1256.txt", fa.getBytes(Charset.forName("windows-1256")));
    assertEquals(fa, a.text());
    assertEquals("fa", a.language());
  }

  @Test
  void read_utf8WithBom_dropsBom() throws Exception {
    byte[] body = "Hello solidarity campaign, the workers are free again.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals("Hello solidarity campaign, the workers are free again.", read("bom.txt", bytes).text());
  }

  @Test
  void read_utf16WithBom_decodes() throws Exception {
    byte[] bytes = ARABIC.getBytes(StandardCharsets.UTF_16); // big-endian with a BOM
    assertEquals(ARABIC, read("bom16.txt", bytes).text());
  }

  @Test
  void read_windows1252French_decodes() throws Exception {
    String fr = "Les enseignants de Séville signent un accord salarial après six semaines de grève. "
        + "« Nous avons montré que l'unité paie », a déclaré la porte-parole.";
    Article a = read("fr.txt", fr.getBytes(Charset.forName("windows-1252")));
    assertEquals(fr, a.text());
    assertEquals("fr", a.language());
  }

  @Test
  void read_markdownWithFrontMatter_takesTitleDateAndLinkWords() throws Exception {
    String md = """
        ---
        title: "Seville teachers sign pay deal"
        date: 2024-05-21
        ---
        # Seville teachers sign pay deal

        The strike, which began on 8 April, brought *12,500* teachers to [Plaza Nueva](https://example.org/plaza).
        """;
    Article a = read("deal.md", md.getBytes(StandardCharsets.UTF_8));
    assertEquals("Seville teachers sign pay deal", a.title());
    assertEquals(LocalDate.of(2024, 5, 21), a.published());
    assertTrue(a.text().endsWith("brought 12,500 teachers to Plaza Nueva."), a.text());
    assertFalse(a.text().contains("https://"), a.text());
  }

  @Test
  void read_plainTextDateline_givesPublicationDate() throws Exception {
    String text = "Dockers stand with stranded seafarers\n\n"
        + "MARSEILLE, 9 November 2023 — Since 2 November, 41 seafarers have been stranded aboard a cargo ship.";
    Article a = read("dockers.txt", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(LocalDate.of(2023, 11, 9), a.published());
    assertEquals("Dockers stand with stranded seafarers", a.title());
  }

  @Test
  void read_arabicDatelineLine_isDateNotTitle() throws Exception {
    String text = "القاهرة، 5 أكتوبر 2024\n\nعمال التوصيل في القاهرة ينظمون أنفسهم\n\n"
        + "بدأ عمال توصيل الطلبات في القاهرة تأسيس رابطة تدافع عن حقوقهم بعد أن خفّضت الشركات أجر التوصيل.";
    Article a = read("cairo.txt", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(LocalDate.of(2024, 10, 5), a.published());
    assertEquals("عمال التوصيل في القاهرة ينظمون أنفسهم", a.title());
  }

  @Test
  void read_hijriDateline_givesTheGregorianDay() throws Exception {
    // 1 Ramadan 1446 in the Umm al-Qura calendar is 1 March 2025; with Arabic-Indic digits too
    String text = "عمال الموانئ يضربون في جدة\n\n"
        + "جدة، 1 رمضان 1446 هـ — أضرب مئات من عمال الميناء في جدة مطالبين بزيادة الأجور.";
    assertEquals(LocalDate.of(2025, 3, 1), read("jeddah.txt", text.getBytes(StandardCharsets.UTF_8))
        .published());
    String eastern = "عمال الموانئ يضربون في جدة\n\n"
        + "جدة، ١ رمضان ١٤٤٦ هـ — أضرب مئات من عمال الميناء في جدة مطالبين بزيادة الأجور.";
    assertEquals(LocalDate.of(2025, 3, 1), read("jeddah2.txt",
        eastern.getBytes(StandardCharsets.UTF_8)).published());
    // Persian: the solar calendar (11 Esfand 1403 is 1 March 2025)
    String persian = "اعتصاب کارگران بندر\n\n"
        + "تهران، ۱۱ اسفند ۱۴۰۳ — صدها کارگر بندر برای افزایش دستمزد دست از کار کشیدند.";
    assertEquals(LocalDate.of(2025, 3, 1), read("tehran.txt",
        persian.getBytes(StandardCharsets.UTF_8)).published());
  }

  @Test
  void read_sentenceProseFirstLine_isNoTitle() throws Exception {
    String text = "We have just received the great news that Amar Fayaz has been released.\n"
        + "The security agencies dropped him at his village.";
    assertNull(read("000.txt", text.getBytes(StandardCharsets.UTF_8)).title());
  }

  @Test
  void read_docx_textAndTitle() throws Exception {
    byte[] docx = Fixtures.docx("Free the journalist", List.of(
        "Samira Haddad, a reporter, was arrested in Tunis on 27 January 2025.",
        "More than 200 journalists signed an open letter calling for her release."));
    Article a = read("haddad.docx", docx);
    assertEquals("Free the journalist", a.title());
    assertTrue(a.text().contains("More than 200 journalists signed"), a.text());
    assertEquals(2, a.paragraphs().size());
    assertEquals("en", a.language());
  }

  @Test
  void read_pdf_textAndTitle() throws Exception {
    byte[] pdf = Fixtures.pdf("Les dockers de Marseille", List.of(
        "Depuis le 2 novembre, 41 marins philippins sont bloques a bord du cargo.",
        "Les dockers ont refuse de decharger le navire tant que l'armateur ne paie pas."));
    Article a = read("dockers.pdf", pdf);
    assertEquals("Les dockers de Marseille", a.title());
    assertTrue(a.text().contains("41 marins philippins"), a.text());
    assertEquals("fr", a.language());
  }

  @Test
  void idFor_sameFileTwice_sameIdAndOtherFileOtherId(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "x");
    Path b = Files.writeString(dir.resolve("b.txt"), "x");
    assertEquals(ArticleReader.idFor(a), ArticleReader.idFor(dir.resolve(".").resolve("a.txt")));
    assertNotEquals(ArticleReader.idFor(a), ArticleReader.idFor(b));
  }
}
