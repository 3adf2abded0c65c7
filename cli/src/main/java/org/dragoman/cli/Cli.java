package org.dragoman.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Builds the command line with its writers and runs it; tests pass their own writers. */
public final class Cli {
  private Cli() {}

  /** Runs {@code args} and returns the exit code: 0 success, 1 failures, 2 usage error. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new DragomanCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new Errors());
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  static PrintWriter stdout() {
    return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
  }

  static PrintWriter stderr() {
    return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
  }
}
