package org.dragoman.io;

/**
 * Dragoman logs through SLF4J and brings no provider: an application with one (Logback,
 * slf4j-simple…) receives Dragoman's warnings; one without stays silent. SLF4J itself would
 * then print that it found no provider, on stderr, in a program that never asked for logging;
 * unless the application set {@code slf4j.internal.verbosity} itself, that notice is kept to
 * errors. This touches SLF4J's own start-up reports only, never the application's logs.
 */
public final class QuietLogging {
  private static final String KEY = "slf4j.internal.verbosity";

  private QuietLogging() {}

  /** Called before the first logger is made (idempotent). */
  public static void ensure() {
    try {
      if (System.getProperty(KEY) == null) {
        System.setProperty(KEY, "ERROR");
      }
    } catch (SecurityException e) {
      // a locked-down host: its choice
    }
  }
}
