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
 * @param threads how many sources are read at once (default: one per core)
 * @param commitEvery articles read between two commits (also committed every {@value
 *     #COMMIT_SECONDS} seconds): a run killed in the middle loses at most that much work
 * @param ocr which pages of a PDF are recognised from their image
 * @param ocrLanguages Tesseract languages to recognise them in ({@code ara+eng}), or null to
 *     guess them from the document (its other pages, its name, the script of the page)
 */
public record IngestOptions(long maxFileBytes, int maxTextChars, int threads, int commitEvery,
    Ocr ocr, String ocrLanguages) {

  /**
   * When pages are recognised from their image: {@code AUTO} those without text, {@code ALWAYS}
   * every page of a PDF, {@code NEVER} none.
   */
  public enum Ocr { AUTO, ALWAYS, NEVER }

  /** Options with the default recognition: pages without text, languages guessed. */
  public IngestOptions(long maxFileBytes, int maxTextChars, int threads, int commitEvery) {
    this(maxFileBytes, maxTextChars, threads, commitEvery, Ocr.AUTO, null);
  }

  /** Seconds between two commits at most, whatever {@link #commitEvery}. */
  public static final int COMMIT_SECONDS = 10;

  /** Default {@link #commitEvery}. */
  public static final int DEFAULT_COMMIT_EVERY = 1000;

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
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be positive, got " + commitEvery);
    }
    ocr = ocr == null ? Ocr.AUTO : ocr;
    if (ocrLanguages != null && !ocrLanguages.matches("[a-z_]{3,}(\\+[a-z_]{3,})*")) {
      throw new IllegalArgumentException("OCR languages are Tesseract's codes joined by +"
          + " (ara+eng), got " + ocrLanguages);
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be 1 to " + MAX_THREADS + ", got " + threads);
    }
  }

  /** The most threads an ingest may use. */
  public static final int MAX_THREADS = 256;

  /** Returns the default options. */
  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TEXT_CHARS,
        Runtime.getRuntime().availableProcessors(), DEFAULT_COMMIT_EVERY);
  }

  /** Returns these options with another file size limit. */
  public IngestOptions withMaxFileBytes(long bytes) {
    return new IngestOptions(bytes, maxTextChars, threads, commitEvery, ocr, ocrLanguages);
  }

  /** Returns these options with another text length limit. */
  public IngestOptions withMaxTextChars(int chars) {
    return new IngestOptions(maxFileBytes, chars, threads, commitEvery, ocr, ocrLanguages);
  }

  /** Returns these options reading {@code n} sources at once. */
  public IngestOptions withThreads(int n) {
    return new IngestOptions(maxFileBytes, maxTextChars, n, commitEvery, ocr, ocrLanguages);
  }

  /** Returns these options committing every {@code n} articles. */
  public IngestOptions withCommitEvery(int n) {
    return new IngestOptions(maxFileBytes, maxTextChars, threads, n, ocr, ocrLanguages);
  }

  /** Returns these options recognising pages {@code when}, in {@code languages} (null: guessed). */
  public IngestOptions withOcr(Ocr when, String languages) {
    return new IngestOptions(maxFileBytes, maxTextChars, threads, commitEvery, when, languages);
  }
}
