package org.dragoman.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dragoman.Archive;
import org.dragoman.index.BackendSettings;

/**
 * How the editors' web interface is served.
 *
 * <pre>{@code
 * WebSettings s = WebSettings.of(Path.of("archive")).withPort(0).withReadOnly(true);
 * }</pre>
 *
 * @param archive the archive's directory
 * @param bind the address to listen on; loopback unless asked otherwise
 * @param port the port, or 0 for any free one
 * @param readOnly whether editors' actions are refused (HTTP 403)
 * @param maxRequestBytes the largest request body accepted (HTTP 413 above)
 * @param maxQueryChars the longest search query accepted (HTTP 400 above)
 * @param rateLimit requests per second one client address may make (HTTP 429 above), 0 for no
 *     limit
 * @param allowedHosts host names requests may be addressed to besides {@code localhost}, IP
 *     addresses and {@link #bind} (a page of another site that resolves its own name to this
 *     machine, DNS rebinding, is refused: HTTP 403)
 * @param backend the backend to open the archive on ({@link Archive#open(Path,
 *     BackendSettings)}), or null for the one it records
 */
public record WebSettings(Path archive, String bind, int port, boolean readOnly,
    long maxRequestBytes, int maxQueryChars, int rateLimit, List<String> allowedHosts,
    BackendSettings backend) {

  /** The default port. */
  public static final int DEFAULT_PORT = 8080;

  public WebSettings {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(bind, "bind");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("maxRequestBytes must be at least 1024, got "
          + maxRequestBytes);
    }
    if (maxQueryChars < 1) {
      throw new IllegalArgumentException("maxQueryChars must be positive, got " + maxQueryChars);
    }
    if (rateLimit < 0) {
      throw new IllegalArgumentException("rateLimit must not be negative, got " + rateLimit);
    }
    Objects.requireNonNull(allowedHosts, "allowedHosts");
    allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
  }

  /** Loopback, port 8080, editing allowed, 64 KiB requests, 1,000-character queries, no rate limit. */
  public static WebSettings of(Path archive) {
    return new WebSettings(archive, "127.0.0.1", DEFAULT_PORT, false, 64 * 1024, 1000, 0,
        List.of(), null);
  }

  public WebSettings withBind(String address) {
    return new WebSettings(archive, address, port, readOnly, maxRequestBytes, maxQueryChars,
        rateLimit, allowedHosts, backend);
  }

  public WebSettings withPort(int n) {
    return new WebSettings(archive, bind, n, readOnly, maxRequestBytes, maxQueryChars, rateLimit,
        allowedHosts, backend);
  }

  public WebSettings withReadOnly(boolean on) {
    return new WebSettings(archive, bind, port, on, maxRequestBytes, maxQueryChars, rateLimit,
        allowedHosts, backend);
  }

  public WebSettings withMaxRequestBytes(long n) {
    return new WebSettings(archive, bind, port, readOnly, n, maxQueryChars, rateLimit,
        allowedHosts, backend);
  }

  public WebSettings withMaxQueryChars(int n) {
    return new WebSettings(archive, bind, port, readOnly, maxRequestBytes, n, rateLimit,
        allowedHosts, backend);
  }

  public WebSettings withRateLimit(int perSecond) {
    return new WebSettings(archive, bind, port, readOnly, maxRequestBytes, maxQueryChars,
        perSecond, allowedHosts, backend);
  }

  public WebSettings withAllowedHosts(List<String> names) {
    return new WebSettings(archive, bind, port, readOnly, maxRequestBytes, maxQueryChars,
        rateLimit, List.copyOf(names), backend);
  }

  public WebSettings withBackend(BackendSettings b) {
    return new WebSettings(archive, bind, port, readOnly, maxRequestBytes, maxQueryChars,
        rateLimit, allowedHosts, b);
  }

  /** Opens the archive for writing, on {@link #backend}. */
  public Archive open() throws java.io.IOException {
    return Archive.open(archive, backend);
  }

  /** Opens the archive for reading only, on {@link #backend}. */
  public Archive openReadOnly() throws java.io.IOException {
    return Archive.openReadOnly(archive, backend);
  }

  /** Whether {@link #bind} is a loopback address, reachable from this machine only. */
  public boolean loopback() {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
