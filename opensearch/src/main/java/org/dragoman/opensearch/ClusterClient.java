package org.dragoman.opensearch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cluster's REST API over the JDK's HTTP client, with every node it was given: a request a
 * node does not answer (stopped, unreachable) goes to the next, and one refused for a moment
 * (429 too many requests, 503 while shards move) is tried again after a pause. Everything a
 * cluster holds is reached through any of its nodes, so one node down is no failure.
 *
 * <p>Thread-safe.
 */
final class ClusterClient {
  /** Tries of a request refused for a moment, and the first pause between them. */
  private static final int TRIES = 8;
  private static final Duration PAUSE = Duration.ofMillis(250);

  private final List<URI> nodes;
  private final HttpClient http;
  private final JsonMapper json;
  private volatile int preferred;

  /** A response: its status and body (a JSON object, or empty for a HEAD). */
  record Response(int status, JsonNode body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  ClusterClient(List<URI> nodes, JsonMapper json) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("No OpenSearch node's address given");
    }
    this.nodes = List.copyOf(nodes);
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** The nodes' addresses, as given. */
  List<URI> nodes() {
    return nodes;
  }

  /**
   * Parses {@code url}: one address, or several separated by commas, each {@code http://HOST:PORT}.
   *
   * @throws IllegalArgumentException naming the address that is not one
   */
  static List<URI> parse(String url) {
    List<URI> out = new ArrayList<>();
    for (String one : url.split(",")) {
      String s = one.strip();
      URI u;
      try {
        u = URI.create(s.endsWith("/") ? s : s + "/");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Not an OpenSearch address: '" + s + "'", e);
      }
      if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null
          || u.getRawQuery() != null) {
        throw new IllegalArgumentException("Not an OpenSearch address: '" + s
            + "' (http://HOST:PORT, or several separated by commas)");
      }
      out.add(u);
    }
    return out;
  }

  /**
   * {@code s} as one segment of a request's path: every byte but letters, digits, '-' and '_'
   * percent-encoded (a space is %20: OpenSearch does not read '+' as one), so that no id can
   * reach another path.
   */
  static String segment(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
          || c == '_') {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return b.toString();
  }

  /** Sends {@code body} (JSON, NDJSON or null) and returns the response, whatever its status. */
  Response send(String method, String path, String body, String contentType) throws IOException {
    IOException last = null;
    Duration pause = PAUSE;
    for (int attempt = 0; attempt < TRIES; attempt++) {
      int start = preferred;
      for (int k = 0; k < nodes.size(); k++) {
        int i = (start + k) % nodes.size();
        HttpRequest.Builder r = HttpRequest.newBuilder(nodes.get(i).resolve(path))
            .timeout(Duration.ofSeconds(120));
        if (body != null) {
          r.header("Content-Type", contentType);
        }
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response;
        try {
          response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpTimeoutException e) {
          last = new IOException("No answer from the OpenSearch node at " + nodes.get(i) + ": "
              + reason(e), e);
          continue;
        } catch (IOException e) {
          last = new IOException("The OpenSearch node at " + nodes.get(i) + " failed: "
              + reason(e), e);
          continue; // a node that closed its connection while stopping
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted talking to " + nodes.get(i));
        }
        preferred = i;
        int status = response.statusCode();
        if (status == 429 || status == 503) {
          last = new IOException("OpenSearch at " + nodes.get(i) + " answered " + status + ": "
              + errorOf(response.body()));
          break; // the cluster is busy or moving shards: pause, then any node again
        }
        JsonNode parsed;
        try {
          parsed = response.body().isBlank() ? json.createObjectNode()
              : json.readTree(response.body());
        } catch (tools.jackson.core.JacksonException notJson) {
          // a proxy's page, a bare status: say so, with what came
          String b = response.body();
          throw new IOException("The node at " + nodes.get(i) + " answered " + status
              + " with no JSON: " + (b.length() > 200 ? b.substring(0, 200) + "…" : b), notJson);
        }
        return new Response(status, parsed);
      }
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted waiting for OpenSearch");
      }
      pause = pause.multipliedBy(2);
    }
    throw last;
  }

  /** Sends a JSON request and returns its answer; a status other than 2xx is an IOException. */
  JsonNode call(String method, String path, JsonNode body) throws IOException {
    Response r = send(method, path, body == null ? null : json.writeValueAsString(body),
        "application/json");
    if (!r.ok()) {
      throw new IOException("OpenSearch refused " + method + " /" + path + " (" + r.status()
          + "): " + errorOf(r.body()));
    }
    return r.body();
  }

  /** The reason an error response gives. */
  static String errorOf(JsonNode body) {
    JsonNode e = body.path("error");
    if (e.isObject()) {
      JsonNode root = e.path("root_cause").path(0);
      String reason = e.path("reason").asString("");
      String cause = root.path("reason").asString("");
      return e.path("type").asString("error") + ": " + reason
          + (cause.isEmpty() || cause.equals(reason) ? "" : " (" + cause + ")");
    }
    return e.isMissingNode() ? body.toString() : e.asString();
  }

  private String errorOf(String body) {
    try {
      return errorOf(json.readTree(body));
    } catch (RuntimeException notJson) {
      return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e instanceof ConnectException
          ? "the connection was refused (is a node running there? bin/opensearch-node starts one)"
          : e instanceof HttpTimeoutException ? "no answer in time" : e.getClass().getSimpleName();
    }
    return m;
  }
}
