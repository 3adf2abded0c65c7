package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dragoman.ArchiveMigration;
import org.dragoman.index.BackendSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dragoman migrate}: an embedded archive copied into an OpenSearch cluster. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = {"Copy an embedded archive into an OpenSearch cluster, and check the counts.",
        "The articles go as they are stored (nothing is read again); the archive's other files"
            + " (groups, editors' decisions, catalogue, memory, slugs) go to the new archive's"
            + " folder. The source is only read; running it again completes an interrupted copy."})
final class MigrateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "DIR",
      description = "The archive to copy.")
  Path from;

  @Option(names = "--to", required = true, paramLabel = "URL",
      description = "The cluster: http://HOST:9200, or several nodes separated by commas.")
  String to;

  @Option(names = "--index", paramLabel = "NAME", defaultValue = "dragoman",
      description = "The cluster's index for the copy (default: ${DEFAULT-VALUE}).")
  String index;

  @Option(names = "--archive", paramLabel = "DIR",
      description = "The new archive's folder, which records the cluster (default: DIR-opensearch"
          + " beside the source).")
  Path archive;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
      description = "Primary shards of a new index (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
      description = "Replicas of each shard of a new index (default: ${DEFAULT-VALUE}).")
  int replicas;

  @Option(names = "--json", description = "Print JSON (shape in docs/CLI.md).")
  boolean json;

  @Option(names = "--stacktrace", description = "Print the stack trace of an error.")
  boolean stacktrace;

  @Override
  public Integer call() throws Exception {
    Path target = archive != null ? archive
        : from.toAbsolutePath().normalize().resolveSibling(
            from.toAbsolutePath().normalize().getFileName() + "-opensearch");
    Map<String, String> s = new TreeMap<>();
    s.put("url", to);
    s.put("index", index);
    s.put("shards", Integer.toString(shards));
    s.put("replicas", Integer.toString(replicas));
    ArchiveMigration.Result r = ArchiveMigration.copy(from, target,
        new BackendSettings("opensearch", s));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", from.toString());
      m.put("archive", target.toString());
      m.put("url", to);
      m.put("index", index);
      m.put("articles", r.articles());
      m.put("files", r.files());
      m.put("counts", r.counts());
      Json.print(out, m);
      return 0;
    }
    out.printf(Locale.ROOT, "Copied %d articles and %d files of %s into index %s at %s;"
        + " the counts agree.%n", r.articles(), r.files(), Terminal.safe(from.toString()),
        index, Terminal.safe(to));
    r.counts().forEach((dim, counts) -> out.println("  " + dim + ": " + Terminal.safe(
        String.join(" ", counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .toList()))));
    out.println("The copy's folder is " + Terminal.safe(target.toString()) + ": use --archive "
        + Terminal.safe(target.toString()) + " with every command.");
    return 0;
  }
}
