package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.ingest.IngestReport;
import org.dragoman.search.RankingMetrics;
import org.dragoman.search.SearchHit;
import org.dragoman.search.SearchRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman eval search}: ranking against relevance judgements. Every topic is searched as
 * typed (the top 100 kept), and the run is scored over the topics that have a relevant document.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Measure search ranking against relevance judgements (TREC qrels).",
        "Prints MAP@10, MRR@10, nDCG@10, Recall@10 and Recall@100 over the topics with a "
            + "relevant document."})
final class EvalSearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  static final class Source {
    @Option(names = "--archive", paramLabel = "DIR", description = "An archive to search.")
    Path archive;

    @Option(names = "--docs", paramLabel = "DIR",
        description = "A folder to ingest into a temporary archive first.")
    Path docs;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--topics", paramLabel = "FILE", required = true,
      description = "ID<TAB>QUERY a line, the queries as typed.")
  Path topics;

  @Option(names = "--qrels", paramLabel = "FILE", required = true,
      description = "TREC qrels: TOPIC 0 DOCNO RELEVANCE a line.")
  Path qrels;

  @Option(names = "--run", paramLabel = "OUT", description = "Keep the run, as TREC run lines.")
  Path run;

  @Option(names = "--docno", paramLabel = "stem|source|id", defaultValue = "stem",
      description = "How the qrels name documents: the source file's name without extension "
          + "(default), its whole source, or the article id.")
  String docno;

  @Option(names = "--lang", paramLabel = "L[,L…]", split = ",",
      description = "Only articles in these languages.")
  List<String> languages = List.of();

  @Option(names = "--across",
      description = "Search across languages (as search --across): for queries in another "
          + "language than the documents.")
  boolean across;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Map<String, String> queries = RankingMetrics.readTopics(topics);
    Map<String, Set<String>> relevant = RankingMetrics.readQrels(qrels);
    Path tmp = null;
    Path dir = source.archive;
    int ingested = -1;
    Map<String, List<SearchHit>> hits;
    long t0;
    long t1;
    try {
      if (source.docs != null) {
        tmp = Files.createTempDirectory("dragoman-eval-search");
        dir = tmp.resolve("archive");
        try (Archive archive = Archive.open(dir)) {
          IngestReport report = archive.ingest(List.of(source.docs));
          ingested = report.added() + report.updated() + report.unchanged();
        }
      }
      try (Archive archive = Archive.openReadOnly(dir)) {
        SearchRequest template = SearchRequest.of("").withLimit(100)
            .withLanguages(new LinkedHashSet<>(languages)).withAcross(across);
        t0 = System.nanoTime();
        hits = SearchCommand.run(archive, queries, template);
        t1 = System.nanoTime();
      }
    } finally {
      if (tmp != null) {
        BenchCommand.delete(tmp);
      }
    }
    Map<String, List<String>> ranked = new LinkedHashMap<>();
    hits.forEach((q, list) -> ranked.put(q, list.stream().map(h -> SearchCommand.docno(h, docno))
        .toList()));
    RankingMetrics.Scores s = RankingMetrics.score(ranked, relevant);
    if (run != null) {
      Outputs.write(run, w -> SearchCommand.printRun(w, hits, docno, "dragoman"));
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("topics", s.topics());
    m.put("queries", queries.size());
    if (ingested >= 0) {
      m.put("documents", ingested);
    }
    m.put("map10", round(s.map10()));
    m.put("mrr10", round(s.mrr10()));
    m.put("ndcg10", round(s.ndcg10()));
    m.put("recall10", round(s.recall10()));
    m.put("recall100", round(s.recall100()));
    m.put("topicsWithoutHits", s.topicsWithoutHits());
    m.put("msPerQuery", round((t1 - t0) / 1e6 / Math.max(1, queries.size())));
    if (json) {
      Json.print(out, m);
    } else {
      out.printf(Locale.ROOT, "topics %d (of %d queries)%s%n", s.topics(), queries.size(),
          ingested >= 0 ? ", " + ingested + " documents" : "");
      out.printf(Locale.ROOT, "MAP@10 %.3f  MRR@10 %.3f  nDCG@10 %.3f  Recall@10 %.3f  "
          + "Recall@100 %.3f%n", s.map10(), s.mrr10(), s.ndcg10(), s.recall10(), s.recall100());
      out.printf(Locale.ROOT, "topics without a hit %d; %.1f ms a query%n", s.topicsWithoutHits(),
          (t1 - t0) / 1e6 / Math.max(1, queries.size()));
    }
    return 0;
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
