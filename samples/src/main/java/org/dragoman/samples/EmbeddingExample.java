package org.dragoman.samples;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dragoman.Archive;
import org.dragoman.ingest.Failure;
import org.dragoman.ingest.IngestReport;
import org.dragoman.search.SearchHit;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;

/**
 * Embedding Dragoman: open an archive, ingest a folder, search it in Arabic and in English.
 *
 * <p>Run it from the repository root with
 * {@code ./mvnw -q -pl samples exec:java} or from an IDE, with the archive folder and the folder
 * to ingest as arguments (defaults: {@code target/example-archive} and {@code samples/corpus}).
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  public static void main(String[] args) throws Exception {
    Path archiveDir = Path.of(args.length > 0 ? args[0] : "target/example-archive");
    Path corpus = Path.of(args.length > 1 ? args[1] : "samples/corpus");

    try (Archive archive = Archive.open(archiveDir)) {
      IngestReport report = archive.ingest(List.of(corpus));
      System.out.printf("%d added, %d unchanged, %d failed%n",
          report.added(), report.unchanged(), report.failed());
      for (Failure f : report.failures()) {
        System.out.println("  " + f.source() + ": " + f.reason());
      }

      // Arabic: "سفارة" also finds "السفارات", and diacritics in a query do not matter.
      SearchResult arabic = archive.search(SearchRequest.of("عُمّال"));
      // English, only English articles, newest first.
      SearchResult english = archive.search(SearchRequest.of("strike")
          .withLanguages(Set.of("en"))
          .withSort(SearchRequest.Sort.DATE));

      for (SearchResult result : List.of(arabic, english)) {
        System.out.println(result.total() + " found; by language: " + result.facets().get("language"));
        for (SearchHit hit : result.hits()) {
          System.out.println("  [" + hit.language() + "] " + hit.title());
        }
      }
    }
  }
}
