package org.dragoman.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The server's own links, with every id percent-encoded. */
public final class Paths {
  private Paths() {}

  /** {@code /articles/ID}. */
  public static String article(String id) {
    return "/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
