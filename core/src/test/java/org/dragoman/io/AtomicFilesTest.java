package org.dragoman.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void aNewFileHasTheUsersPermissions_aReplacedOneKeepsItsOwn(@TempDir Path tmp) throws IOException {
    Path plain = Files.createFile(tmp.resolve("plain.txt")); // what the umask gives
    Path fresh = tmp.resolve("export.tmx");
    AtomicFiles.write(fresh, "<tmx/>".getBytes(StandardCharsets.UTF_8));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));

    Path shared = Files.writeString(tmp.resolve("shared.tmx"), "old");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFiles.write(shared, "سطر جديد".getBytes(StandardCharsets.UTF_8));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
    assertEquals("سطر جديد", Files.readString(shared));
    // a read-only export is replaced as before and stays read-only
    Path frozen = Files.writeString(tmp.resolve("frozen.tmx"), "old");
    Files.setPosixFilePermissions(frozen, PosixFilePermissions.fromString("r--r--r--"));
    AtomicFiles.write(frozen, "new".getBytes(StandardCharsets.UTF_8));
    assertEquals("new", Files.readString(frozen));
    assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(frozen)));
    try (var left = Files.list(tmp)) {
      assertEquals(4, left.count()); // no temporary file left beside them
    }
  }
}
