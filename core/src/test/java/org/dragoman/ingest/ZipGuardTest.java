package org.dragoman.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipGuardTest {

  private static byte[] zipOf(int megabytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] a = new byte[1 << 20];
      Arrays.fill(a, (byte) 'a');
      for (int i = 0; i < megabytes; i++) {
        z.write(a);
      }
    }
    return out.toByteArray();
  }

  @Test
  void realDocx_passes() throws IOException {
    byte[] docx = Files.readAllBytes(Path.of("../samples/corpus/journalist-haddad.en.docx"));
    assertTrue(ZipGuard.isZip(docx));
    assertDoesNotThrow(() -> ZipGuard.check(docx, "DOCX", IngestOptions.DEFAULT_MAX_FILE_BYTES));
  }

  @Test
  void bomb_isNamedAsOne_withTheEntry() throws IOException {
    byte[] bomb = zipOf(64);
    SourceProblem p = assertThrows(SourceProblem.class,
        () -> ZipGuard.check(bomb, "DOCX", IngestOptions.DEFAULT_MAX_FILE_BYTES));
    assertTrue(p.getMessage().startsWith("suspected zip bomb: the DOCX file"), p.getMessage());
    assertTrue(p.getMessage().contains("word/document.xml"), p.getMessage());
  }

  @Test
  void overTheFileLimit_namesTheSetting() throws IOException {
    byte[] zip = zipOf(3);
    SourceProblem p = assertThrows(SourceProblem.class,
        () -> ZipGuard.check(zip, "ODT", 2L << 20));
    assertTrue(p.getMessage().contains("over the limit of 2.0 MB (setting maxFileBytes"),
        p.getMessage());
  }

  @Test
  void notAZip_isLeftToTheParser() {
    assertTrue(!ZipGuard.isZip("%PDF-1.7".getBytes()));
    assertDoesNotThrow(() -> ZipGuard.check(new byte[] {'P', 'K', 3, 4, 0}, "DOCX", 1 << 20));
  }
}
