package org.dragoman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's translation memory: TMX imports that fail change nothing; readers see commits. */
class TranslationMemoryArchiveTest {
  @TempDir Path dir;

  private static String tmx(String tuid, String en, String ar) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>"
        + "<tu tuid=\"" + tuid + "\"><tuv xml:lang=\"en\"><seg>" + en + "</seg></tuv>"
        + "<tuv xml:lang=\"ar\"><seg>" + ar + "</seg></tuv></tu></body></tmx>";
  }

  @Test
  void aTmxImportThatFailsHalfWayKeepsWhatTheFileHadBroughtBefore() throws Exception {
    Path file = dir.resolve("desk.tmx");
    Files.writeString(file, tmx("t1", "Workers walked out on Tuesday in Faisalabad.", "أضرب العمال يوم الثلاثاء في فيصل آباد."));
    Path archive = dir.resolve("archive");
    try (Archive a = Archive.open(archive)) {
      assertEquals(1, a.importTmx(file).units().size());
      assertEquals(1, a.memorySize());
      // the same file again, now with a unit Lucene cannot index (an id longer than a term may be)
      Files.writeString(file, tmx("x".repeat(40_000), "Workers walked out on Monday in Faisalabad.", "أضرب العمال يوم الاثنين."));
      assertThrows(IllegalArgumentException.class, () -> a.importTmx(file));
      assertEquals(1, a.memorySize(), "the first import's unit is still there");
      var m = a.memoryLookup("Workers walked out on Tuesday in Faisalabad.", "en", "ar", 70, 5);
      assertEquals("أضرب العمال يوم الثلاثاء في فيصل آباد.", m.get(0).target());
    }
    try (Archive a = Archive.open(archive)) {
      assertEquals(1, a.memorySize(), "and after reopening");
    }
  }

  @Test
  void aReaderOpenedBeforeTheMemoryExistedSeesItOnceWritten() throws Exception {
    Path archive = dir.resolve("archive2");
    try (Archive w = Archive.open(archive)) {
      try (Archive r = Archive.openReadOnly(archive)) {
        assertTrue(r.memoryLookup("The strike goes on.", "en", "ar", 70, 5).isEmpty());
        Path file = dir.resolve("one.tmx");
        Files.writeString(file, tmx("1", "The strike goes on.", "الإضراب مستمر."));
        w.importTmx(file);
        Thread.sleep(1100); // a reader looks for new commits once a second
        assertEquals("الإضراب مستمر.", r.memoryLookup("The strike goes on.", "en", "ar", 70, 5).get(0).target());
        Files.writeString(file, tmx("1", "The strike goes on.", "الإضراب لا يزال مستمرًا."));
        w.importTmx(file);
        Thread.sleep(1100);
        assertEquals("الإضراب لا يزال مستمرًا.", r.memoryLookup("The strike goes on.", "en", "ar", 70, 5).get(0).target());
      }
    }
  }
}
