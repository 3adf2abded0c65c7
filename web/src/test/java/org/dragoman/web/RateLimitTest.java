package org.dragoman.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --rate-limit}: one address over its requests a second is told to wait, then served. */
class RateLimitTest {
  @TempDir Path tmp;

  @Test
  void overTheLimit_429WithRetryAfter_thenServedAgain() throws Exception {
    Path dir = WebFixtures.archive(tmp);
    try (WebServer server = WebServer.start(WebSettings.of(dir).withPort(0).withRateLimit(5))) {
      int refused = 0;
      WebFixtures.Answer last = null;
      for (int i = 0; i < 40; i++) {
        WebFixtures.Answer a = WebFixtures.get(server.uri(), "/api/entities?limit=1");
        if (a.status() == 429) {
          refused++;
          last = a;
        } else {
          assertEquals(200, a.status());
        }
      }
      assertTrue(refused > 20, "a burst of 10 at most, then refusals: " + refused);
      assertEquals("1", last.header("Retry-After"));
      assertTrue(last.body().contains("--rate-limit"), last.body());
      Thread.sleep(1100);
      assertEquals(200, WebFixtures.get(server.uri(), "/api/entities?limit=1").status());
    }
  }
}
