package org.dragoman.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The server's own links, with every id percent-encoded. */
public final class Paths {
  private Paths() {}

  /** {@code /articles/ID}. */
  public static String article(String id) {
    return "/articles/" + enc(id);
  }

  /** {@code /entities/ID}. */
  public static String entity(String id) {
    return "/entities/" + enc(id);
  }

  /** {@code s} percent-encoded for a path segment or a query value (a space as {@code %20}). */
  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
