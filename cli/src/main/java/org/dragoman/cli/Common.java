package org.dragoman.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class Common {
  @Option(names = "--archive", paramLabel = "DIR", defaultValue = "archive",
      description = "The archive directory (default: ./${DEFAULT-VALUE}).")
  Path archive;

  @Option(names = "--backend", paramLabel = "NAME",
      description = "Where a new archive's articles live: embedded (default, in DIR) or"
          + " opensearch (a cluster: --url). An archive records its backend; DIR keeps its"
          + " other files either way.")
  String backend;

  @Option(names = "--url", paramLabel = "URL",
      description = "The OpenSearch cluster: http://HOST:9200, or several nodes separated by"
          + " commas (implies --backend opensearch; an archive on a cluster records it).")
  String url;

  @Option(names = "--index", paramLabel = "NAME",
      description = "The cluster's index for the archive (default: dragoman).")
  String index;

  @Option(names = "--json", description = "Print JSON (shapes in docs/CLI.md) instead of text.")
  boolean json;

  @Option(names = "--stacktrace", description = "Print the stack trace of an error.")
  boolean stacktrace;

  /**
   * The backend asked for on the command line, or null to open an archive on the one it records.
   *
   * @throws IllegalArgumentException for --url or --index with the embedded backend
   */
  org.dragoman.index.BackendSettings backendSettings() {
    if (backend == null && url == null && index == null) {
      return null;
    }
    String name = backend == null ? "opensearch" : backend.strip();
    java.util.Map<String, String> s = new java.util.TreeMap<>();
    if (url != null) {
      s.put("url", url);
    }
    if (index != null) {
      s.put("index", index);
    }
    if (name.equals(org.dragoman.index.BackendSettings.EMBEDDED) && !s.isEmpty()) {
      throw new IllegalArgumentException("--url and --index are for --backend opensearch, not "
          + name);
    }
    return new org.dragoman.index.BackendSettings(name, s);
  }

  /** Opens the archive for reading and writing, on the backend asked or recorded. */
  org.dragoman.Archive open() throws java.io.IOException {
    return org.dragoman.Archive.open(archive, backendSettings());
  }

  /** Opens the archive for reading only, on the backend asked or recorded. */
  org.dragoman.Archive openReadOnly() throws java.io.IOException {
    return org.dragoman.Archive.openReadOnly(archive, backendSettings());
  }

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
