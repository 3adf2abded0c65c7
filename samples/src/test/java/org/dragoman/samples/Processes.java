package org.dragoman.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs whole processes, as a user at a shell would, and keeps what they print. */
final class Processes {
  private Processes() {}

  /** The project's folder (this module's parent). */
  static final Path PROJECT = Path.of("").toAbsolutePath().getParent();

  record Run(int code, String out, String err) {}

  /** Runs {@code command} in {@code dir}; stdout to {@code stdout} when given. */
  static Run run(Path dir, List<String> command, Path stdout, int minutes)
      throws IOException, InterruptedException {
    Path out = stdout != null ? stdout : Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    try {
      ProcessBuilder b = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = b.start();
      if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(command + " took over " + minutes + " minutes");
      }
      return new Run(p.exitValue(), stdout != null ? "" : Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      if (stdout == null) {
        Files.deleteIfExists(out);
      }
      Files.deleteIfExists(err);
    }
  }

  /** {@code bash -c line} in {@code dir}. */
  static Run shell(Path dir, String line) throws IOException, InterruptedException {
    return run(dir, List.of("bash", "-c", line), null, 5);
  }

  /** The java of this test run with {@code args}. */
  static List<String> java(String... args) {
    List<String> c = new ArrayList<>();
    c.add(ProcessHandle.current().info().command().orElse("java"));
    c.addAll(List.of(args));
    return c;
  }

  /** The packaged command line. */
  static Path jar() {
    Path jar = PROJECT.resolve("cli/target/dragoman.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: the build packages it before these tests");
    }
    return jar;
  }
}
