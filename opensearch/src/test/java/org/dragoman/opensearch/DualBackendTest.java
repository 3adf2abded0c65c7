package org.dragoman.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dragoman.Archive;
import org.dragoman.index.BackendSettings;
import org.dragoman.ingest.IngestReport;
import org.dragoman.model.Article;
import org.dragoman.model.TranslationGroup;
import org.dragoman.search.SearchHit;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive's behaviour on both backends: the samples ingested into an embedded archive and
 * into an archive on a two-node OpenSearch cluster (two shards, one replica) give the same
 * articles, the same hits in the same order with the same scores, snippets and facets, the same
 * translation groups and the same entities.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DualBackendTest {
  @TempDir static Path dir;
  LocalCluster cluster;
  Archive embedded;
  Archive clustered;
  IngestReport embeddedReport;
  IngestReport clusteredReport;

  static final Path CORPUS = Path.of("..", "samples", "corpus");

  @BeforeAll
  void ingestBoth() throws Exception {
    cluster = LocalCluster.start(dir.resolve("nodes"), "dual", 2);
    embedded = Archive.open(dir.resolve("embedded"));
    clustered = Archive.open(dir.resolve("clustered"), settings(cluster, "dual"));
    embeddedReport = embedded.ingest(List.of(CORPUS));
    clusteredReport = clustered.ingest(List.of(CORPUS));
  }

  static BackendSettings settings(LocalCluster c, String index) {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      urls.add(c.uri(i).toString());
    }
    return new BackendSettings("opensearch", Map.of("url", String.join(",", urls),
        "index", index, "shards", "2", "replicas", "1"));
  }

  @AfterAll
  void close() throws Exception {
    try (LocalCluster c = cluster) {
      embedded.close();
      clustered.close();
    }
  }

  @Test
  void ingest_sameArticles() throws Exception {
    assertEquals("opensearch", clustered.backend());
    assertEquals(embeddedReport.added(), clusteredReport.added());
    assertTrue(embeddedReport.added() >= 18, "articles: " + embeddedReport.added());
    assertEquals(embedded.articleIds(), clustered.articleIds());
    assertEquals(embedded.languages(), clustered.languages());
    for (String id : embedded.articleIds()) {
      Article a = embedded.article(id).orElseThrow();
      Article b = clustered.article(id).orElseThrow();
      assertEquals(a.text(), b.text(), id);
      assertEquals(a.title(), b.title(), id);
      assertEquals(a.published(), b.published(), id);
      assertEquals(a.paragraphs(), b.paragraphs(), id);
      assertEquals(a.sentences(), b.sentences(), id);
      assertEquals(embedded.mentions(id), clustered.mentions(id), id);
      assertEquals(embedded.brief(id), clustered.brief(id), id);
    }
    // the cluster's folder holds no index of its own: the articles are in the cluster
    assertFalse(Files.exists(dir.resolve("clustered").resolve("index")));
    assertTrue(Files.readString(dir.resolve("clustered").resolve("dragoman-archive.properties"))
        .contains("backend=opensearch"));
  }

  /** Questions typed as users type them, in several scripts, with the search's options. */
  static List<SearchRequest> suite() {
    List<SearchRequest> out = new ArrayList<>();
    for (String q : List.of("water", "living wage", "\"living wage\"", "strike workers",
        "Amar Fayaz", "عمار فياز", "عمّار فيّاز", "إضراب العمال", "الصحفية", "پانی",
        "huelga", "grève", "wat*", "water -Karachi", "dockers AND Marseille", "teachers OR maestros",
        "Samira Haddad", "2024", "*", "what did the dockers win?", "the")) {
      SearchRequest r = SearchRequest.of(q);
      out.add(r);
      out.add(r.withLimit(3).withOffset(2));
      out.add(r.withSort(SearchRequest.Sort.DATE));
      out.add(r.withLanguages(Set.of("en")));
      out.add(r.withLanguages(Set.of("ar")).withAcross(true));
      out.add(r.withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)));
    }
    return out;
  }

  @Test
  void search_sameHitsInTheSameOrder() throws Exception {
    int compared = 0;
    int withHits = 0;
    for (SearchRequest r : suite()) {
      SearchResult a = embedded.search(r);
      SearchResult b = clustered.search(r);
      String what = r.query() + " " + r.languages() + " across=" + r.across() + " sort="
          + r.sort() + " offset=" + r.offset();
      assertEquals(a.total(), b.total(), what);
      assertSameOrder(a, b, r, what);
      for (int i = 0; i < a.hits().size(); i++) {
        SearchHit x = a.hits().get(i);
        SearchHit y = b.hits().stream().filter(h -> h.id().equals(x.id())).findFirst().orElse(null);
        if (y == null) {
          continue; // a tie cut by the page's edge: assertSameOrder compared it
        }
        assertEquals(x.score(), y.score(), Math.abs(x.score()) * 1e-5 + 1e-6, what + " " + x.id());
        assertEquals(x.snippets(), y.snippets(), what + " " + x.id());
        assertEquals(x.matched(), y.matched(), what + " " + x.id());
        assertEquals(x.entities(), y.entities(), what + " " + x.id());
      }
      assertEquals(a.facets(), b.facets(), what);
      compared++;
      withHits += a.hits().isEmpty() ? 0 : 1;
    }
    assertTrue(withHits > compared / 2, withHits + " of " + compared + " with hits");
  }

  @Test
  void search_byEntity() throws Exception {
    var person = embedded.entities().list(org.dragoman.model.Mention.Type.PERSON, 5);
    assertFalse(person.isEmpty());
    for (var e : person) {
      SearchRequest r = SearchRequest.of("*").withEntities(List.of(e.id()));
      assertSameOrder(embedded.search(r), clustered.search(r), r, e.id());
      assertEquals(embedded.search(r).facets(), clustered.search(r).facets(), e.id());
    }
  }

  @Test
  void align_sameGroups() throws Exception {
    List<TranslationGroup> a = embedded.align().groups();
    List<TranslationGroup> b = clustered.align().groups();
    assertTrue(a.size() >= 5, "groups: " + a);
    assertEquals(a.stream().map(g -> Set.copyOf(g.articles())).toList(),
        b.stream().map(g -> Set.copyOf(g.articles())).toList());
  }

  @Test
  void editorsDecisions_sameGroups() throws Exception {
    String en = org.dragoman.ingest.ArticleReader.idFor(CORPUS.resolve("faisalabad-strike.en.html"));
    String ur = org.dragoman.ingest.ArticleReader.idFor(CORPUS.resolve("faisalabad-strike.ur.md"));
    String roundup = org.dragoman.ingest.ArticleReader.idFor(
        CORPUS.resolve("campaign-roundup-2025.en.md"));
    String cairo = org.dragoman.ingest.ArticleReader.idFor(
        CORPUS.resolve("delivery-riders-cairo.ar.txt"));
    for (Archive a : List.of(embedded, clustered)) {
      a.forbid(en, ur);
      a.pin(roundup, cairo);
    }
    List<Set<String>> x = embedded.align().groups().stream()
        .map(g -> Set.copyOf(g.articles())).toList();
    List<Set<String>> y = clustered.align().groups().stream()
        .map(g -> Set.copyOf(g.articles())).toList();
    assertEquals(x, y);
    assertTrue(x.stream().anyMatch(g -> g.contains(roundup) && g.contains(cairo)), x.toString());
    assertTrue(x.stream().noneMatch(g -> g.contains(en) && g.contains(ur)), x.toString());
  }

  @Test
  void entities_sameCatalogue() throws Exception {
    for (var type : List.of(org.dragoman.model.Mention.Type.PERSON,
        org.dragoman.model.Mention.Type.ORGANISATION, org.dragoman.model.Mention.Type.PLACE)) {
      assertEquals(embedded.entities().list(type, 1000), clustered.entities().list(type, 1000),
          type.name());
    }
  }

  /**
   * The same hits in the same order, but among hits of equal score, which have no order (the
   * embedded index gives them in the order they were read, the cluster in id order): a run of
   * equal scores holds the same articles, and one cut by the page's edge as many.
   */
  static void assertSameOrder(SearchResult a, SearchResult b, SearchRequest r, String what) {
    List<SearchHit> x = a.hits();
    List<SearchHit> y = b.hits();
    assertEquals(x.size(), y.size(), what);
    if (r.sort() == SearchRequest.Sort.DATE) {
      assertEquals(x.stream().map(SearchHit::published).toList(),
          y.stream().map(SearchHit::published).toList(), what);
    }
    for (int from = 0; from < x.size(); ) {
      int to = from + 1;
      while (to < x.size() && sameRank(x.get(to), x.get(from), r)) {
        to++;
      }
      for (int i = from; i < to; i++) {
        assertEquals(x.get(i).score(), y.get(i).score(),
            Math.abs(x.get(i).score()) * 1e-5 + 1e-6, what + " #" + i);
      }
      boolean cut = from == 0 && r.offset() > 0 || to == x.size() && x.size() == r.limit();
      if (!cut) {
        assertEquals(Set.copyOf(ids(x.subList(from, to))), Set.copyOf(ids(y.subList(from, to))),
            what + " #" + from + "–" + to);
      }
      from = to;
    }
    if (x.size() < r.limit()) {
      assertEquals(Set.copyOf(ids(x)), Set.copyOf(ids(y)), what);
    }
  }

  private static boolean sameRank(SearchHit h, SearchHit first, SearchRequest r) {
    return Math.abs(h.score() - first.score()) <= Math.abs(first.score()) * 1e-5 + 1e-6
        && (r.sort() != SearchRequest.Sort.DATE
            || java.util.Objects.equals(h.published(), first.published()));
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).toList();
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }
}
