package org.dragoman.ingest;

/**
 * Hears about the progress of an ingest run, for progress bars. Called from the ingesting
 * thread; implementations must return quickly. Both methods do nothing by default.
 */
public interface IngestListener {

  /** Does nothing. */
  IngestListener NONE = new IngestListener() {};

  /** The run found {@code files} files holding {@code bytes} bytes in all. */
  default void started(int files, long bytes) {}

  /** One file is done, with the outcome it had. */
  default void finished(String source, long bytes, IngestReport.Status status) {}
}
