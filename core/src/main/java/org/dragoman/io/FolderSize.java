package org.dragoman.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bytes the files of a folder take, its sub-folders' included. */
public final class FolderSize {
  private FolderSize() {}

  /** The bytes of every regular file under {@code dir}; a file gone meanwhile counts 0. */
  public static long of(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
