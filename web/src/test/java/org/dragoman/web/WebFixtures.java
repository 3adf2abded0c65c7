package org.dragoman.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dragoman.Archive;
import org.dragoman.ingest.IngestReport;

/**
 * The archive the web tests serve: the sample corpus and the hostile articles, ingested and
 * paired once per test run, copied for each test class that changes it.
 */
public final class WebFixtures {
  public static final Path CORPUS = Path.of("../samples/corpus");
  static final Path HOSTILE = Path.of("src/test/resources/hostile");

  private static Path built;

  private WebFixtures() {}

  /** A fresh copy of the paired sample archive in {@code dir}. */
  public static synchronized Path archive(Path dir) throws IOException {
    if (built == null) {
      Path b = Files.createTempDirectory("dragoman-web-archive");
      try (Archive archive = Archive.open(b)) {
        IngestReport r = archive.ingest(List.of(CORPUS, HOSTILE));
        assertEquals(0, r.failed(), "the fixtures ingest: " + r.failures());
        archive.alignAndLearn();
      }
      built = b;
    }
    Path copy = dir.resolve("archive");
    try (Stream<Path> files = Files.walk(built)) {
      for (Path f : files.toList()) {
        Path to = copy.resolve(built.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else if (!f.getFileName().toString().equals("write.lock")) {
          Files.copy(f, to);
        }
      }
    }
    return copy;
  }

  /** An answer: status, body, headers. */
  record Answer(int status, String body, HttpResponse<String> raw) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  static final HttpClient HTTP = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();

  static Answer get(URI base, String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  static Answer postJson(URI base, String path, String json) {
    return send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
  }

  /** {@code request} as written, on a socket (for headers java.net.http will not send: Host). */
  static String raw(URI base, String request) {
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(
          StandardCharsets.UTF_8));
      return new Answer(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
