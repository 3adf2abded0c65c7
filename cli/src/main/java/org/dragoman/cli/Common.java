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

  /**
   * An article named by its id, or by the file it was ingested from (ids are of the file's real
   * path, so the same file names the same article wherever the archive is).
   */
  static String articleId(String idOrFile) throws java.io.IOException {
    if (idOrFile.matches("[0-9a-f]{16}")) {
      return idOrFile;
    }
    Path file = Path.of(idOrFile);
    if (java.nio.file.Files.isRegularFile(file)) {
      return org.dragoman.ingest.ArticleReader.idFor(file);
    }
    return idOrFile;
  }
}
