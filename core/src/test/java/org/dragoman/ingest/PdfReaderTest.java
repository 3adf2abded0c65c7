package org.dragoman.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Report PDFs printed by headless Chromium from real news text (tools/make_reports.py): page
 * furniture, paragraphs across columns and pages, hyphenation, right-to-left lines.
 */
class PdfReaderTest {

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = PdfReaderTest.class.getResourceAsStream("/reports/" + name)) {
      return in.readAllBytes();
    }
  }

  private static Article read(String name) throws Exception {
    return ArticleReader.create(IngestOptions.defaults())
        .read("test:" + name, name, name, resource(name));
  }

  private static ExtractionScore.Gold gold(String name, boolean table) throws Exception {
    JsonNode g = JsonMapper.builder().build().readTree(resource(name));
    List<String> paragraphs = new ArrayList<>();
    g.get("paragraphs").forEach(p -> paragraphs.add(p.asString()));
    JsonNode two = g.path("layouts").path("two");
    if (table) {
      List<String> rows = new ArrayList<>();
      two.path("table").forEach(r -> {
        List<String> cells = new ArrayList<>();
        r.forEach(c -> cells.add(c.asString()));
        rows.add(String.join(" ", cells));
      });
      paragraphs.addAll(two.path("tableAfter").asInt(), rows);
    }
    return new ExtractionScore.Gold(g.get("title").asString(), paragraphs,
        table ? two.path("header").asString() : null);
  }

  @Test
  void arabicTwoColumnReport_paragraphsAsWritten_noFurniture_bracketsTheRightWay() throws Exception {
    Article a = read("ar-1.two.pdf");
    assertEquals("ar", a.language());
    // the running header and the page numbers in Arabic-Indic digits are gone
    assertFalse(a.text().contains("تقرير الحملة"), a.text());
    assertFalse(a.text().matches("(?s).*صفحة\\s*[٠-٩]+.*"), a.text());
    // brackets, a Latin word and a mark-bearing word as the source writes them
    assertTrue(a.text().contains("إلى MWPs (أعضاء في برلمان ويلز)."), a.text());
    assertTrue(a.text().contains("التي تقوم حاليًا بصياغة التشريعات"), a.text());
    assertTrue(a.text().contains("لحرف u."), a.text());
    // the table: a row a line, its cells apart, in reading order, numbers as written
    assertTrue(a.text().contains("الشمال | ١٢٠ | ٣ | ٢٠%"), a.text());
    ExtractionScore.Score s = ExtractionScore.score(gold("ar-1.json", true), a);
    assertEquals(0, s.furnitureLeft());
    assertEquals(0, s.mirroredBrackets());
    // nothing is lost: the furniture left out is kept beside the text
    assertTrue(a.furniture().contains("تقرير الحملة"), a.furniture().toString());
    assertTrue(a.furniture().contains("صفحة ١"), a.furniture().toString());
    assertTrue(s.wordErrorRate() <= 0.01, "WER " + s.wordErrorRate());
    // within 5 % of the source's paragraphs
    assertTrue(Math.abs(s.paragraphs() - s.sourceParagraphs()) <= s.sourceParagraphs() / 20,
        s.paragraphs() + " of " + s.sourceParagraphs());
  }

  @Test
  void englishReportWithPrinterHeaderAndFooter_bodyOnly() throws Exception {
    Article a = read("en-1.one.pdf");
    assertEquals("en", a.language());
    assertFalse(a.text().contains("file://"), a.text());
    assertTrue(a.furniture().stream().anyMatch(f -> f.contains("file://")), a.furniture().toString());
    assertFalse(a.text().matches("(?s).*\\d+/\\d+/\\d+, \\d+:\\d+.*"), a.text());
    assertTrue(a.text().lines().noneMatch(l -> l.strip().matches("\\d+/\\d+")), a.text());
    ExtractionScore.Score s = ExtractionScore.score(gold("en-1.json", false), a);
    assertEquals(0, s.furnitureLeft());
    assertTrue(s.wordErrorRate() <= 0.005, "WER " + s.wordErrorRate());
    assertTrue(Math.abs(s.paragraphs() - s.sourceParagraphs()) <= 2,
        s.paragraphs() + " of " + s.sourceParagraphs());
  }

  @Test
  void englishTwoColumnsHyphenated_wordsJoined_tableRowsKept() throws Exception {
    Article a = read("en-1.two.pdf");
    ExtractionScore.Score s = ExtractionScore.score(gold("en-1.json", true), a);
    assertEquals(0, s.hyphenSplits());
    assertEquals(0, s.furnitureLeft());
    assertTrue(s.wordErrorRate() <= 0.005, "WER " + s.wordErrorRate());
    assertTrue(a.text().contains("North | 120 | 3 | 20%"), a.text()); // a row a line, cells apart
    assertFalse(a.text().contains("altern-"), a.text());
    assertTrue(a.text().contains("alternatives"), a.text());
  }

  @Test
  void noTitleInTheMetadata_theFirstPagesHeadingByItsSize() throws Exception {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
          org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
      var page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        Object[][] lines = {{18f, "Dockers of Marseille"}, {18f, "stand by the sailors"},
            {11f, "The dockers stopped work on Monday morning and asked for the wages"},
            {11f, "agreed in March. Their union thanked the sailors for their support."}};
        float y = 740;
        for (Object[] l : lines) {
          cs.beginText();
          cs.setFont(font, (Float) l[0]);
          cs.newLineAtOffset(60, y);
          cs.showText((String) l[1]);
          cs.endText();
          y -= (Float) l[0] * 1.3f;
        }
      }
      doc.save(out);
      Article a = ArticleReader.create(IngestOptions.defaults())
          .read("test:h", "h", "h.pdf", out.toByteArray());
      assertEquals("Dockers of Marseille stand by the sailors", a.title());
      assertTrue(a.text().contains("asked for the wages agreed in March."), a.text());
    }
  }

  @Test
  void keepsHyphen_compoundsKeepIt_brokenWordsLoseIt() {
    Set<String> words = Set.of("well", "known", "consideration", "long-term", "long", "term");
    assertTrue(PdfReader.keepsHyphen("well", "known", words));
    assertTrue(PdfReader.keepsHyphen("long", "term", words));
    assertFalse(PdfReader.keepsHyphen("consider", "ation", words));
    assertFalse(PdfReader.keepsHyphen("altern", "atives", words));
  }

  @Test
  void furnitureKey_digitsAsWildcards() {
    assertEquals(PageFurniture.key("Page 3 of 5"), PageFurniture.key("Page 4 of 5"));
    assertEquals(PageFurniture.key("صفحة ٣"), PageFurniture.key("صفحة ١٢"));
    assertTrue(PageFurniture.isFurnitureLine("- 5 -"));
    assertTrue(PageFurniture.isFurnitureLine("صفحة ٥"));
    assertTrue(PageFurniture.isFurnitureLine("5/5"));
    assertFalse(PageFurniture.isFurnitureLine("Strikes rose by 5 in 2024."));
  }

  /** A PDF of {@code pages} pages, each a heading, two paragraphs and a page number. */
  private static byte[] manyPages(int pages, org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy protect)
      throws Exception {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
          org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
      for (int p = 1; p <= pages; p++) {
        var page = new org.apache.pdfbox.pdmodel.PDPage();
        doc.addPage(page);
        try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
          String[] names = {"Amar", "Nasreen", "Samira", "Jared", "Luke", "Mario", "Thomas"};
          String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
          String[] lines = {"Dockers' strike report", "", "The dockers of Marseille stopped work on "
              + days[p % days.length] + " morning, " + names[(p * 2) % names.length] + " said.",
              "They asked " + names[p % names.length]
              + " for the wages agreed in March.", "", names[(p * 3) % names.length]
              + " thanked the sailors of the " + (p % 2 == 0 ? "north" : "south") + " quay.",
              "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
              "The meeting on the quay ended with " + names[(p * 5) % names.length] + "."};
          float y = 740;
          for (String line : lines) {
            if (!line.isEmpty()) {
              cs.beginText();
              cs.setFont(font, 11);
              cs.newLineAtOffset(60, y);
              cs.showText(line);
              cs.endText();
            }
            y -= 14;
          }
          cs.beginText();
          cs.setFont(font, 9);
          cs.newLineAtOffset(290, 40);
          cs.showText(p + "/" + pages);
          cs.endText();
        }
      }
      if (protect != null) {
        doc.protect(protect);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void twoThousandPages_readInBoundedTime_headerAndPageNumbersGone() throws Exception {
    long t0 = System.nanoTime();
    Article a = ArticleReader.create(IngestOptions.defaults())
        .read("test:long", "long", "long.pdf", manyPages(2000, null));
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertTrue(seconds < 60, seconds + " s");
    assertFalse(a.text().contains("strike report"), "the running header is furniture");
    assertTrue(a.text().lines().noneMatch(l -> l.strip().matches("\\d+/2000")), "page numbers");
    assertTrue(a.text().contains("stopped work on Friday morning, Luke said."), "the body is kept");
    assertTrue(a.text().contains("The meeting on the quay ended with"), "the last body line too");
  }

  @Test
  void encryptedPdf_emptyUserPasswordOpens_aRealPasswordIsAClearFailure() throws Exception {
    var open = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "",
        new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
    Article a = ArticleReader.create(IngestOptions.defaults())
        .read("test:enc", "enc", "enc.pdf", manyPages(3, open));
    assertTrue(a.text().contains("wages agreed in March"), a.text());
    var locked = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "secret",
        new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
    SourceProblem p = org.junit.jupiter.api.Assertions.assertThrows(SourceProblem.class,
        () -> ArticleReader.create(IngestOptions.defaults())
            .read("test:locked", "locked", "locked.pdf", manyPages(3, locked)));
    assertTrue(p.getMessage().contains("encrypted or password-protected"), p.getMessage());
  }
}
