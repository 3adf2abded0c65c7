package org.dragoman.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a folder of hostile and broken inputs beside good articles, for the bad-input test that
 * runs in every build and for trying a build by hand:
 *
 * <pre>
 * java core/src/test/java/org/dragoman/ingest/HostileCorpus.java /tmp/hostile [--limit]
 * java -Xmx512m -jar cli/target/dragoman.jar ingest --archive /tmp/h-archive /tmp/hostile --threads 4
 * </pre>
 *
 * <p>Uses the JDK alone, so that it runs as a single source file. {@code --limit} adds two files
 * of nearly the default character limit (twenty million), one English and one Arabic.
 */
public final class HostileCorpus {
  private HostileCorpus() {}

  /** What each bad file must be reported with: a piece of the reason. */
  static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  /** Words each good file holds, to find it by. */
  static final Map<String, String> GOOD = new LinkedHashMap<>();

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    write(dir, args.length > 1 && args[1].equals("--limit"));
    System.out.println("wrote " + dir + ": " + EXPECTED.size() + " bad files, " + GOOD.size()
        + " good ones");
  }

  /** Writes the corpus into {@code dir}; with {@code limit}, two files at the character limit. */
  static void write(Path dir, boolean limit) throws IOException {
    Files.createDirectories(dir);
    EXPECTED.clear();
    GOOD.clear();
    good(dir, "good-en.txt", "The dockers of Marseille struck on Tuesday for the third time this"
        + " month, their union said, demanding that the port keep its night shift.", "dockers");
    good(dir, "good-ar.txt", "أضرب عمال الميناء في مرسيليا يوم الثلاثاء للمرة الثالثة هذا الشهر،"
        + " وطالبت نقابتهم بالإبقاء على المناوبة الليلية.", "مرسيليا");
    good(dir, "good-ar-diacritics.txt", "أَضْرَبَ المُعَلِّمُونَ فِي إِشْبِيلِيَةَ عَنِ العَمَلِ"
        + " مُطَالِبِينَ بِزِيَادَةِ الأُجُورِ وَتَحْسِينِ ظُرُوفِ التَّدْرِيسِ.", "إشبيلية");
    good(dir, "good-es.html", "<html><head><title>Huelga docente</title></head><body><article>"
        + "<p>Los profesores de Sevilla mantienen la huelga por tercera semana consecutiva.</p>"
        + "</article></body></html>", "profesores");
    // a short Windows-1256 Arabic text: a headline and a sentence said twice
    byte[] cp1256 = ("إضراب عمال النسيج في فيصل آباد\r\nطالب عمال النسيج في فيصل آباد بزيادة"
        + " الأجور. طالب عمال النسيج في فيصل آباد بزيادة الأجور.\r\n")
        .getBytes(Charset.forName("windows-1256"));
    Files.write(dir.resolve("good-cp1256.txt"), cp1256);
    GOOD.put("good-cp1256.txt", "النسيج");
    // a plain text that starts like a Usenet message
    good(dir, "good-article-word.txt", "Article 23 of the Declaration says that everyone has the"
        + " right to work and to join a trade union; the campaign quotes it in every leaflet.",
        "leaflet");

    bad(dir, "empty.txt", new byte[0], "empty file");
    bad(dir, "junk.txt", random(4096, 42), "binary");
    byte[] utf8 = "Les enseignants de Séville signent un accord — « unité » et grève générale."
        .getBytes(StandardCharsets.UTF_8);
    utf8[20] = (byte) 0xC3;
    utf8[21] = (byte) 0x28;
    bad(dir, "invalid-utf8.txt", utf8, "invalid UTF-8");
    bad(dir, "punctuation.txt", "،،، ؛؛ ؟؟؟ ... !!! «» — ***".getBytes(StandardCharsets.UTF_8),
        "only punctuation");
    bad(dir, "truncated.pdf", truncatedPdf(), "truncated");
    bad(dir, "corrupt.docx", corruptDocx(), "DOCX");
    bad(dir, "zip-bomb.docx", zipBomb(), "suspected zip bomb");
    Files.writeString(dir.resolve("xxe.xhtml"), "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE html [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Solidarity</title></head>"
        + "<body><p>The campaign thanks everyone who wrote to the embassy: &secret;</p></body></html>");
    GOOD.put("xxe.xhtml", "embassy");
    Files.writeString(dir.resolve("billion-laughs.xhtml"), "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        + " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
        + " <!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n]>\n"
        + "<html><head><title>Laughter</title></head><body><p>Miners in Asturias rejected the"
        + " offer &lol9; and went on strike.</p></body></html>");
    GOOD.put("billion-laughs.xhtml", "Asturias");
    StringBuilder deep = new StringBuilder("<html><body>");
    deep.append("<div>".repeat(100_000)).append("Deep inside, the nurses of Porto vote on strike.")
        .append("</div>".repeat(100_000)).append("</body></html>");
    Files.writeString(dir.resolve("deep.html"), deep);
    GOOD.put("deep.html", "nurses");
    try (OutputStream out = Files.newOutputStream(dir.resolve("long-line.txt"))) {
      byte[] words = "the tram drivers of Lisbon ask for a fair wage ".getBytes(StandardCharsets.US_ASCII);
      for (long written = 0; written < 16L << 20; written += words.length) {
        out.write(words);
      }
    }
    GOOD.put("long-line.txt", "tram");
    Path loopA = dir.resolve("loop-a.txt");
    Path loopB = dir.resolve("loop-b.txt");
    Files.deleteIfExists(loopA);
    Files.deleteIfExists(loopB);
    Files.createSymbolicLink(loopA, loopB.getFileName());
    Files.createSymbolicLink(loopB, loopA.getFileName());
    EXPECTED.put("loop-a.txt", "symbolic link");
    EXPECTED.put("loop-b.txt", "symbolic link");
    Path sparse = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(200L << 20); // 200 MB on paper, nothing on disk
    }
    EXPECTED.put("huge.txt", "maxFileBytes");
    if (limit) {
      atLimit(dir.resolve("limit-en.txt"), "Workers at the Lisbon tram company met on 8 November 2020"
          + " and voted to strike for a fair wage, their union said. ", "Lisbon");
      atLimit(dir.resolve("limit-ar.txt"), "اجتمع عمال شركة الترام في لشبونة يوم 8 نوفمبر 2020"
          + " وصوتوا على الإضراب من أجل أجر عادل، كما قالت نقابتهم. ", "لشبونة");
    }
  }

  private static void good(Path dir, String name, String text, String word) throws IOException {
    Files.writeString(dir.resolve(name), text);
    GOOD.put(name, word);
  }

  private static void bad(Path dir, String name, byte[] bytes, String reason) throws IOException {
    Files.write(dir.resolve(name), bytes);
    EXPECTED.put(name, reason);
  }

  private static byte[] random(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  /** A small PDF of one page of text, cut before its cross-reference table and end marker. */
  private static byte[] truncatedPdf() {
    String content = "BT /F1 12 Tf 72 720 Td (The strike committee met on Friday.) Tj ET";
    String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
        + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
        + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n";
    byte[] whole = pdf.getBytes(StandardCharsets.US_ASCII);
    return java.util.Arrays.copyOf(whole, whole.length * 2 / 3);
  }

  private static byte[] corruptDocx() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write(random(2000, 7));
    }
    return zip.toByteArray();
  }

  private static final String CONTENT_TYPES =
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
          + "officedocument.wordprocessingml.document.main+xml\"/></Types>";

  /** A DOCX whose text would unpack to a billion characters from a few megabytes. */
  private static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("_rels/.rels"));
      z.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
          .getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      byte[] a = new byte[1 << 20];
      java.util.Arrays.fill(a, (byte) 'a');
      for (int k = 0; k < 200; k++) { // 200 MB of 'a', a few hundred kilobytes compressed
        z.write(a);
      }
      z.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }
    return zip.toByteArray();
  }

  /** A text of nearly twenty million characters, the default limit, of one sentence repeated. */
  private static void atLimit(Path file, String sentence, String word) throws IOException {
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long chars = 0;
      for (int i = 0; chars < 19_900_000L - 2 * sentence.length(); i++) {
        String s = i % 20 == 19 ? sentence + "\n\n" : sentence;
        w.write(s);
        chars += s.length();
      }
    }
    GOOD.put(file.getFileName().toString(), word);
  }
}
