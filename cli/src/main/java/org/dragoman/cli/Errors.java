package org.dragoman.cli;

import picocli.CommandLine;

/**
 * Turns an exception from a command into a short message on stderr and an exit code: 2 for what
 * the user typed (a bad query, a bad option value), 1 for everything else. The stack trace is
 * printed only with {@code --stacktrace}.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    boolean trace = parsed.hasMatchedOption("--stacktrace")
        || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--stacktrace"));
    var err = cl.getErr();
    err.println("dragoman: " + message(e));
    if (trace) {
      e.printStackTrace(err);
    }
    err.flush();
    return e instanceof IllegalArgumentException || e instanceof CommandLine.ParameterException
        ? 2
        : 1;
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + m;
    }
    if (e instanceof org.apache.lucene.store.LockObtainFailedException) {
      return "the archive is open for writing by another process (" + m + ")";
    }
    return m;
  }
}
