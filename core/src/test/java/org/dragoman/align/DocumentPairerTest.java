package org.dragoman.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dragoman.Archive;
import org.dragoman.ArchiveTest;
import org.dragoman.ingest.IngestReport;
import org.dragoman.model.TranslationGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentPairerTest {

  private static Map<String, String> names(IngestReport r) {
    return r.articles().stream().collect(Collectors.toMap(
        IngestReport.Entry::id, a -> Path.of(a.source()).getFileName().toString()));
  }

  @Test
  void align_englishAndArabicVersions_oneGroupAndTheOtherArticleAlone(@TempDir Path tmp)
      throws Exception {
    Path in = ArchiveTest.copyFixtures(tmp.resolve("in"));
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      Map<String, String> names = names(archive.ingest(List.of(in)));
      DocumentPairer.Result r = archive.align();
      assertEquals(1, r.groups().size(), r.toString());
      TranslationGroup g = r.groups().get(0);
      assertEquals(List.of("release.ar.txt", "release.en.txt"),
          g.articles().stream().map(names::get).sorted().toList());
      assertTrue(g.confidence() > 0 && g.confidence() <= 1);
      assertEquals(List.of("update.en.md"), r.unpaired().stream().map(names::get).toList());
      assertEquals(r.groups(), archive.groups(), "the groups are stored in the archive");
    }
  }

  @Test
  void editorDecisions_forbidAndPin_surviveLaterRuns(@TempDir Path tmp) throws Exception {
    Path in = ArchiveTest.copyFixtures(tmp.resolve("in"));
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      Map<String, String> names = names(archive.ingest(List.of(in)));
      Map<String, String> ids = names.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
      archive.forbid(ids.get("release.en.txt"), ids.get("release.ar.txt"));
      assertEquals(0, archive.align().groups().size());
      archive.pin(ids.get("update.en.md"), ids.get("release.en.txt"));
      archive.ingest(List.of(in));
      DocumentPairer.Result r = archive.align();
      assertEquals(1, r.groups().size());
      assertEquals(List.of("release.en.txt", "update.en.md"),
          r.groups().get(0).articles().stream().map(names::get).sorted().toList(),
          "an editor may put two English articles in one group");
    }
  }

  @Test
  void pin_unknownArticleOrItself_isRefused(@TempDir Path tmp) throws Exception {
    Path in = ArchiveTest.copyFixtures(tmp.resolve("in"));
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      String id = archive.ingest(List.of(in)).articles().get(0).id();
      assertThrows(IllegalArgumentException.class, () -> archive.pin(id, "0000000000000000"));
      assertThrows(IllegalArgumentException.class, () -> archive.pin(id, id));
    }
  }

  @Test
  void align_identicalTextsInOneLanguage_areNotGrouped(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    String text = "The dockers of Marseille refused to unload the Aurora Star until 41 seafarers"
        + " were paid 186,000 euros, said Karim Benali of the CGT.";
    Files.writeString(in.resolve("a.txt"), text);
    Files.writeString(in.resolve("b.txt"), text);
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      archive.ingest(List.of(in));
      DocumentPairer.Result r = archive.align();
      assertEquals(0, r.groups().size());
      assertEquals(2, r.unpaired().size());
    }
  }

  @Test
  void alignAndLearn_storesALexiconPerLanguagePair(@TempDir Path tmp) throws Exception {
    Path in = ArchiveTest.copyFixtures(tmp.resolve("in"));
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      archive.ingest(List.of(in));
      archive.alignAndLearn();
      Lexicon enAr = archive.lexicon("en", "ar");
      assertTrue(enAr.size() > 0 && enAr.pairs() >= 2, "learned from the group's links");
      assertEquals(enAr.size(), archive.lexicon("ar", "en").size(), "read the other way round");
    }
  }
}
