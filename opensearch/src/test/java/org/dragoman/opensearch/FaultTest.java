package org.dragoman.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.dragoman.Archive;
import org.dragoman.ingest.IngestReport;
import org.dragoman.search.SearchHit;
import org.dragoman.search.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One node of a two-node cluster stops during a batch ingest (when a quarter of it is read) and
 * during searches: with a
 * replica of every shard, the batch completes and the searches answer, through the other node;
 * restarted, the node rejoins, and the archive holds every article once.
 *
 * <p>The node stopped is the one that is not the cluster's manager: two nodes cannot elect a
 * new one when the manager goes (a cluster that must survive any node needs three).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultTest {
  @TempDir static Path dir;
  LocalCluster cluster;
  Path corpus;
  int articles;

  @BeforeAll
  void start() throws Exception {
    cluster = LocalCluster.start(dir.resolve("nodes"), "faults", 2);
    corpus = Files.createDirectories(dir.resolve("corpus"));
    // the samples' plain-text articles, each many times with a line of its own: ids and bytes differ
    List<Path> texts;
    try (var s = Files.list(DualBackendTest.CORPUS)) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (int copy = 0; copy < 60; copy++) {
      for (Path t : texts) {
        String name = t.getFileName().toString();
        String text;
        try {
          text = Files.readString(t, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException other) {
          continue; // a sample in another encoding
        }
        int end = text.indexOf('\n');
        Files.writeString(corpus.resolve(copy + "-" + name),
            text.substring(0, end) + " (" + copy + ")" + text.substring(end) + "\nBulletin "
                + copy + ".\n", StandardCharsets.UTF_8);
        articles++;
      }
    }
  }

  @AfterAll
  void stop() throws Exception {
    cluster.close();
  }

  private long count(int node, String index) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        cluster.uri(node).resolve(index + "/_count")).build(), HttpResponse.BodyHandlers.ofString());
    String body = r.body();
    int at = body.indexOf("\"count\":");
    return at < 0 ? -1 : Long.parseLong(body.substring(at + 8).split("[,}]")[0]);
  }

  @Test
  void ingest_aNodeStopsMidway_everyArticleOnceAfterItRestarts() throws Exception {
    int victim = 1 - cluster.manager(0);
    int survivor = 1 - victim;
    AtomicReference<Throwable> stopping = new AtomicReference<>();
    java.util.concurrent.atomic.AtomicLong stoppedAt = new java.util.concurrent.atomic.AtomicLong();
    try (Archive archive = Archive.open(dir.resolve("ingest"),
        DualBackendTest.settings(cluster, "ingest"))) {
      // the node stops when a quarter of the batch is read: from then on, what was sent to it
      // and what is still to come goes through the other node
      java.util.concurrent.CountDownLatch quarter = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
      Thread killer = new Thread(() -> {
        try {
          quarter.await();
          cluster.stop(victim);
          stoppedAt.set(System.nanoTime());
        } catch (Throwable t) {
          stopping.set(t);
        }
      });
      killer.start();
      org.dragoman.ingest.IngestListener listener = new org.dragoman.ingest.IngestListener() {
        @Override
        public void finished(String source, long bytes, IngestReport.Status status) {
          if (read.incrementAndGet() == articles / 4) {
            quarter.countDown();
          }
        }
      };
      IngestReport r = archive.ingest(List.of(corpus), org.dragoman.ingest.IngestOptions.defaults(),
          listener);
      long ended = System.nanoTime();
      killer.join();
      assertNull(stopping.get());
      assertTrue(stoppedAt.get() != 0 && stoppedAt.get() < ended, "the node stopped during the batch");
      assertEquals(0, r.failed(), "failures: " + r.failures());
      assertNull(r.stopped());
      assertEquals(articles, r.added() + r.updated() + r.unchanged());
      assertTrue(count(survivor, "ingest") >= articles, "the survivor holds every article");

      cluster.restart(victim);
      List<String> ids = archive.articleIds();
      assertEquals(articles, ids.size());
      assertEquals(articles, new HashSet<>(ids).size());
      assertEquals(articles, count(victim, "ingest"));
      IngestReport again = archive.ingest(List.of(corpus));
      assertEquals(articles, again.unchanged(), "nothing lost: every article is there as read");
    }
  }

  @Test
  void search_aNodeIsDown_theSameHits() throws Exception {
    try (Archive archive = Archive.open(dir.resolve("search"),
        DualBackendTest.settings(cluster, "search"))) {
      archive.ingest(List.of(DualBackendTest.CORPUS));
      List<SearchRequest> questions = List.of(SearchRequest.of("water"),
          SearchRequest.of("عمار فياز"), SearchRequest.of("strike workers"),
          SearchRequest.of("huelga maestros"), SearchRequest.of("پانی"));
      List<List<String>> before = hits(archive, questions);
      assertTrue(before.stream().allMatch(h -> !h.isEmpty()), before.toString());
      int victim = 1 - cluster.manager(0);
      cluster.stop(victim);
      try {
        assertEquals(before, hits(archive, questions), "with a node down");
      } finally {
        cluster.restart(victim);
      }
      assertEquals(before, hits(archive, questions), "after the node is back");
    }
  }

  private static List<List<String>> hits(Archive a, List<SearchRequest> questions)
      throws Exception {
    List<List<String>> out = new java.util.ArrayList<>();
    for (SearchRequest q : questions) {
      out.add(a.search(q).hits().stream().map(SearchHit::id).toList());
    }
    return out;
  }
}
