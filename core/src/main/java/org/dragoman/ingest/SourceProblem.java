package org.dragoman.ingest;

/**
 * Something wrong with one input: it cannot be read, or holds no usable text. The message says
 * why, in words for the person who gave the input; the batch goes on without it.
 */
public final class SourceProblem extends Exception {
  private static final long serialVersionUID = 1L;

  public SourceProblem(String message) {
    super(message);
  }

  public SourceProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
