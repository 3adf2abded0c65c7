package org.dragoman.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Builds the command line with its writers and runs it; tests pass their own writers. */
public final class Cli {
  private Cli() {}

  /**
   * Runs {@code args} and returns the exit code: 0 success, 1 failures (a write to {@code out}
   * that failed among them: a full disk, a closed pipe), 2 usage error.
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new DragomanCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new Errors());
    cl.setParameterExceptionHandler(Errors::usage);
    cl.registerConverter(java.time.LocalDate.class, Errors::date);
    everyCommand(cl);
    int code;
    try {
      code = cl.execute(args);
    } finally {
      err.flush();
    }
    if (out.checkError()) {
      err.println("dragoman: could not write the output to standard output"
          + (Outputs.stdoutError() == null ? "" : ": " + Outputs.stdoutError().getMessage())
          + "; what was written is incomplete");
      err.flush();
      return 1;
    }
    return code;
  }

  /** {@code --version} on every subcommand too ({@code search --version}). */
  private static void everyCommand(CommandLine cl) {
    cl.getCommandSpec().versionProvider(new Version());
    cl.getSubcommands().values().forEach(Cli::everyCommand);
  }

  static PrintWriter stdout() {
    return Outputs.stdout();
  }

  static PrintWriter stderr() {
    return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
  }
}
