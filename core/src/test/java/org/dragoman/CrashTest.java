package org.dragoman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dragoman.ingest.IngestListener;
import org.dragoman.ingest.IngestOptions;
import org.dragoman.ingest.IngestReport;
import org.dragoman.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL in the middle of an ingest leaves an archive that opens, and the
 * same ingest run again completes it without duplicates.
 */
class CrashTest {
  static final int FILES = 400;
  static final int COMMIT_EVERY = 100;

  /** The child process: ingests a folder, printing each finished file. */
  public static void main(String[] args) throws Exception {
    try (Archive a = Archive.open(Path.of(args[0]))) {
      a.ingest(List.of(Path.of(args[1])), IngestOptions.defaults().withCommitEvery(COMMIT_EVERY),
          new IngestListener() {
        int done;

        @Override
        public void finished(String source, long bytes, IngestReport.Status status) {
          System.out.println("done " + (++done));
          System.out.flush();
        }
      });
    }
  }

  @Test
  void killedDuringIngest_archiveOpensAndRerunCompletesWithoutDuplicates(@TempDir Path tmp)
      throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(in.resolve(String.format("a%04d.txt", i)),
          "بيان رقم " + i + ": نظم أنصارنا احتجاجات أمام السفارات الباكستانية للمطالبة بالإفراج عن الرفاق.");
    }
    Path archiveDir = tmp.resolve("archive");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashTest.class.getName(), archiveDir.toString(), in.toString())
        .redirectErrorStream(true).start();
    int done = 0;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("done ") && (done = Integer.parseInt(line.substring(5))) >= 250) {
          break;
        }
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
    assertTrue(done >= 250 && done < FILES, "the child was killed mid-run, after " + done);

    try (Archive a = Archive.open(archiveDir)) {
      long survived = a.search(SearchRequest.of("*")).total();
      assertTrue(survived >= COMMIT_EVERY && survived < FILES,
          "articles up to the last commit survive: " + survived);
      IngestReport again = a.ingest(List.of(in));
      assertEquals(0, again.failed());
      assertEquals(FILES, again.added() + again.unchanged());
      assertEquals(FILES, a.search(SearchRequest.of("*")).total());
      assertEquals(FILES, a.stats().articles());
    }
  }
}
