package org.dragoman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dragoman.align.PairingFiles;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.search.SearchRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive's side files damaged (truncated, garbled, half-written by a killed run): each is
 * named with what to do, what can be rebuilt from the index is rebuilt, and nothing is changed
 * by a run that must stop.
 */
class SideFilesTest {
  @TempDir Path tmp;
  Path dir;
  Path articles;

  @BeforeEach
  void alignedArchive() throws IOException {
    articles = ArchiveTest.copyFixtures(tmp.resolve("articles"));
    dir = tmp.resolve("archive");
    try (Archive archive = Archive.open(dir)) {
      archive.ingest(List.of(articles));
      archive.alignAndLearn();
      assertEquals(1, archive.groups().size(), "the English release and its Arabic translation");
    }
  }

  private static void cut(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(b, b.length / 2));
  }

  private Path newArticle() throws IOException {
    Path f = tmp.resolve("new.en.txt");
    Files.writeString(f, "Dockers in Marseille stop work\nThe dockers of Marseille stopped work on "
        + "Monday against the plan to privatise the container terminal.", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void groupsCut_searchGoesOnAndAlignPairsTheArchiveAgain() throws IOException {
    Path groups = dir.resolve("alignment/groups.json");
    cut(groups);
    try (Archive archive = Archive.openReadOnly(dir)) {
      assertEquals(List.of(), archive.groups());
      assertTrue(archive.search(SearchRequest.of("عمار")).total() >= 1);
    }
    try (Archive archive = Archive.open(dir)) {
      archive.alignAndLearn();
      assertEquals(1, archive.groups().size());
    }
    JsonMapper.builder().build().readTree(groups.toFile()); // whole again
  }

  @Test
  void decisionsGarbled_alignRefusesNamingTheFileAndWhatToDo() throws IOException {
    Path decisions = dir.resolve("alignment/decisions.json");
    Files.writeString(decisions, "{\"pins\": [[\"a\", ");
    Path groups = dir.resolve("alignment/groups.json");
    byte[] before = Files.readAllBytes(groups);
    try (Archive archive = Archive.open(dir)) {
      IOException e = assertThrows(IOException.class, archive::alignAndLearn);
      assertTrue(e.getMessage().contains(decisions.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("restore it from a backup"), e.getMessage());
    }
    assertEquals(new String(before, StandardCharsets.UTF_8),
        Files.readString(groups), "the groups are left as they were");
  }

  @Test
  void lexiconCut_learnedAgainByTheNextAlign() throws IOException {
    Path lexicon;
    try (Stream<Path> s = Files.list(dir.resolve("alignment"))) {
      lexicon = s.filter(p -> p.getFileName().toString().startsWith("lexicon-")).findFirst()
          .orElseThrow();
    }
    String[] languages = lexicon.getFileName().toString().replace("lexicon-", "")
        .replace(".bin", "").split("-");
    PairingFiles files = new PairingFiles(dir);
    assertTrue(files.lexicon(languages[0], languages[1]).size() > 0);
    cut(lexicon);
    assertTrue(files.lexiconDamaged(languages[0], languages[1]));
    assertEquals(0, files.lexicon(languages[0], languages[1]).size());
    try (Archive archive = Archive.open(dir)) {
      archive.alignAndLearn();
    }
    assertFalse(files.lexiconDamaged(languages[0], languages[1]));
    assertTrue(files.lexicon(languages[0], languages[1]).size() > 0);
  }

  @Test
  void catalogueCut_searchByEntityGoesOnAndTheWriterRebuildsIt() throws IOException {
    Path catalogue = dir.resolve("entities/catalogue.json");
    cut(catalogue);
    try (Archive archive = Archive.openReadOnly(dir)) {
      assertTrue(archive.entities().get("person:amar-fayaz").isPresent(),
          "the catalogue is read from the index");
      assertEquals(2, archive.search(SearchRequest.of("")
          .withEntities(List.of("person:amar-fayaz"))).total());
    }
    try (Archive archive = Archive.open(dir)) {
      archive.ingest(List.of(newArticle()));
    }
    JsonMapper.builder().build().readTree(catalogue.toFile()); // whole again
  }

  @Test
  void editsGarbled_ingestRefusesBeforeCommittingAnything() throws IOException {
    Path edits = dir.resolve("entities/edits.json");
    Files.writeString(edits, "{\"edits\": [");
    try (Archive archive = Archive.open(dir)) {
      IOException e = assertThrows(IOException.class,
          () -> archive.ingest(List.of(newArticle())));
      assertTrue(e.getMessage().contains(edits.toString()), e.getMessage());
    }
    try (Archive archive = Archive.openReadOnly(dir)) {
      assertEquals(0, archive.search(SearchRequest.of("dockers")).total(),
          "the new article was not committed");
    }
  }

  @Test
  void killedAfterTheEditsWereWritten_nextOpenAppliesThem() throws IOException {
    Path catalogue = dir.resolve("entities/catalogue.json");
    byte[] before = Files.readAllBytes(catalogue);
    try (Archive archive = Archive.open(dir)) {
      archive.editEntities(new EntityCatalogue.Edit("alias", List.of(), "person:amar-fayaz",
          "Ammar Fayyaz"));
    }
    Files.write(catalogue, before); // as if killed between edits.json and catalogue.json
    try (Archive archive = Archive.open(dir)) {
      archive.ingest(List.of(articles)); // nothing changed
      assertTrue(EntityCatalogue.namesOf(archive.entities().get("person:amar-fayaz").orElseThrow())
          .contains("Ammar Fayyaz"));
    }
  }

  @Test
  void newArchiveWhileAnotherProcessWritesItsFormatFile_opens() throws IOException {
    Path fresh = tmp.resolve("fresh");
    Files.createDirectories(fresh);
    Files.writeString(fresh.resolve(".dragoman-archive.properties.4711.tmp"), "format=");
    try (Archive archive = Archive.open(fresh)) {
      assertEquals(1, archive.ingest(List.of(newArticle())).added());
    }
  }
}
