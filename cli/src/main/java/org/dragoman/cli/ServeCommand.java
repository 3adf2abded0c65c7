package org.dragoman.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dragoman.web.WebServer;
import org.dragoman.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dragoman serve}: the editors' web interface and the JSON API over an archive. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the archive to editors in a browser and as a JSON API.",
        "Pages: search, articles beside their translations, entities, editors' actions (pin, "
            + "forbid, merge, alias, split). The API under /api/ gives the --json shapes "
            + "(docs/API.md). Runs until stopped (Ctrl-C); another process may ingest into the "
            + "archive meanwhile."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + WebSettings.DEFAULT_PORT,
      description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(names = "--read-only",
      description = "Refuse every editors' action (HTTP 403): pin, forbid, merge, alias, split.")
  boolean readOnly;

  @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "65536",
      description = "The largest request body accepted (default: ${DEFAULT-VALUE}).")
  long maxRequestBytes;

  @Option(names = "--max-query-chars", paramLabel = "N", defaultValue = "1000",
      description = "The longest search query accepted (default: ${DEFAULT-VALUE}).")
  int maxQueryChars;

  @Option(names = "--allowed-host", paramLabel = "NAME",
      description = "A host name the server may be reached by besides localhost and its "
          + "addresses (repeatable; other names are refused, against DNS rebinding).")
  java.util.List<String> allowedHosts = new java.util.ArrayList<>();

  @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "0",
      description = "Requests per second one client address may make, 0 for no limit "
          + "(default: ${DEFAULT-VALUE}).")
  int rateLimit;

  @Override
  public Integer call() throws Exception {
    WebSettings settings = WebSettings.of(common.archive).withBackend(common.backendSettings())
        .withBind(bind).withPort(port)
        .withReadOnly(readOnly).withMaxRequestBytes(maxRequestBytes)
        .withMaxQueryChars(maxQueryChars).withRateLimit(rateLimit)
        .withAllowedHosts(allowedHosts);
    PrintWriter err = spec.commandLine().getErr();
    if (!settings.loopback()) {
      err.println("dragoman: warning: serving on " + bind + ", reachable from other machines; "
          + "the interface has no login" + (readOnly ? "" : ": anyone who reaches it can edit "
          + "(add --read-only)"));
      err.flush();
    }
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop.countDown();
      try {
        closed.await(); // let the server close before the process ends
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "dragoman-serve-stop");
    WebServer started;
    try {
      started = WebServer.start(settings);
    } catch (java.net.BindException e) {
      throw new IllegalArgumentException(e.getMessage() + " (choose another with --port)", e);
    }
    try (WebServer server = started) {
      Runtime.getRuntime().addShutdownHook(hook);
      STOP.set(stop);
      PrintWriter out = spec.commandLine().getOut();
      if (common.json) { // one line a script can read before it starts asking
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("url", server.uri().toString());
        m.put("archive", common.archive.toString());
        m.put("readOnly", readOnly);
        out.println(Json.line(m));
      } else {
        out.println("Serving " + common.archive + " at " + server.uri()
            + (readOnly ? " (read-only)" : "") + "; Ctrl-C stops");
      }
      out.flush();
      stop.await();
    } finally {
      closed.countDown();
    }
    return 0;
  }

  /** Stops the server this process runs, as Ctrl-C does (for tests that run serve in-process). */
  static void stop() {
    STOP.get().countDown();
  }

  private static final java.util.concurrent.atomic.AtomicReference<CountDownLatch> STOP =
      new java.util.concurrent.atomic.AtomicReference<>(new CountDownLatch(0));
}
