package org.dragoman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search asked again is answered from the cache until the archive changes under it. */
class SearchCacheTest {
  @TempDir Path tmp;

  @Test
  void search_again_sameResultUntilIngestOrEdit() throws Exception {
    Path articles = ArchiveTest.copyFixtures(tmp.resolve("articles"));
    Path dir = tmp.resolve("archive");
    try (Archive writer = Archive.open(dir)) {
      writer.ingest(List.of(articles));
      writer.alignAndLearn();
    }
    try (Archive reader = Archive.openReadOnly(dir)) {
      SearchRequest q = SearchRequest.of("عمار");
      SearchResult first = reader.search(q);
      assertSame(first, reader.search(q), "answered from the cache");
      assertSame(first, reader.search(SearchRequest.of("عمار")), "an equal request is the same");
      assertNotSame(first, reader.search(q.withLimit(3)), "another page is another search");
      assertTrue(reader.search(SearchRequest.of("*").withAcross(true)) != reader.search(
          SearchRequest.of("*").withAcross(true)), "searches across languages are always run");

      Path more = tmp.resolve("more.ar.txt");
      Files.writeString(more, "عمار فياز يعود إلى الجامعة\n\nعاد الطالب عمار فياز إلى جامعته في "
          + "لاهور يوم 3 مارس 2025 بعد الإفراج عنه، واستقبله زملاؤه عند البوابة.\n");
      try (Archive writer = Archive.open(dir)) { // another process, as far as the reader knows
        writer.ingest(List.of(more));
      }
      SearchResult after = reader.search(q);
      assertEquals(first.total() + 1, after.total(), "the new article is found at once");

      String entity = reader.entities().list(null, 1).get(0).id();
      try (Archive writer = Archive.open(dir)) {
        writer.editEntities(new EntityCatalogue.Edit("alias", List.of(), entity, "Ammar F."));
      }
      assertNotSame(after, reader.search(q), "an editor's edit makes the result miss");
    }
  }
}
