package org.dragoman.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.ArchiveStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dragoman stats}: what the archive holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Count the archive's articles by language, format and year; its size on disk.")
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Override
  public Integer call() throws Exception {
    ArchiveStats s;
    try (Archive archive = common.openReadOnly()) {
      s = archive.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (common.json) {
      Json.print(out, s);
      return 0;
    }
    out.printf(Locale.ROOT, "%d articles, %.1f MB on disk%n", s.articles(), s.bytes() / 1048576.0);
    table(out, "language", s.languages());
    table(out, "format", s.formats());
    table(out, "year", s.years());
    return 0;
  }

  private static void table(PrintWriter out, String title, Map<String, Long> counts) {
    out.println();
    out.println(title);
    counts.forEach((k, v) -> out.println("  " + Terminal.fit(k, 12) + String.format(Locale.ROOT, "%6d", v)));
  }
}
