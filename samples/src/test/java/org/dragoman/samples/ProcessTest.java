package org.dragoman.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line and the library as whole processes: memory, output, logging, a race. */
class ProcessTest {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Path CORPUS = Path.of("corpus").toAbsolutePath();

  @Test
  void embedded_withoutAnyLoggingProvider_printsNothingOnStderr(@TempDir Path dir) throws Exception {
    // the application's class path: Dragoman core and what it brings, no SLF4J provider
    String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> !p.contains("slf4j-simple") && !p.contains("dragoman-cli")
            && !p.contains("junit") && !p.contains("opentest4j") && !p.contains("apiguardian"))
        .collect(Collectors.joining(File.pathSeparator));
    Processes.Run r = Processes.run(dir, Processes.java("--enable-native-access=ALL-UNNAMED",
        "-Djava.util.logging.config.file=" + Files.writeString(dir.resolve("jul.properties"),
            "org.apache.lucene.level=SEVERE\n"), "-cp", classPath,
        EmbeddingExample.class.getName(), dir.resolve("archive").toString(), CORPUS.toString()),
        null, 5);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("20 added, 0 unchanged, 0 failed"), r.out());
    // Lucene's own JVM notices are the application's to set (README: Embedding); none come from
    // SLF4J or Log4j while DOCX and PDF files are read
    assertEquals("", r.err(), "nothing on stderr");
  }

  @Test
  void searchJson_toAFullDisk_exit1(@TempDir Path dir) throws Exception {
    String archive = dir.resolve("archive").toString();
    assertEquals(0, Processes.run(dir, Processes.java("-jar", Processes.jar().toString(), "ingest",
        "--archive", archive, CORPUS.resolve("water-orangi.en.txt").toString()), null, 2).code());
    Processes.Run r = Processes.run(dir, Processes.java("-jar", Processes.jar().toString(),
        "search", "--archive", archive, "water", "--json"), Path.of("/dev/full"), 2);
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("could not write the output to standard output"), r.err());
    assertTrue(r.err().contains("No space left on device"), r.err());
  }

  @Test
  void ingest_smallHeap_mixedFolderWithFilesAtTheLimit_reportPrintedSmallFilesKept(
      @TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    try (Stream<Path> s = Files.list(CORPUS)) {
      for (Path f : s.filter(p -> p.toString().matches(".*\\.(txt|md|html)$")).toList()) {
        Files.copy(f, in.resolve(f.getFileName()));
      }
    }
    String en = Files.readString(CORPUS.resolve("marseille-dockers.en.txt"));
    String ar = Files.readString(CORPUS.resolve("faisalabad-strike.ar.txt"));
    for (var big : List.of(List.of("big-en.txt", en), List.of("big-ar.txt", ar))) {
      StringBuilder b = new StringBuilder();
      while (b.length() < 19_900_000) {
        b.append(big.get(1)).append('\n');
      }
      b.setLength(19_900_000);
      Files.writeString(in.resolve(big.get(0)), b, StandardCharsets.UTF_8);
    }
    int small;
    try (Stream<Path> s = Files.list(in)) {
      small = (int) s.count() - 2;
    }
    Path out = dir.resolve("report.json");
    Processes.Run r = Processes.run(dir, Processes.java("-Xmx256m", "-jar",
        Processes.jar().toString(), "ingest", "--archive", dir.resolve("archive").toString(),
        in.toString(), "--json"), out, 10);
    assertTrue(r.code() == 0 || r.code() == 1, r.err());
    assertTrue(!r.err().contains("OutOfMemoryError"), r.err());
    JsonNode report = JSON.readTree(out.toFile());
    assertTrue(report.get("added").asInt() >= small, report.toString());
    for (JsonNode f : report.get("failures")) {
      assertTrue(f.get("reason").asString().contains("-Xmx"), "names the setting: " + f);
    }
  }

  @Test
  void twoIngestsAtOnceIntoANewArchive_oneWaitsForTheLockMessageOrBothSucceed(@TempDir Path dir)
      throws Exception {
    String archive = dir.resolve("archive").toString();
    List<CompletableFuture<Processes.Run>> runs = Stream.of("water-orangi.en.txt",
        "water-orangi.ur.txt").map(name -> CompletableFuture.supplyAsync(() -> {
          try {
            return Processes.run(dir, Processes.java("-jar", Processes.jar().toString(), "ingest",
                "--archive", archive, CORPUS.resolve(name).toString()), null, 2);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        })).toList();
    for (var f : runs) {
      Processes.Run r = f.get();
      assertTrue(r.code() == 0 || r.err().contains("the archive is open for writing by another "
          + "process"), r.code() + " " + r.err());
    }
  }
}
