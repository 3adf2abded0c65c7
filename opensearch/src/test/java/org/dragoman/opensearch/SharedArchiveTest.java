package org.dragoman.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dragoman.Archive;
import org.dragoman.align.EditorDecisions;
import org.dragoman.align.PairingFiles;
import org.dragoman.ingest.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Dragoman processes, each with its own folder as on two machines, writing one archive on a
 * cluster at once: their articles overlap and none is doubled, and each editor's pin survives
 * the other's (the decisions merged when both wrote them), as a third process opening the
 * archive afresh finds.
 */
class SharedArchiveTest {
  @TempDir Path dir;

  @Test
  void twoWriters_noDuplicatesAndNoLostDecisions() throws Exception {
    Path corpus = DualBackendTest.CORPUS;
    List<Path> files;
    try (var s = Files.list(corpus)) {
      files = s.filter(p -> !p.getFileName().toString().equals("MANIFEST.json")).sorted().toList();
    }
    // overlapping halves: the middle third is ingested by both at once
    List<Path> first = files.subList(0, files.size() * 2 / 3);
    List<Path> second = files.subList(files.size() / 3, files.size());
    String[] pinA = {id(corpus, "faisalabad-strike.en.html"), id(corpus, "faisalabad-strike.ur.md")};
    String[] pinB = {id(corpus, "seville-teachers.en.md"), id(corpus, "seville-teachers.es.html")};
    try (LocalCluster cluster = LocalCluster.start(dir.resolve("nodes"), "shared", 2)) {
      var settings = DualBackendTest.settings(cluster, "shared");
      ExecutorService two = Executors.newFixedThreadPool(2);
      try (Archive a = Archive.open(dir.resolve("machine-a"), settings);
          Archive b = Archive.open(dir.resolve("machine-b"), settings)) {
        Future<?> ia = two.submit(() -> a.ingest(first));
        Future<?> ib = two.submit(() -> b.ingest(second));
        ia.get();
        ib.get();
        // each editor pins a pair, at once, each with the decisions it read
        Future<?> pa = two.submit(() -> {
          a.pin(pinA[0], pinA[1]);
          return null;
        });
        Future<?> pb = two.submit(() -> {
          b.pin(pinB[0], pinB[1]);
          return null;
        });
        pa.get();
        pb.get();
      } finally {
        two.shutdown();
      }
      try (Archive c = Archive.openReadOnly(dir.resolve("machine-c"), settings)) {
        List<String> ids = c.articleIds();
        assertEquals(files.size(), ids.size(), "every article once: " + ids);
        assertEquals(ids.size(), new HashSet<>(ids).size());
      }
      EditorDecisions d = new PairingFiles(dir.resolve("machine-c")).decisions();
      assertTrue(d.pins().contains(EditorDecisions.pair(pinA[0], pinA[1])), "A's pin: " + d);
      assertTrue(d.pins().contains(EditorDecisions.pair(pinB[0], pinB[1])), "B's pin: " + d);
    }
  }

  private static String id(Path corpus, String name) throws Exception {
    return ArticleReader.idFor(corpus.resolve(name));
  }
}
