package org.dragoman.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.dragoman.Archive;
import org.dragoman.model.Article;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned Arabic report page (the first page of a Chromium-printed report, rendered at 300 dpi
 * and put back in a PDF as an image only) recognised by the real Tesseract of the machine.
 * {@code bin/test} installs Tesseract with its Arabic data when it is missing.
 */
class ScannedPdfTest {

  /** An image-only PDF of the first page of {@code resource}. */
  static byte[] scanOf(String resource) throws Exception {
    byte[] pdf;
    try (InputStream in = ScannedPdfTest.class.getResourceAsStream("/reports/" + resource)) {
      pdf = in.readAllBytes();
    }
    try (PDDocument text = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
      BufferedImage image = new PDFRenderer(text).renderImageWithDPI(0, 300, ImageType.GRAY);
      PDPage page = new PDPage(PDRectangle.A4);
      scan.addPage(page);
      PDImageXObject x = LosslessFactory.createFromImage(scan, image);
      try (PDPageContentStream s = new PDPageContentStream(scan, page)) {
        s.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      scan.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void scannedArabicPage_recognised_searchable_markedAsOcr(@TempDir Path tmp) throws Exception {
    assertTrue(Tesseract.languages().contains("ara"),
        "Tesseract with Arabic data is needed (bin/test installs it): " + Tesseract.languages());
    Path file = Files.write(tmp.resolve("report-scan.pdf"), scanOf("ar-1.two.pdf"));
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      archive.ingest(List.of(file));
      SearchResult found = archive.search(SearchRequest.of("برلمان ويلز"));
      assertEquals(1, found.total(), found.toString());
      Article a = archive.article(found.hits().get(0).id()).orElseThrow();
      assertEquals("ar", a.language());
      assertTrue(a.recognition().startsWith("OCR: tesseract"), a.recognition());
      assertTrue(a.recognition().contains("ara"), a.recognition());
      // the page's running header and number are furniture there too
      assertTrue(!a.text().contains("تقرير الحملة") && !a.text().contains("صفحة ١"), a.text());
      assertTrue(a.text().contains("أعضاء جمعية ويلز الوطنية"), a.text());
    }
  }

  @Test
  void garbageTextLayerOverAScan_recognisedInstead() throws Exception {
    byte[] scan = scanOf("en-1.one.pdf");
    byte[] garbled;
    try (PDDocument d = Loader.loadPDF(scan)) {
      // an invisible text layer of symbols over the page image, as a recognition with a font
      // of the wrong encoding leaves it
      PDPage page = d.getPage(0);
      try (PDPageContentStream s = new PDPageContentStream(d, page,
          PDPageContentStream.AppendMode.APPEND, true)) {
        var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        for (int k = 0; k < 30; k++) {
          s.beginText();
          s.setFont(font, 10);
          s.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
          s.newLineAtOffset(60, 760 - 20 * k);
          s.showText("#W$%&R *+=@^Q _|~ {Z}[] <>#$Y %&*+ =@^_V |~{} []<>K"); // letters too
          s.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      garbled = out.toByteArray();
    }
    assertTrue(PageRecognition.isGarbage("#W$%&R *+=@^Q _|~ {Z}[] <>#$Y %&*+ =@^_V |~{} []<>K"));
    assertTrue(!PageRecognition.isGarbage("The dockers of Marseille (CGT) stopped work: 40% of them."));
    Article a = ArticleReader.create(IngestOptions.defaults())
        .read("test:garbled", "garbled", "garbled.pdf", garbled);
    assertTrue(a.recognition() != null && a.recognition().contains("eng"), a.recognition());
    assertTrue(a.text().contains("Welsh"), a.text());
    assertTrue(!a.text().contains("#W$%&R"), a.text());
  }

  @Test
  void neverOcr_aScanIsAClearFailure_andATextPdfIsNotRecognised() throws Exception {
    ArticleReader never = ArticleReader.create(
        IngestOptions.defaults().withOcr(IngestOptions.Ocr.NEVER, null));
    SourceProblem p = org.junit.jupiter.api.Assertions.assertThrows(SourceProblem.class,
        () -> never.read("test:scan", "scan", "scan.pdf", scanOf("en-1.one.pdf")));
    assertTrue(p.getMessage().contains("no text"), p.getMessage());
    byte[] text;
    try (InputStream in = getClass().getResourceAsStream("/reports/en-1.one.pdf")) {
      text = in.readAllBytes();
    }
    assertNull(ArticleReader.create(IngestOptions.defaults())
        .read("test:t", "t", "t.pdf", text).recognition());
  }

  @Test
  void unknownOcrLanguage_namedWithTheInstallCommand() {
    ArticleReader reader = ArticleReader.create(
        IngestOptions.defaults().withOcr(IngestOptions.Ocr.AUTO, "zzz"));
    SourceProblem p = org.junit.jupiter.api.Assertions.assertThrows(SourceProblem.class,
        () -> reader.read("test:scan", "scan", "scan.pdf", scanOf("en-1.one.pdf")));
    assertTrue(p.getMessage().contains("'zzz'") && p.getMessage().contains("apt-get install"),
        p.getMessage());
  }
}
