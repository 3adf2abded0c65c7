package org.dragoman.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.util.JavalinBindException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.URI;
import java.util.Map;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.dragoman.Archive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editors' web interface over one archive: search, articles beside their translations,
 * entities, editors' actions and a JSON API under {@code /api/} (docs/API.md).
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(WebSettings.of(Path.of("archive")).withPort(0))) {
 *   URI home = server.uri();
 * }
 * }</pre>
 *
 * <p>The archive is open for reading for the server's life, so an ingest in another process can
 * run while editors search; each search sees what that process has committed. Requests are
 * served by many threads at once.
 */
public final class WebServer implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /** The server's own files, by name; nothing else is served from the class path. */
  private static final Map<String, String> STATIC = Map.of("app.css", "text/css; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8");

  private final Archive archive;
  private final Javalin app;
  private final URI uri;

  private WebServer(Archive archive, Javalin app, URI uri) {
    this.archive = archive;
    this.app = app;
    this.uri = uri;
  }

  /**
   * Opens the archive for reading and starts serving it.
   *
   * @throws BindException when the address cannot be listened on (the port is taken…)
   * @throws IOException when the archive cannot be opened
   */
  public static WebServer start(WebSettings settings) throws IOException {
    Archive archive = settings.openReadOnly();
    try {
      Site site = new Site(archive, settings);
      Pages pages = new Pages(site);
      Api api = new Api(site);
      Actions actions = new Actions(site, pages);
      Javalin app = Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxRequestBytes();
        config.jetty.host = settings.bind();
        config.jetty.port = settings.port();
        config.jetty.threadPool = threads();
        var r = config.routes;
        r.before(ctx -> before(site, ctx));
        r.get("/", pages::search);
        r.get("/search", pages::search);
        r.get("/articles/{id}", pages::article);
        r.get("/articles/{id}/bitext", pages::bitext);
        r.get("/entities", pages::entities);
        r.get("/entities/{id}", pages::entity);
        r.get("/translations", pages::translations);
        r.post("/actions/pairings", actions::pairingForm);
        r.post("/actions/entities/{op}", actions::entityForm);
        r.get("/api/search", api::search);
        r.get("/api/articles/{id}", api::article);
        r.get("/api/articles/{id}/bitext", api::bitext);
        r.get("/api/entities", api::entities);
        r.get("/api/entities/{id}", api::entity);
        r.get("/api/translations", api::translations);
        r.post("/api/pairings/{op}", actions::pairingApi);
        r.post("/api/entities/{op}", actions::entityApi);
        r.get("/static/{name}", WebServer::asset);
        r.exception(HttpResponseException.class, (e, ctx) -> fail(pages, ctx, e.getStatus(),
            e.getStatus() == 429 ? "Too many requests" : "Refused", e));
        r.exception(Guard.BadRequest.class, (e, ctx) -> fail(pages, ctx, 400, "Bad request", e));
        r.exception(NotFound.class, (e, ctx) -> fail(pages, ctx, 404, "Not found", e));
        r.exception(Site.Busy.class, (e, ctx) -> fail(pages, ctx, 409, "Busy", e));
        r.exception(LockObtainFailedException.class, (e, ctx) -> fail(pages, ctx, 409, "Busy",
            new IllegalStateException("Another process is writing to the archive (an ingest or "
                + "an align?): try again when it ends", e)));
        r.exception(IllegalArgumentException.class, (e, ctx) -> fail(pages, ctx, 400,
            "Refused", e));
        r.exception(Exception.class, (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          fail(pages, ctx, 500, "Server error", new IllegalStateException(
              "The server failed to answer: " + e.getClass().getSimpleName(), e));
        });
        r.error(404, "*", ctx -> {
          if (ctx.result() == null) {
            fail(pages, ctx, 404, "Not found", new NotFound("No page " + ctx.path()));
          }
        });
      }).start();
      String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
      return new WebServer(archive, app, URI.create("http://" + host + ":" + app.port() + "/"));
    } catch (JavalinBindException e) {
      archive.close();
      BindException bind = new BindException("Cannot serve " + settings.archive() + " on "
          + settings.bind() + ":" + settings.port() + ": " + e.getMessage());
      bind.initCause(e);
      throw bind;
    } catch (RuntimeException e) {
      archive.close();
      throw e;
    }
  }

  /**
   * Jetty's pool of request threads: a few per core rather than its default of 200. Under load
   * a request waits in the pool's queue, first come first served, instead of contending with a
   * hundred others for the cores: the slowest answers come sooner (measured with bench serve).
   * The size can be set with the system property {@code dragoman.web.threads}.
   */
  private static QueuedThreadPool threads() {
    int cores = Runtime.getRuntime().availableProcessors();
    int n = Integer.getInteger("dragoman.web.threads", Math.max(8, 4 * cores));
    QueuedThreadPool pool = new QueuedThreadPool(Math.max(4, n), Math.min(4, n));
    pool.setName("dragoman-web");
    return pool;
  }

  private static void before(Site site, Context ctx) {
    Guard.headers(ctx);
    String host = site.guard.hostRefusal(ctx);
    if (host != null) {
      throw new HttpResponseException(403, "Refused: " + host);
    }
    if (!site.guard.admit(ctx)) {
      ctx.header("Retry-After", "1");
      throw new HttpResponseException(429, "Too many requests from "
          + ctx.ip() + " (setting --rate-limit)");
    }
    if (ctx.method() == HandlerType.POST && site.settings.readOnly()) {
      throw new HttpResponseException(403, "This server is read-only "
          + "(started with --read-only): editors' actions are refused");
    }
  }

  private static void fail(Pages pages, Context ctx, int status, String heading, Exception e) {
    // the library names the archive's folder in its messages; a browser has no use for it
    String message = String.valueOf(e.getMessage())
        .replace(pages.archive().toAbsolutePath().toString(), "the archive")
        .replace(" in " + pages.archive(), " in the archive");
    if (ctx.path().startsWith("/api/")) {
      Site.json(ctx, status, Map.of("status", status, "error", message));
    } else {
      pages.message(ctx, status, heading, message);
    }
  }

  private static void asset(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    String type = STATIC.get(name);
    if (type == null) {
      throw new NotFound("No file /static/" + name);
    }
    try (InputStream in = WebServer.class.getResourceAsStream("static/" + name)) {
      if (in == null) {
        throw new NotFound("No file /static/" + name);
      }
      ctx.contentType(type).header("Cache-Control", "max-age=3600").result(in.readAllBytes());
    }
  }

  /** Where the server answers, as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    return uri;
  }

  /** Stops serving and closes the archive. */
  @Override
  public void close() throws IOException {
    try {
      app.stop();
    } finally {
      archive.close();
    }
  }

}
