package org.dragoman.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Nu HTML Checker ({@code nu.validator:validator}, the W3C's HTML checker), run in a JVM of
 * its own from the jars the build copies to {@code target/vnu}.
 */
final class NuChecker {
  static final Path JARS = Path.of("target/vnu");

  record Result(int exit, String output) {}

  private NuChecker() {}

  /** Checks every HTML file under {@code dir}; errors only. */
  static Result check(Path dir) throws IOException, InterruptedException {
    if (!Files.isDirectory(JARS)) {
      throw new IllegalStateException(JARS + " is missing: the build copies the checker there "
          + "(mvn process-test-resources)");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-cp", JARS.toAbsolutePath() + "/*",
        "nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--skip-non-html",
        dir.toAbsolutePath().toString())).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("the Nu HTML Checker took more than 5 minutes");
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
