package org.dragoman.web;

/** What a request asked for does not exist (HTTP 404), with what and where. */
final class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotFound(String message) {
    super(message);
  }
}
