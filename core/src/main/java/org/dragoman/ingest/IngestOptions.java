package org.dragoman.ingest;

/**
 * Limits and choices for reading sources. Immutable; {@code with…} methods return new options.
 *
 * <pre>{@code
 * IngestOptions o = IngestOptions.defaults().withMaxFileBytes(500L << 20);
 * }</pre>
 *
 * @param maxFileBytes largest file read, in bytes; a larger file is reported as failed, naming
 *     this setting ({@value #MAX_FILE_BYTES_SETTING})
 * @param maxTextChars most characters of text kept from one source; the rest is reported
 */
public record IngestOptions(long maxFileBytes, int maxTextChars) {

  /** The name of the file size setting, as error messages give it. */
  public static final String MAX_FILE_BYTES_SETTING = "maxFileBytes";

  /** Default {@link #maxFileBytes}: 100 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 100L << 20;

  /** Default {@link #maxTextChars}: 20 million characters. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 20_000_000;

  public IngestOptions {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
    }
    if (maxTextChars <= 0) {
      throw new IllegalArgumentException("maxTextChars must be positive, got " + maxTextChars);
    }
  }

  /** Returns the default options. */
  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TEXT_CHARS);
  }

  /** Returns these options with another file size limit. */
  public IngestOptions withMaxFileBytes(long bytes) {
    return new IngestOptions(bytes, maxTextChars);
  }

  /** Returns these options with another text length limit. */
  public IngestOptions withMaxTextChars(int chars) {
    return new IngestOptions(maxFileBytes, chars);
  }
}
