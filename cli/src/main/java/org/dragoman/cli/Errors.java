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
    err.println("dragoman: " + Terminal.safe(message(e)));
    if (trace) {
      e.printStackTrace(err);
    }
    err.flush();
    return e instanceof IllegalArgumentException || e instanceof CommandLine.ParameterException
        ? 2
        : 1;
  }

  /**
   * A mistake in what was typed: the message, and where to read more, not the whole usage (which
   * would push the message off the screen). Exit 2.
   */
  static int usage(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    var err = cl.getErr();
    String m = e.getMessage();
    err.println("dragoman: " + Terminal.safe(m));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return 2;
  }

  /** Dates typed as options: YYYY-MM-DD, with what is wrong in words. */
  static java.time.LocalDate date(String text) {
    try {
      return java.time.LocalDate.parse(text.strip());
    } catch (java.time.DateTimeException e) {
      String why = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^Text '[^']*' could not be parsed(: | at index \\d+)?", "");
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date: write it as"
          + " YYYY-MM-DD" + (why.isBlank() ? "" : " (" + why.strip() + ")"));
    }
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
