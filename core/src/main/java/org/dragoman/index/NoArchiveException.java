package org.dragoman.index;

import java.nio.file.Path;

/** There is no archive at the path given: nothing was ingested there yet, or the path is wrong. */
public final class NoArchiveException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** No archive at {@code dir}. */
  public NoArchiveException(Path dir) {
    super("No archive at " + dir + ": ingest something into it first (dragoman ingest --archive "
        + dir + " FILES), or give the archive's folder with --archive");
  }
}
