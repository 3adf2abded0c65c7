package org.dragoman;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {
  @TempDir Path tmp;

  @Test
  void stats_afterIngest_countsLanguages() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), "The campaign for the release of the activists continues to build across the world.");
    try (Archive a = Archive.open(tmp.resolve("archive"))) {
      a.ingest(List.of(in));
      ArchiveStats s = a.stats();
      assertEquals(1, s.languages().get("en"));
    }
  }
}
