package org.dragoman.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.io.SafeText;
import org.dragoman.search.DateRange;
import org.dragoman.search.SearchHit;
import org.dragoman.search.RankingMetrics;
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
        "QUERY: a question or words as typed (ranked by the words they hold, the rarer and "
            + "nearer together first; any text is read), or \"phrases\", AND/OR/NOT, -word, "
            + "prefix*, (groups)."})
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY",
      description = "What to look for; * or nothing for all (with --entity, --mentions).")
  String query = "*";

  @Option(names = "--entity", paramLabel = "ID",
      description = "Only articles that mention this entity (repeatable: all of them); ids from `entities`.")
  List<String> entities = List.of();

  @Option(names = "--mentions", paramLabel = "FROM[..TO]",
      description = "Only articles that mention a date in this range: 2020-11-08, 2020-11, 2020, or FROM..TO.")
  String mentions;

  @Option(names = "--lang", paramLabel = "L[,L…]", split = ",",
      description = "Only these languages (repeatable, or comma-separated); ISO 639-1, -2 or -3"
          + " codes: en, eng, ara, arb…")
  List<String> languages = List.of();

  @Option(names = "--across",
      description = "Find articles in other languages than the query's too: the query's words "
          + "translated with the word lexicons the archive learned from its translations "
          + "(align --archive), names and numbers in any script, and the translations of the "
          + "articles it finds in its own language. Each hit says how it matched.")
  boolean across;

  @Option(names = "--queries", paramLabel = "FILE",
      description = "Run every query of FILE (ID<TAB>QUERY a line) and print a TREC run: "
          + "ID Q0 DOCNO RANK SCORE TAG, --limit hits each.")
  Path queries;

  @Option(names = "--docno", paramLabel = "stem|source|id", defaultValue = "stem",
      description = "With --queries: the document name of a run line: the source file's name "
          + "without extension (default), its whole source, or the article id.")
  String docno;

  @Option(names = "--tag", paramLabel = "TAG", defaultValue = "dragoman",
      description = "With --queries: the run's tag (default: ${DEFAULT-VALUE}).")
  String tag;

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

  @Option(names = "--facet-limit", paramLabel = "N",
      defaultValue = "" + SearchRequest.DEFAULT_FACET_LIMIT,
      description = "Values per facet (language, year, month, person, organisation, place), "
          + "the most frequent first (default: ${DEFAULT-VALUE}).")
  int facetLimit;

  @Override
  public Integer call() throws Exception {
    DateRange range = mentions == null ? new DateRange(null, null)
        : DateRange.parse(mentions, "--mentions");
    SearchRequest request = new SearchRequest(query, new LinkedHashSet<>(languages), from, to, sort,
        limit, offset, entities, range.first(), range.last(), facetLimit, across);
    if (queries != null) {
      return runQueries(request);
    }
    SearchResult result;
    try (Archive archive = common.openReadOnly()) {
      result = archive.search(request);
      if (!entities.isEmpty()) {
        // an id merged into another keeps working; the user learns the id it is listed under now
        org.dragoman.entity.EntityCatalogue catalogue = archive.entities();
        for (String id : entities) {
          String now = catalogue.resolve(id);
          if (now != null && !now.equals(id)) {
            spec.commandLine().getErr().println("dragoman: note: entity " + SafeText.terminal(id)
                + " was merged into " + SafeText.terminal(now) + "; searched for " + SafeText.terminal(now));
          }
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (common.json) {
      Json.print(out, result);
    } else {
      printText(out, result);
    }
    return 0;
  }

  private int runQueries(SearchRequest template) throws Exception {
    Map<String, String> topics = RankingMetrics.readTopics(queries);
    PrintWriter out = spec.commandLine().getOut();
    try (Archive archive = common.openReadOnly()) {
      Map<String, List<SearchHit>> run = run(archive, topics, template);
      printRun(out, run, docno, tag);
    }
    return 0;
  }

  /** Every topic's hits, with the options of {@code template}. */
  static Map<String, List<SearchHit>> run(Archive archive, Map<String, String> topics,
      SearchRequest template) throws java.io.IOException {
    Map<String, List<SearchHit>> run = new java.util.LinkedHashMap<>();
    for (var t : topics.entrySet()) {
      run.put(t.getKey(), archive.search(template.withQuery(t.getValue())).hits());
    }
    return run;
  }

  /** The document name of a hit for a run: "stem", "source" or "id". */
  static String docno(SearchHit h, String how) {
    return switch (how) {
      case "id" -> h.id();
      case "source" -> h.source();
      case "stem" -> {
        String name = java.nio.file.Path.of(h.source()).getFileName().toString();
        int dot = name.lastIndexOf('.');
        yield dot > 0 ? name.substring(0, dot) : name;
      }
      default -> throw new IllegalArgumentException("--docno '" + how + "': use stem, source or id");
    };
  }

  static void printRun(PrintWriter out, Map<String, List<SearchHit>> run, String how, String tag) {
    if (!List.of("stem", "source", "id").contains(how)) {
      throw new IllegalArgumentException("--docno '" + how + "': use stem, source or id");
    }
    for (var e : run.entrySet()) {
      int rank = 0;
      for (SearchHit h : e.getValue()) {
        rank++;
        out.printf(Locale.ROOT, "%s Q0 %s %d %.4f %s%n", e.getKey(), docno(h, how), rank, h.score(),
            tag);
      }
    }
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
        out.println("    " + Terminal.snippet(s, ansi));
      }
      for (SearchHit.Translation t : h.translations()) {
        out.println("    " + Terminal.fit("↔ " + t.language(), 6) + Terminal.fit(t.id(), 18)
            + Terminal.isolate(t.title()));
      }
      if (!h.entities().isEmpty()) {
        StringBuilder b = new StringBuilder("    mentions:");
        h.entities().forEach(e -> b.append(' ').append(e.id()).append(" (").append(e.mentions()).append(')'));
        out.println(Terminal.safe(b.toString()));
      }
      if (!h.matched().isEmpty()) {
        out.println("    matched: " + Terminal.safe(String.join(", ", h.matched())));
      }
      out.println("    " + Terminal.safe(h.source()));
    }
    r.facets().forEach((dim, counts) -> {
      if (!counts.isEmpty()) {
        StringBuilder b = new StringBuilder(dim + ":");
        counts.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        out.println(Terminal.safe(b.toString()));
      }
    });
  }
}
