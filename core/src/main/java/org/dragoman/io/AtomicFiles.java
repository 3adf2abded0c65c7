package org.dragoman.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader sees the old content or the new, never a part: the bytes go to a
 * temporary file in the same folder, are forced to the disk, and the file is renamed over the
 * old one in one step. A failure (a full disk, a kill) leaves the old file as it was and no
 * temporary file behind (a kill may leave one, named {@code .NAME.*.tmp}, which the next write
 * of the same file removes).
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("groups.json"), out -> out.write(bytes));
 * }</pre>
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes what {@code body} writes. */
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /**
   * A new file beside {@code file}, with the permissions a file the user creates gets (the
   * umask's, where {@code createTempFile} would give owner-only).
   */
  private static Path temporary(Path dir, Path file) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        Files.createFile(tmp);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt < 10) {
          continue;
        }
        throw e;
      }
      return tmp;
    }
  }

  /**
   * Replaces {@code file} with what {@code body} writes, atomically.
   *
   * @throws IOException naming the file and the reason, the old file untouched
   */
  /**
   * Gives the written temporary file the permissions of the file it replaces, once it is written
   * (a read-only file is replaced as before): an export shared with translators stays readable.
   */
  private static void keepPermissions(Path tmp, Path file) {
    try {
      if (Files.exists(file) && Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // the new file keeps the default permissions
    }
  }

  public static void write(Path file, Body body) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    removeLeftovers(dir, file.getFileName().toString());
    Path tmp;
    try {
      tmp = temporary(dir, file);
    } catch (IOException e) {
      throw new IOException("Cannot write " + file + ": " + reason(e), e);
    }
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        java.io.BufferedOutputStream out =
            new java.io.BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16) {
              @Override
              public void close() throws IOException {
                flush(); // the channel is closed by its own try
              }
            };
        body.writeTo(out);
        out.flush();
        ch.force(true);
      }
      keepPermissions(tmp, file);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(dir);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the first failure is the one to report
      }
      IOException io = e instanceof IOException x ? x
          : e.getCause() instanceof IOException x ? x // unchecked wrappers (Jackson's, the JDK's)
          : null;
      if (io != null) {
        throw new IOException("Cannot write " + file + ": " + reason(io), io);
      }
      throw e;
    }
  }

  /** Replaces {@code file} with {@code bytes}, atomically. */
  public static void write(Path file, byte[] bytes) throws IOException {
    write(file, out -> out.write(bytes));
  }

  private static void removeLeftovers(Path dir, String name) {
    try (var s = Files.newDirectoryStream(dir, "." + name + ".*.tmp")) {
      for (Path p : s) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // leftovers of a killed run are harmless; the next write tries again
    }
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException ignored) {
      // some file systems cannot sync a folder; the rename itself is atomic
    }
  }

  /** The reason of an I/O failure in words (see {@link Reasons}). */
  public static String reason(java.io.IOException e) {
    return Reasons.of(e);
  }
}
