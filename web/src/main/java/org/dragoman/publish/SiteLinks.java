package org.dragoman.publish;

import org.dragoman.web.view.Paths;

/**
 * The site's addresses. A page lives in a folder ({@code en/students-released/}) as
 * {@code index.html}; links between pages are relative, so the site works from any folder a web
 * server serves (one that answers {@code dir/} with its {@code index.html}) and
 * under any base URL, and absolute URLs (canonical, hreflang, feeds, sitemaps) are the base URL
 * and the folder, each segment percent-encoded (an Arabic slug's letters as UTF-8 escapes).
 */
final class SiteLinks {
  private final String base;

  SiteLinks(String base) {
    this.base = base;
  }

  /** The folder of the given segments ({@code en/slug/}); no segment is empty or a dot name. */
  static String dir(String... segments) {
    StringBuilder b = new StringBuilder();
    for (String s : segments) {
      if (s.isEmpty() || s.equals(".") || s.equals("..") || s.contains("/") || s.contains("\\")) {
        throw new IllegalArgumentException("not a folder name: " + s);
      }
      b.append(s).append('/');
    }
    return b.toString();
  }

  /** The file of a page in {@code dir}. */
  static String file(String dir) {
    return dir + "index.html";
  }

  /** {@code dir} (or a file's path) percent-encoded, segment by segment. */
  static String encode(String path) {
    return java.util.Arrays.stream(path.split("/", -1)).map(Paths::enc)
        .collect(java.util.stream.Collectors.joining("/"));
  }

  /** The way from folder {@code from} to the site's root: {@code ./}, {@code ../}... */
  static String root(String from) {
    int depth = (int) from.chars().filter(c -> c == '/').count();
    return depth == 0 ? "./" : "../".repeat(depth);
  }

  /** A link from a page in folder {@code from} to {@code to} (a folder or a file). */
  static String href(String from, String to) {
    return (from.isEmpty() ? "./" : root(from)) + encode(to);
  }

  /** The absolute URL of {@code to}. */
  String url(String to) {
    return base + encode(to);
  }

  String base() {
    return base;
  }
}
