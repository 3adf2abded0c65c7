package org.dragoman.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The {@code dragoman} command. */
public final class Main {
  /**
   * Lucene reports through java.util.logging that the JDK's incubating vector module is not
   * enabled; that is a speed note for servers, not news for a command-line user. Held here so
   * the setting is not garbage-collected.
   */
  private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

  private Main() {}

  public static void main(String[] args) {
    LUCENE.setLevel(Level.SEVERE);
    System.exit(Cli.execute(args, Cli.stdout(), Cli.stderr()));
  }
}
