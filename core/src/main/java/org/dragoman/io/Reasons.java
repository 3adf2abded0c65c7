package org.dragoman.io;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;

/**
 * Why something failed, in words a person can act on, for every message Dragoman gives about a
 * file or a write: the first cause that says something (an index writer closed because an earlier
 * write failed says nothing; the failed write does), a full disk named as one, "permission
 * denied", "no such file or folder", "symbolic link loop".
 *
 * <p>Thread-safe; stateless.
 */
public final class Reasons {
  private Reasons() {}

  /** The reason of {@code e}, as a phrase. */
  public static String of(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t
        && (t instanceof org.apache.lucene.store.AlreadyClosedException
            || t instanceof UncheckedIOException || t.getMessage() == null)) {
      t = t.getCause();
    }
    if (t instanceof FileSystemLoopException) {
      return "symbolic link loop: the folder contains itself";
    }
    if (t instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return t.getClass().getSimpleName();
    }
    if (m.contains("No space left on device")) {
      return "the disk is full (No space left on device)";
    }
    if (m.contains("Too many levels of symbolic links")) {
      return "symbolic link loop";
    }
    return m;
  }
}
