package org.dragoman.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class Common {
  @Option(names = "--archive", paramLabel = "DIR", defaultValue = "archive",
      description = "The archive directory (default: ./${DEFAULT-VALUE}).")
  Path archive;

  @Option(names = "--json", description = "Print JSON (shapes in docs/CLI.md) instead of text.")
  boolean json;

  @Option(names = "--stacktrace", description = "Print the stack trace of an error.")
  boolean stacktrace;
}
