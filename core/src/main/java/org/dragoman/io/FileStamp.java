package org.dragoman.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What tells that a file was replaced: its modification time at the file system's full
 * precision, its size and its file key (the inode on Unix), which every atomic replacement
 * ({@link AtomicFiles}: a new file renamed over the old) changes even when the time and the size
 * do not, on a file system whose clock ticks once a second or a rewrite of the same length.
 */
public final class FileStamp {
  private FileStamp() {}

  /** The stamp of {@code file}, or {@code "none"} when there is none. */
  public static String of(Path file) throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.lastModifiedTime() + ":" + a.size() + ":" + a.fileKey();
    } catch (NoSuchFileException e) {
      return "none";
    }
  }
}
