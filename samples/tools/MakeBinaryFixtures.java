// Writes the binary files of the sample corpus (DOCX and PDF) from the texts below, with the
// Apache POI and PDFBox libraries that Tika already brings. Run from the repository root:
//   ./mvnw -q -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
//   java -cp "$(cat /tmp/cp.txt)" samples/tools/MakeBinaryFixtures.java
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

public class MakeBinaryFixtures {
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of("samples/corpus");
    docx(corpus.resolve("journalist-haddad.en.docx"), "Free the journalist Samira Haddad", List.of(
        "Samira Haddad, a reporter for the weekly Al-Manar, was arrested in Tunis on 27 January 2025 after publishing an investigation into phosphate exports.",
        "She has been charged under Decree 54, a law that press unions say is used to silence critics. More than 200 journalists signed an open letter calling for her release.",
        "The National Union of Tunisian Journalists (SNJT) has called a protest outside the courthouse on Thursday.",
        "Please add your name to the petition and share it with the hashtag #FreeSamira."));
    pdf(corpus.resolve("marseille-dockers.fr.pdf"), "Les dockers de Marseille soutiennent les marins bloqués", List.of(
        "Depuis le 2 novembre, 41 marins philippins sont bloqués à bord du cargo Aurora Star dans le port de Marseille, sans salaire depuis quatre mois.",
        "Les dockers de la CGT ont refusé de décharger le navire tant que l'armateur ne paie pas les 186 000 euros dus à l'équipage.",
        "« Un marin n'est pas une marchandise », a rappelé Karim Benali, secrétaire du syndicat.",
        "La Fédération internationale des ouvriers du transport (ITF) suit le dossier."));
  }

  static void docx(Path out, String title, List<String> paragraphs) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); FileOutputStream os = new FileOutputStream(out.toFile())) {
      doc.getProperties().getCoreProperties().setTitle(title);
      doc.getProperties().getCoreProperties().setCreator("Press freedom desk");
      doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new GregorianCalendar(2025, Calendar.FEBRUARY, 1).getTime()));
      var h = doc.createParagraph();
      h.setStyle("Heading1");
      h.createRun().setText(title);
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(os);
    }
  }

  static void pdf(Path out, String title, List<String> paragraphs) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      created.clear();
      created.set(2023, Calendar.NOVEMBER, 9);
      doc.getDocumentInformation().setTitle(title);
      doc.getDocumentInformation().setCreationDate(created);
      PDPage page = new PDPage();
      doc.addPage(page);
      var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = 720;
        y = write(cs, bold, 14, title, y);
        y -= 10;
        for (String p : paragraphs) {
          y = write(cs, font, 11, p, y) - 10;
        }
      }
      doc.save(out.toFile());
    }
  }

  /** Writes one paragraph, wrapped at 90 characters. */
  static float write(PDPageContentStream cs, PDType1Font font, float size, String text, float y) throws Exception {
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() + word.length() > 90) {
        y = line(cs, font, size, line.toString(), y);
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    return line(cs, font, size, line.toString(), y);
  }

  static float line(PDPageContentStream cs, PDType1Font font, float size, String text, float y) throws Exception {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(60, y);
    cs.showText(text);
    cs.endText();
    return y - size * 1.4f;
  }
}
