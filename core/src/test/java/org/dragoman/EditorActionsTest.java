package org.dragoman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.entity.EntityCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors' decisions: recorded whole or not at all, and said in one line. */
class EditorActionsTest {
  @TempDir Path tmp;

  @Test
  void pairing_oneBadPair_recordsNone() throws Exception {
    Path articles = ArchiveTest.copyFixtures(tmp.resolve("articles"));
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      archive.ingest(List.of(articles));
      EditorActions.Outcome first = EditorActions.pairing(archive, List.of(), List.of(), 0);
      List<String> ids = first.run().groups().get(0).articles();
      String other = first.run().unpaired().get(0);
      Path decisions = tmp.resolve("archive/alignment/decisions.json");
      String before = Files.exists(decisions) ? Files.readString(decisions) : "";
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
          EditorActions.pairing(archive, List.of(List.of(ids.get(0), other)),
              List.of(List.of(ids.get(1), "0000000000000000")), 0));
      assertTrue(e.getMessage().contains("0000000000000000"), e.getMessage());
      assertEquals(before, Files.exists(decisions) ? Files.readString(decisions) : "",
          "the good pin was not recorded either");
      EditorActions.Outcome pinned = EditorActions.pairing(archive,
          List.of(List.of(ids.get(0), other)), List.of(), 0);
      assertEquals("pinned " + ids.get(0) + " with " + other, pinned.done());
      assertTrue(pinned.run().groups().stream().anyMatch(g -> g.articles().contains(other)));
    }
  }

  @Test
  void describe_saysWhatEachEditDoes() {
    assertEquals("merged person:a, person:b into person:a", EditorActions.describe(
        new EntityCatalogue.Edit("merge", List.of("person:a", "person:b"), "person:a", null)));
    assertEquals("'عمّار فياض' is now person:ammar", EditorActions.describe(
        new EntityCatalogue.Edit("alias", List.of(), "person:ammar", "عمّار فياض")));
    assertEquals("'Ammar' split from person:x as person:ammar", EditorActions.describe(
        new EntityCatalogue.Edit("split", List.of("person:x"), "person:ammar", "Ammar")));
  }
}
