package org.dragoman.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.dragoman.Archive;
import org.dragoman.web.view.Chrome;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the handlers share: the archive open for reading (it sees what other processes commit),
 * the settings, the guard and the templates. Editors' actions open the archive for writing one
 * at a time, for the length of the action, so that an ingest in another process can run between
 * them.
 */
final class Site {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Map<String, String> NOTICES = Map.of(
      "pin", "Pinned: the archive was paired again with this decision.",
      "forbid", "Forbidden: the archive was paired again with this decision.",
      "merge", "Merged: the catalogue now lists them as this one entity.",
      "alias", "Alias added.",
      "split", "Split: the mentions of that name are this new entity.");

  final Archive archive;
  final WebSettings settings;
  final Guard guard;
  final Templates templates = new Templates();
  private final ReentrantLock writing = new ReentrantLock();

  Site(Archive archive, WebSettings settings) {
    this.archive = archive;
    this.settings = settings;
    this.guard = new Guard(settings);
  }

  /** The page's chrome; sets the browser's cookie when it has none. */
  Chrome chrome(Context ctx, String title) {
    String done = ctx.queryParam("done");
    return new Chrome(title, guard.token(ctx), settings.readOnly(),
        done == null ? null : NOTICES.get(done), ctx.queryParam("q") == null ? ""
            : ctx.queryParam("q"));
  }

  /** An action on the archive open for writing. */
  interface Write<T> {
    T apply(Archive writable) throws IOException;
  }

  /** How long an action waits for the one before it. */
  static final int WRITE_WAIT_SECONDS = 10;

  /**
   * Runs {@code work} on the archive open for writing, one action at a time.
   *
   * @throws IllegalStateException when another action is still running after {@value
   *     #WRITE_WAIT_SECONDS} s (HTTP 409)
   */
  <T> T write(Write<T> work) throws IOException {
    try {
      if (!writing.tryLock(WRITE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
        throw new Busy("Another editor's action is still running (a pin re-aligns the archive):"
            + " try again in a moment");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy("The server is stopping");
    }
    try (Archive writable = settings.open()) {
      return work.apply(writable);
    } finally {
      writing.unlock();
    }
  }

  /** The archive cannot be written now (HTTP 409), with the reason. */
  static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Busy(String message) {
      super(message);
    }
  }

  /** Writes {@code value} as the JSON answer. */
  static void json(Context ctx, int status, Object value) {
    ctx.status(status).contentType("application/json; charset=utf-8")
        .result(JSON.writeValueAsBytes(value));
  }
}
