package org.dragoman.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Nu HTML Checker ({@code nu.validator:validator}, the W3C's HTML checker), run in a JVM of
 * its own from the jars the build copies to {@code target/vnu}; and the RELAX NG validator it
 * carries (Jing), for the Atom feeds against RFC 4287's schema.
 */
final class NuChecker {
  static final Path JARS = Path.of("target/vnu");

  record Result(int exit, String output) {}

  private NuChecker() {}

  /** Checks every HTML file under {@code dir}; errors only. */
  static Result check(Path dir) throws IOException, InterruptedException {
    return run(List.of("nu.validator.client.SimpleCommandLineValidator", "--errors-only",
        "--skip-non-html", dir.toAbsolutePath().toString()));
  }

  /** Validates {@code files} against the RELAX NG compact schema {@code rnc}. */
  static Result relaxNg(Path rnc, List<Path> files) throws IOException, InterruptedException {
    List<String> args = new java.util.ArrayList<>(List.of(
        "nu.validator.vendor.thaiopensource.relaxng.util.Driver", "-c", rnc.toString()));
    files.forEach(f -> args.add(f.toAbsolutePath().toString()));
    return run(args);
  }

  private static Result run(List<String> args) throws IOException, InterruptedException {
    if (!Files.isDirectory(JARS)) {
      throw new IllegalStateException(JARS + " is missing: the build copies the checker there "
          + "(mvn process-test-resources)");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-cp",
        JARS.toAbsolutePath() + "/*"));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(args.get(0) + " took more than 5 minutes");
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
