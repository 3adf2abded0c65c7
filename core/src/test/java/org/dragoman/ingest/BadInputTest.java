package org.dragoman.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dragoman.Archive;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad input gives one clear failure naming the input and the reason; the batch goes on and
 * what the archive held before is still there.
 */
class BadInputTest {
  @TempDir Path tmp;

  private static final String GOOD =
      "The solidarity campaign continues: workers in four countries held protests this week.";

  private IngestReport ingestWithGood(Path bad, IngestOptions options) throws Exception {
    Path good = Files.writeString(tmp.resolve("good.txt"), GOOD);
    Path archiveDir = tmp.resolve("archive");
    try (Archive archive = Archive.open(archiveDir)) {
      Path earlier = Files.writeString(tmp.resolve("earlier.txt"),
          "An earlier article about the strike of the dockers in Marseille, already archived.");
      archive.ingest(List.of(earlier));
      IngestReport report = archive.ingest(List.of(bad, good), options, IngestListener.NONE);
      assertEquals(1, report.added(), "the good file is still ingested: " + report);
      assertEquals(2, archive.search(SearchRequest.of("*")).total(), "nothing already archived is lost");
      return report;
    }
  }

  private void assertFailure(Path bad, String reasonPart) throws Exception {
    assertFailure(bad, reasonPart, IngestOptions.defaults());
  }

  private void assertFailure(Path bad, String reasonPart, IngestOptions options) throws Exception {
    IngestReport report = ingestWithGood(bad, options);
    assertEquals(1, report.failed(), report.toString());
    assertEquals(1, report.failures().size());
    Failure f = report.failures().get(0);
    assertTrue(f.source().contains(bad.getFileName().toString()), f.source());
    assertTrue(f.reason().contains(reasonPart), "reason was: " + f.reason());
  }

  @Test
  void zeroByteFile() throws Exception {
    assertFailure(Files.write(tmp.resolve("empty.txt"), new byte[0]), "empty file");
  }

  @Test
  void truncatedPdf() throws Exception {
    byte[] pdf = Fixtures.pdf("Dockers", List.of("Les dockers de Marseille soutiennent les marins."));
    assertFailure(Files.write(tmp.resolve("cut.pdf"), Arrays.copyOf(pdf, pdf.length / 3)),
        "PDF file is truncated");
  }

  @Test
  void corruptDocx() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] junk = new byte[2000];
      new Random(7).nextBytes(junk);
      z.write(junk);
    }
    assertFailure(Files.write(tmp.resolve("broken.docx"), zip.toByteArray()), "DOCX");
  }

  @Test
  void binaryJunkNamedTxt() throws Exception {
    byte[] junk = new byte[4096];
    new Random(42).nextBytes(junk);
    IngestReport report = ingestWithGood(Files.write(tmp.resolve("junk.txt"), junk),
        IngestOptions.defaults());
    assertEquals(1, report.failed());
    String reason = report.failures().get(0).reason();
    assertTrue(reason.contains("binary") || reason.contains("not a format") || reason.contains("UTF-8"),
        reason);
  }

  @Test
  void hugeFile_overTheLimit_namesTheSetting() throws Exception {
    Path big = tmp.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L << 20); // sparse: 200 MB on paper, nothing on disk
    }
    assertFailure(big, IngestOptions.MAX_FILE_BYTES_SETTING);
  }

  @Test
  void unreadableFile() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")),
        "root reads every file, so a permission failure cannot be made here");
    Path p = Files.writeString(tmp.resolve("secret.txt"), GOOD);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    assertFailure(p, "permission denied");
  }

  @Test
  void symlinkLoop() throws Exception {
    Path a = tmp.resolve("loop-a.txt");
    Path b = tmp.resolve("loop-b.txt");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    assertFailure(a, "symbolic link");
  }

  @Test
  void folderThatContainsItself() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("folder"));
    Files.writeString(dir.resolve("inside.txt"), "A campaign article about the teachers of Seville and their strike.");
    Files.createSymbolicLink(dir.resolve("again"), dir);
    Path archiveDir = tmp.resolve("archive2");
    try (Archive archive = Archive.open(archiveDir)) {
      IngestReport report = archive.ingest(List.of(dir));
      assertEquals(1, report.added(), report.toString());
      assertEquals(1, report.failed(), report.toString());
      assertTrue(report.failures().get(0).reason().contains("loop"), report.toString());
    }
  }

  @Test
  void invalidUtf8() throws Exception {
    byte[] text = "Les enseignants de Séville signent un accord — « unité » et grève générale."
        .getBytes(StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(text, text.length + 3);
    broken[20] = (byte) 0xC3;
    broken[21] = (byte) 0x28; // a lead byte followed by a non-continuation byte
    assertFailure(Files.write(tmp.resolve("broken-utf8.txt"), broken), "invalid UTF-8");
  }

  @Test
  void onlyArabicPunctuation() throws Exception {
    assertFailure(Files.writeString(tmp.resolve("punct.txt"), "،،، ؛؛ ؟؟؟ ... !!! «»"),
        "only punctuation");
  }

  @Test
  void missingPath() throws Exception {
    assertFailure(tmp.resolve("no-such-file.txt"), "no such file");
  }

  @Test
  void hostileCorpus_oneBatchOnFourThreads_everyProblemNamedEveryGoodFileSearchable()
      throws Exception {
    Path in = tmp.resolve("hostile");
    HostileCorpus.write(in, true);
    try (Archive archive = Archive.open(tmp.resolve("hostile-archive"))) {
      IngestReport report = archive.ingest(List.of(in), IngestOptions.defaults().withThreads(4),
          IngestListener.NONE);
      assertEquals(null, report.stopped(), report.toString());
      java.util.Map<String, String> failed = new java.util.TreeMap<>();
      for (Failure f : report.failures()) {
        failed.put(Path.of(f.source()).getFileName().toString(), f.reason());
      }
      for (var e : HostileCorpus.EXPECTED.entrySet()) {
        String reason = failed.get(e.getKey());
        assertTrue(reason != null, e.getKey() + " is reported: " + failed);
        assertTrue(reason.matches("(?s).*(" + e.getValue() + ").*"), e.getKey() + ": " + reason);
      }
      assertEquals(HostileCorpus.EXPECTED.keySet(), failed.keySet(), "no good file fails");
      assertEquals(HostileCorpus.GOOD.size(), report.added(), report.articles().toString());
      for (var e : HostileCorpus.GOOD.entrySet()) {
        SearchResult r = archive.search(SearchRequest.of(e.getValue()));
        assertTrue(r.hits().stream().anyMatch(h -> h.source().endsWith(e.getKey())),
            e.getKey() + " is found by «" + e.getValue() + "»");
      }
      for (IngestReport.Entry a : report.articles()) {
        assertTrue(a.title() == null || !a.title().contains("]>"), a.toString());
      }
      String xxe = archive.article(report.articles().stream()
          .filter(a -> a.source().endsWith("xxe.xhtml")).findFirst().orElseThrow().id())
          .orElseThrow().text();
      assertTrue(!xxe.contains("root:"), "no external entity is read: " + xxe);
    }
  }
}
