package org.dragoman.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.search.SearchHit;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dragoman search QUERY}: full-text search in every language of the archive. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the archive in every language it holds.",
        "QUERY: words (all must match), \"phrases\", AND/OR/NOT, prefix*, (groups)."})
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for; * for all.")
  String query;

  @Option(names = "--lang", paramLabel = "L", description = "Only this language (repeatable).")
  List<String> languages = List.of();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before.")
  LocalDate to;

  @Option(names = "--sort", paramLabel = "relevance|date", defaultValue = "relevance",
      description = "Order of hits (default: ${DEFAULT-VALUE}).")
  SearchRequest.Sort sort;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits per page.")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip.")
  int offset;

  @Override
  public Integer call() throws Exception {
    SearchRequest request = new SearchRequest(query, new LinkedHashSet<>(languages), from, to, sort,
        limit, offset);
    SearchResult result;
    try (Archive archive = Archive.openReadOnly(common.archive)) {
      result = archive.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (common.json) {
      Json.print(out, result);
    } else {
      printText(out, result);
    }
    return 0;
  }

  private static void printText(PrintWriter out, SearchResult r) {
    boolean ansi = Terminal.interactive();
    out.printf(Locale.ROOT, "%d found%n", r.total());
    int rank = 0;
    for (SearchHit h : r.hits()) {
      rank++;
      out.println(Terminal.fit(rank + ".", 4) + Terminal.fit(h.language(), 4)
          + Terminal.fit(h.published() == null ? "" : h.published().toString(), 12)
          + Terminal.fit(h.id(), 18) + Terminal.isolate(h.title()));
      for (String s : h.snippets()) {
        out.println("    " + Terminal.isolate(Terminal.snippet(s, ansi)));
      }
      out.println("    " + h.source());
    }
    r.facets().forEach((dim, counts) -> {
      if (!counts.isEmpty()) {
        StringBuilder b = new StringBuilder(dim + ":");
        counts.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        out.println(b);
      }
    });
  }
}
