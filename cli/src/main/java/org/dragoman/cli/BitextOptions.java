package org.dragoman.cli;

import picocli.CommandLine.Option;

/** The output options of commands that print sentence links. */
final class BitextOptions {
  @Option(names = "--format", paramLabel = "text|json|tsv|tmx", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  BitextOutput.Format format;

  @Option(names = "--width", paramLabel = "N", defaultValue = "60",
      description = "Column width of the text format (default: ${DEFAULT-VALUE}).")
  int width;
}
