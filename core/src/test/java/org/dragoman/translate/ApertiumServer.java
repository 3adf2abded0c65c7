package org.dragoman.translate;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real {@code apertium-apy} server for tests, on a free port of this machine, with the pairs
 * Debian installs in {@code /usr/share/apertium/modes} (eng-spa, urd-hin). It listens on every
 * interface (APY has no option to bind one), so tests stop it as soon as they are done.
 *
 * <p>When APY is not installed the tests that need it fail, saying how to install it: they are
 * never skipped ({@code bin/test} installs it when run as root, as CI does).
 */
public final class ApertiumServer implements AutoCloseable {
  static final Path MODES = Path.of("/usr/share/apertium/modes");

  private final Process process;
  private final URI url;
  private final Path log;

  private ApertiumServer(Process process, URI url, Path log) {
    this.process = process;
    this.url = url;
    this.log = log;
  }

  /** Starts a server and waits until it lists its pairs. */
  public static ApertiumServer start() throws IOException, InterruptedException {
    Path exe = List.of(Path.of("/usr/bin/apertium-apy"), Path.of("/usr/local/bin/apertium-apy")).stream()
        .filter(Files::isExecutable).findFirst().orElse(null);
    if (exe == null || !Files.isRegularFile(MODES.resolve("eng-spa.mode"))) {
      throw new AssertionError("These tests need a real Apertium server: apertium-apy with the"
          + " eng-spa pair is not installed here. Install it with: apt-get install -y apertium-apy"
          + " apertium-eng-spa apertium-urd-hin (bin/test does so when run as root)");
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = Files.createTempFile("apertium-apy", ".log");
    Process p = new ProcessBuilder(exe.toString(), "-p", String.valueOf(port), MODES.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    URI url = URI.create("http://127.0.0.1:" + port);
    ApertiumServer server = new ApertiumServer(p, url, log);
    try (HttpClient http = HttpClient.newHttpClient()) {
      long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < until) {
        if (!p.isAlive()) {
          throw new AssertionError("apertium-apy stopped at once: " + Files.readString(log));
        }
        try {
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/listPairs"))
              .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200 && r.body().contains("\"spa\"")) {
            return server;
          }
        } catch (IOException notYet) {
          // still starting
        }
        Thread.sleep(200);
      }
    }
    server.close();
    throw new AssertionError("apertium-apy did not answer on " + url + " within 60 s: " + Files.readString(log));
  }

  /** Where the server answers. */
  public URI url() {
    return url;
  }

  /** Stops the server at once, as a crash would. */
  public void kill() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // a temporary file
    }
  }
}
