package org.dragoman.ingest;

import java.util.Objects;

/**
 * One input that could not be ingested, and why.
 *
 * @param source the path or URL as given or found
 * @param reason what is wrong with it, in words for its owner
 */
public record Failure(String source, String reason) {
  public Failure {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }
}
