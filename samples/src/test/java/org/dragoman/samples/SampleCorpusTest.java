package org.dragoman.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dragoman.Archive;
import org.dragoman.ingest.IngestReport;
import org.dragoman.search.SearchRequest;
import org.dragoman.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sample corpus reads without failures, in the languages its manifest says. */
class SampleCorpusTest {
  static final Path CORPUS = Path.of("corpus");

  @Test
  void corpus_ingestsWithoutFailuresInTheManifestLanguages(@TempDir Path tmp) throws Exception {
    JsonNode manifest = JsonMapper.builder().build().readTree(CORPUS.resolve("MANIFEST.json").toFile());
    Map<String, String> expected = new TreeMap<>();
    for (JsonNode f : manifest.get("files")) {
      expected.put(f.get("file").asString(), f.get("language").asString());
    }
    assertTrue(expected.size() >= 16, "at least 16 articles");
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      IngestReport report = archive.ingest(List.of(CORPUS));
      assertEquals(0, report.failed(), report.failures().toString());
      assertEquals(expected.size(), report.added());
      Map<String, String> found = report.articles().stream().collect(Collectors.toMap(
          a -> Path.of(a.source()).getFileName().toString(), IngestReport.Entry::language,
          (a, b) -> a, TreeMap::new));
      assertEquals(expected, found);

      SearchResult urdu = archive.search(SearchRequest.of("ہڑتال"));
      assertEquals(List.of("faisalabad-strike.ur.md"), urdu.hits().stream()
          .map(h -> Path.of(h.source()).getFileName().toString()).toList());
      SearchResult arabic = archive.search(SearchRequest.of("العمال"));
      assertTrue(arabic.hits().stream().anyMatch(h -> h.source().endsWith("faisalabad-strike.ar.txt")),
          "the query without diacritics finds «العُمّال»");
      assertTrue(arabic.hits().stream().anyMatch(h -> h.source().endsWith("delivery-riders-cairo.ar.txt")),
          "the Windows-1256 file is read as Arabic");
    }
  }

  @Test
  void manifest_everyFileIsListedAndEveryListedFileExists() throws Exception {
    JsonNode manifest = JsonMapper.builder().build().readTree(CORPUS.resolve("MANIFEST.json").toFile());
    List<String> listed = new java.util.ArrayList<>();
    manifest.get("files").forEach(f -> listed.add(f.get("file").asString()));
    List<String> onDisk;
    try (var s = Files.list(CORPUS)) {
      onDisk = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("MANIFEST.json")).sorted().toList();
    }
    assertEquals(onDisk, listed.stream().sorted().toList());
  }

  @Test
  void embeddingExample_runs(@TempDir Path tmp) throws Exception {
    EmbeddingExample.main(new String[] {tmp.resolve("archive").toString(), CORPUS.toString()});
    try (Archive archive = Archive.openReadOnly(tmp.resolve("archive"))) {
      assertTrue(archive.search(SearchRequest.of("strike").withLanguages(java.util.Set.of("en"))).total() >= 2);
    }
  }

  @Test
  void align_recoversTheManifestTranslationGroupsExactly(@TempDir Path tmp) throws Exception {
    JsonNode manifest = JsonMapper.builder().build().readTree(CORPUS.resolve("MANIFEST.json").toFile());
    Map<String, java.util.Set<String>> expected = new TreeMap<>();
    java.util.Set<String> alone = new java.util.TreeSet<>();
    for (JsonNode f : manifest.get("files")) {
      if (f.get("group").isNull()) {
        alone.add(f.get("file").asString());
      } else {
        expected.computeIfAbsent(f.get("group").asString(), k -> new java.util.TreeSet<>())
            .add(f.get("file").asString());
      }
    }
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      IngestReport report = archive.ingest(List.of(CORPUS));
      Map<String, String> names = report.articles().stream().collect(Collectors.toMap(
          IngestReport.Entry::id, a -> Path.of(a.source()).getFileName().toString()));
      var result = archive.align();
      java.util.Set<java.util.Set<String>> found = new java.util.HashSet<>();
      for (var g : result.groups()) {
        found.add(g.articles().stream().map(names::get)
            .collect(Collectors.toCollection(java.util.TreeSet::new)));
      }
      assertEquals(new java.util.HashSet<>(expected.values()), found);
      assertEquals(alone, result.unpaired().stream().map(names::get)
          .collect(Collectors.toCollection(java.util.TreeSet::new)));
    }
  }

  @Test
  void corpus_oneThreadOrFour_theSameArchive(@TempDir Path tmp) throws Exception {
    Map<String, String> one = snapshot(tmp.resolve("one"), 1);
    Map<String, String> four = snapshot(tmp.resolve("four"), 4);
    assertEquals(one.keySet(), four.keySet());
    assertEquals(one, four);
  }

  /** Every stored article (but the time it was read), its mentions, and the entity catalogue. */
  private static Map<String, String> snapshot(Path dir, int threads) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Archive archive = Archive.open(dir)) {
      IngestReport report = archive.ingest(List.of(CORPUS),
          org.dragoman.ingest.IngestOptions.defaults().withThreads(threads),
          org.dragoman.ingest.IngestListener.NONE);
      assertEquals(0, report.failed(), report.failures().toString());
      out.put("report", report.articles().stream().map(IngestReport.Entry::id).toList().toString());
      for (IngestReport.Entry e : report.articles()) {
        var a = archive.article(e.id()).orElseThrow();
        out.put(e.id(), new org.dragoman.model.Article(a.id(), a.source(), a.contentType(),
            a.language(), a.title(), a.published(), a.author(), a.canonicalUrl(), a.contentHash(),
            a.text(), a.paragraphs(), a.sentences(), java.time.Instant.EPOCH)
            + " " + archive.mentions(e.id()));
      }
      out.put("entities", archive.entities().list(null, Integer.MAX_VALUE).toString());
    }
    return out;
  }

  @Test
  void align_keepsEveryEntityIdAndRunsAgainOnlyOnWhatChanged(@TempDir Path tmp) throws Exception {
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      archive.ingest(List.of(CORPUS));
      List<String> before = archive.entities().list(null, Integer.MAX_VALUE).stream()
          .map(org.dragoman.entity.EntityCatalogue.Entity::id).toList();
      var first = archive.alignAndLearn();
      var catalogue = archive.entities();
      for (String id : before) {
        assertTrue(catalogue.get(id).isPresent(), id + " resolves after align");
        assertTrue(archive.search(SearchRequest.of("*").withEntities(List.of(id))).total() > 0, id);
      }
      // nothing new: the same groups, the lexicons not learned again
      Path lexicon = tmp.resolve("archive/alignment/lexicon-en-ar.bin");
      var learned = Files.getLastModifiedTime(lexicon);
      var second = archive.alignAndLearn();
      assertEquals(first.groups(), second.groups());
      assertEquals(learned, Files.getLastModifiedTime(lexicon));
      assertEquals(archive.entities().list(null, Integer.MAX_VALUE), 
          archive.entities().list(null, Integer.MAX_VALUE));
      assertTrue(archive.rebuildEntities().list(null, Integer.MAX_VALUE).stream()
          .map(org.dragoman.entity.EntityCatalogue.Entity::id).toList().containsAll(
              catalogue.list(null, Integer.MAX_VALUE).stream()
                  .map(org.dragoman.entity.EntityCatalogue.Entity::id).toList()),
          "a rebuild keeps the ids");
    }
  }

  @Test
  void searchAcross_englishWordsFindTheArabicAndUrduVersions_sayingHow(@TempDir Path tmp)
      throws Exception {
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      IngestReport report = archive.ingest(List.of(CORPUS));
      archive.alignAndLearn();
      Map<String, String> names = report.articles().stream().collect(Collectors.toMap(
          IngestReport.Entry::id, a -> Path.of(a.source()).getFileName().toString()));
      // in Arabic only, the English words find nothing without --across
      SearchRequest english = SearchRequest.of("release of the journalist")
          .withLanguages(java.util.Set.of("ar"));
      assertEquals(0, archive.search(english).total());
      SearchResult across = archive.search(english.withAcross(true));
      assertTrue(across.total() >= 1, across.toString());
      var first = across.hits().get(0);
      assertEquals("journalist-haddad.ar.html", names.get(first.id()));
      assertTrue(first.title().contains("سميرة حداد"), first.title());
      assertTrue(first.matched().contains("translated from en"), first.matched().toString());
      assertTrue(first.matched().stream().anyMatch(m -> m.startsWith("translation of ")),
          first.matched().toString());
      // a name in Latin letters reaches the Arabic text written without them
      SearchResult name = archive.search(SearchRequest.of("Samira Haddad")
          .withLanguages(java.util.Set.of("ar")).withAcross(true));
      assertEquals("journalist-haddad.ar.html", names.get(name.hits().get(0).id()));
      // a long text of distinct words stays within Lucene's clause limit, its translations too
      StringBuilder many = new StringBuilder();
      for (String w : Files.readString(CORPUS.resolve("marseille-dockers.en.txt")).split("\\W+")) {
        many.append(w).append(' ');
      }
      for (int k = 0; k < 1500; k++) {
        many.append("word").append(k).append(" Name").append(k).append(' ');
      }
      assertTrue(archive.search(SearchRequest.of(many.toString()).withAcross(true)).total() > 0);
      // without --across nothing says how a hit matched
      assertTrue(archive.search(SearchRequest.of("Haddad")).hits().get(0).matched().isEmpty());
    }
  }
}
