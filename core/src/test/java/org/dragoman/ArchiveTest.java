package org.dragoman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dragoman.ingest.IngestReport;
import org.dragoman.model.Article;
import org.dragoman.search.SearchHit;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class ArchiveTest {
  Path tmp;
  Path articles;
  Archive archive;
  IngestReport first;

  public static Path copyFixtures(Path to) throws IOException {
    Files.createDirectories(to);
    for (String name : List.of("release.en.txt", "release.ar.txt", "update.en.md")) {
      try (InputStream in = ArchiveTest.class.getResourceAsStream("/articles/" + name)) {
        Files.copy(in, to.resolve(name));
      }
    }
    return to;
  }

  @BeforeAll
  void ingestFixtures(@TempDir Path dir) throws IOException {
    tmp = dir;
    articles = copyFixtures(tmp.resolve("articles"));
    archive = Archive.open(tmp.resolve("archive"));
    first = archive.ingest(List.of(articles));
  }

  @org.junit.jupiter.api.AfterAll
  void close() throws IOException {
    archive.close();
  }

  private List<String> sources(SearchResult r) {
    return r.hits().stream().map(h -> Path.of(h.source()).getFileName().toString()).sorted().toList();
  }

  private SearchResult search(String q) throws IOException {
    return archive.search(SearchRequest.of(q));
  }

  @Test
  void ingest_folder_addsEachArticleWithItsLanguage() {
    assertEquals(3, first.added());
    assertEquals(List.of("ar", "en", "en"), first.articles().stream()
        .map(IngestReport.Entry::language).toList());
  }

  @Test
  void ingest_sameFilesAgain_reportsUnchanged() throws IOException {
    IngestReport again = archive.ingest(List.of(articles));
    assertEquals(0, again.added());
    assertEquals(3, again.unchanged());
    assertEquals(3, archive.stats().articles());
  }

  @Test
  void ingest_changedFile_replacesTheArticle() throws IOException {
    Path dir = tmp.resolve("changing");
    Files.createDirectories(dir);
    Path f = Files.writeString(dir.resolve("note.txt"), "Dockers in Marseille refuse to unload the ship until the crew is paid.");
    try (Archive a = Archive.open(tmp.resolve("archive-changing"))) {
      String id = a.ingest(List.of(f)).articles().get(0).id();
      Files.writeString(f, "Dockers in Marseille won: the owner paid the crew of the cargo ship.");
      IngestReport r = a.ingest(List.of(f));
      assertEquals(1, r.updated());
      assertEquals(id, r.articles().get(0).id());
      assertEquals(1, a.stats().articles());
      assertTrue(a.article(id).orElseThrow().text().contains("won"));
      assertEquals(0, a.search(SearchRequest.of("refuse")).total());
    }
  }

  @Test
  void search_arabicName_findsTheArabicArticle() throws IOException {
    assertEquals(List.of("release.ar.txt"), sources(search("عمار")));
  }

  @Test
  void search_arabicWithDiacritics_findsTextWithout() throws IOException {
    assertEquals(List.of("release.ar.txt"), sources(search("عَمّار")));
  }

  @Test
  void search_arabicEmbassyForms_findEachOther() throws IOException {
    for (String q : List.of("سفارة", "السفارة", "والسفارة", "السفارات")) {
      assertEquals(List.of("release.ar.txt"), sources(search(q)), q);
    }
  }

  @Test
  void search_englishStem_findsInflectionsWithLanguageFilter() throws IOException {
    SearchResult r = archive.search(SearchRequest.of("abduction").withLanguages(Set.of("en")));
    assertEquals(List.of("release.en.txt", "update.en.md"), sources(r));
  }

  @Test
  void search_latinNameFindsItsArabicMentions() throws IOException {
    // "London" is in the English text; the Arabic names لندن, a place both scripts key alike.
    assertEquals(List.of("release.ar.txt", "release.en.txt"), sources(search("London")).stream().sorted().toList());
    // a lower-case word is not read as a name: "london" matches the English text only
    assertEquals(List.of("release.en.txt"), sources(search("london")));
  }

  @Test
  void entities_oneCatalogueEntityAcrossScripts_searchByEntityAndMentionedDate() throws IOException {
    archive.alignAndLearn();
    org.dragoman.entity.EntityCatalogue c = archive.entities();
    var amar = c.get("person:amar-fayaz").orElseThrow(() -> new AssertionError(c.list(null, 50)));
    assertEquals(org.dragoman.model.Mention.Type.PERSON, amar.type());
    assertTrue(amar.labels().get("ar").contains("عمار فياز"), amar.toString());
    assertTrue(amar.labels().get("en").contains("Amar Fayaz"), amar.toString());
    assertEquals(List.of("release.ar.txt", "release.en.txt"),
        sources(archive.search(SearchRequest.of("*").withEntities(List.of("person:amar-fayaz")))));
    assertEquals(List.of("release.ar.txt", "release.en.txt"),
        sources(archive.search(SearchRequest.of("*").withMentionedDates(
            java.time.LocalDate.of(2020, 11, 1), java.time.LocalDate.of(2020, 11, 30)))));
    assertEquals(List.of(), sources(archive.search(SearchRequest.of("*").withMentionedDates(
        java.time.LocalDate.of(2019, 1, 1), java.time.LocalDate.of(2019, 12, 31)))));
    SearchResult byName = archive.search(SearchRequest.of("Amar Fayaz").withLanguages(Set.of("ar")));
    assertEquals(List.of("release.ar.txt"), sources(byName));
    assertTrue(byName.hits().get(0).entities().stream().anyMatch(e -> e.id().equals("person:amar-fayaz")));
    assertEquals(1L, byName.facets().get("person").get("person:amar-fayaz"));
  }

  @Test
  void search_booleanPhrasePrefix() throws IOException {
    assertEquals(List.of("release.en.txt"), sources(search("\"security agents\"")));
    assertEquals(List.of("update.en.md"), sources(search("abducted NOT embassy")));
    assertEquals(List.of("release.en.txt", "update.en.md"), sources(search("Toronto OR London")));
    assertEquals(List.of("update.en.md"), sources(search("Karach*")));
  }

  @Test
  void search_snippetsMarkMatchesInArabic() throws IOException {
    SearchHit hit = search("السفارة").hits().get(0);
    assertEquals("rtl", hit.direction());
    assertTrue(hit.snippets().stream().anyMatch(s -> s.contains("<mark>السفارات</mark>")),
        hit.snippets().toString());
  }

  @Test
  void search_facetsAndDateFilterAndSort() throws IOException {
    SearchResult all = search("*");
    assertEquals(3, all.total());
    assertEquals(2L, all.facets().get("language").get("en"));
    assertEquals(1L, all.facets().get("language").get("ar"));
    assertEquals(1L, all.facets().get("year").get("2021"));
    SearchResult dated = archive.search(SearchRequest.of("*")
        .withDates(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
    assertEquals(List.of("update.en.md"), sources(dated));
    SearchResult byDate = archive.search(SearchRequest.of("*").withSort(SearchRequest.Sort.DATE));
    assertEquals("update.en.md", Path.of(byDate.hits().get(0).source()).getFileName().toString());
    SearchResult page2 = archive.search(SearchRequest.of("*").withLimit(2).withOffset(2));
    assertEquals(1, page2.hits().size());
    assertEquals(3, page2.total());
  }

  @Test
  void search_anyTypedText_isRead_neverAParseError() throws IOException {
    // an unbalanced quote, a colon, brackets, a trailing question mark: words all the same
    assertTrue(search("\"Amar Fayaz").total() >= 1);
    assertTrue(search("Fayaz: (released?").total() >= 1);
    assertTrue(search("من هو عمار فياز؟").total() >= 1);
    for (String odd : List.of("", "*", "???", "((", "a:(b", "أ[طال", "{x}^2~", "NOT", "- + !")) {
      search(odd);
    }
  }

  @Test
  void search_question_allWordsOptional_stopWordsNeverRequired() throws IOException {
    // "who is" are stop words, never required: the Arabic article has عمار but not هو
    SearchResult r = search("من هو عمار فياز؟");
    assertTrue(r.total() >= 1);
    assertTrue(sources(r).contains("release.ar.txt"), sources(r).toString());
    assertEquals("release.ar.txt", Path.of(r.hits().get(0).source()).getFileName().toString());
  }

  @Test
  void article_storedAgain_hasTextSegmentsAndMetadata() throws IOException {
    String id = first.articles().get(0).id();
    Article a = archive.article(id).orElseThrow();
    assertEquals("ar", a.language());
    assertEquals("باكستان: إطلاق سراح الرفيق عمار فياز!", a.title());
    assertEquals(3, a.paragraphs().size());
    assertTrue(a.sentences().size() >= 4);
    assertEquals(a.paragraphs().get(0).text(a.text()), a.title());
  }

  @Test
  void readOnlyArchive_seesCommitsOfTheWriterWithoutReopening() throws IOException {
    Path dir = tmp.resolve("archive-nrt");
    try (Archive writer = Archive.open(dir); Archive reader = Archive.openReadOnly(dir)) {
      assertEquals(0, reader.search(SearchRequest.of("*")).total());
      writer.ingest(List.of(articles.resolve("release.ar.txt")));
      assertEquals(1, reader.search(SearchRequest.of("عمار")).total());
    }
  }

  @Test
  void open_archiveOfNewerFormat_failsClearly() throws IOException {
    Path dir = tmp.resolve("future");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("dragoman-archive.properties"), "format=99\n");
    var e = assertThrows(IllegalStateException.class, () -> Archive.open(dir));
    assertTrue(e.getMessage().contains("newer Dragoman"), e.getMessage());
  }

  @Test
  void open_nonEmptyFolderThatIsNoArchive_refuses() throws IOException {
    Path dir = tmp.resolve("documents");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("thesis.txt"), "precious");
    var e = assertThrows(IllegalStateException.class, () -> Archive.open(dir));
    assertTrue(e.getMessage().contains("not a Dragoman archive"), e.getMessage());
    assertTrue(Files.exists(dir.resolve("thesis.txt")));
    assertFalse(Files.exists(dir.resolve("index")));
  }
}
