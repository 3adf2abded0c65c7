package org.dragoman.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dragoman.model.Article;

/**
 * {@code bench scale}: what ingesting a few new files and aligning them costs as the archive
 * grows. For each size, an archive of that many articles of real sentences is built (and kept
 * in the work folder for later runs) and aligned once; then, round by round, ten new files are
 * ingested and {@code align --archive} is run, each as a whole {@code dragoman} process, as a user
 * runs them. Both should cost about the same at every size: the work is the new files.
 */
final class BenchScale {
  private BenchScale() {}

  static final int NEW_FILES = 10;

  static List<Map<String, Object>> run(List<Integer> sizes, List<Path> sentences, Path work,
      int rounds, List<String> javaOptions) throws Exception {
    List<BenchArchive.Pool> pools = BenchArchive.pools(sentences);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int size : sizes) {
      Path dir = work.resolve("archive-" + size);
      double[] took = BenchArchive.ensure(dir, size, pools, true);
      Path built = dir.resolve("bench-built");
      List<Double> ingest = new ArrayList<>();
      List<Double> align = new ArrayList<>();
      long next = Long.parseLong(Files.readString(built).strip());
      for (int round = 0; round < rounds; round++) {
        Path input = Files.createTempDirectory(work, "new-");
        for (int k = 0; k < NEW_FILES; k++) {
          Article a = BenchArchive.article(next + k, pools, new Random(next + k));
          Files.writeString(input.resolve("new-" + (next + k) + ".txt"), a.text());
        }
        next += NEW_FILES;
        ingest.add(timeProcess(javaOptions, "ingest", "--archive", dir.toString(), input.toString()));
        align.add(timeProcess(javaOptions, "align", "--archive", dir.toString()));
        BenchCommand.delete(input);
      }
      Files.writeString(built, next + "\n");
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("articles", size);
      row.put("buildSeconds", round(took[0]));
      row.put("firstAlignSeconds", round(took[1]));
      if (rounds > 0) {
        row.put("ingest10Median", round(BenchCommand.median(ingest)));
        row.put("alignMedian", round(BenchCommand.median(align)));
      }
      row.put("ingest10Seconds", ingest.stream().map(BenchScale::round).toList());
      row.put("alignSeconds", align.stream().map(BenchScale::round).toList());
      rows.add(row);
    }
    return rows;
  }

  /** Seconds a {@code dragoman} process with these arguments takes, start to end. */
  static double timeProcess(List<String> javaOptions, String... args) throws IOException,
      InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(javaOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(30, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("dragoman " + String.join(" ", args) + " took over 30 minutes");
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (p.exitValue() != 0) {
      throw new IllegalStateException("dragoman " + String.join(" ", args) + " exited " + p.exitValue());
    }
    return seconds;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
