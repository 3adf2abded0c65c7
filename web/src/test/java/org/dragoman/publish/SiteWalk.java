package org.dragoman.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A published site read back: every page parsed, and what its URLs name on disk. */
final class SiteWalk {
  final Path site;
  final String base;
  /** Site-relative file → its page, for every HTML file. */
  final Map<String, Document> pages = new TreeMap<>();

  SiteWalk(Path site, String base) throws IOException {
    this.site = site;
    this.base = base;
    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String rel = site.relativize(f).toString().replace('\\', '/');
        pages.put(rel, Jsoup.parse(f.toFile(), "UTF-8", url(rel)));
      }
    }
  }

  /** The absolute URL of a site file ({@code en/x/index.html} is {@code BASE/en/x/}). */
  String url(String rel) {
    String dir = rel.endsWith("index.html") ? rel.substring(0, rel.length() - 10) : rel;
    StringBuilder b = new StringBuilder(base);
    String[] segs = dir.split("/");
    for (int i = 0; i < segs.length; i++) {
      if (segs[i].isEmpty()) {
        continue;
      }
      b.append(java.net.URLEncoder.encode(segs[i], StandardCharsets.UTF_8).replace("+", "%20"));
      if (i < segs.length - 1 || dir.endsWith("/")) {
        b.append('/');
      }
    }
    return b.toString();
  }

  /** The site file an absolute URL of the site names, or null when it names none. */
  String fileOf(String absolute) {
    if (!absolute.startsWith(base)) {
      return null;
    }
    String path = URI.create(absolute).getRawPath().substring(URI.create(base).getRawPath()
        .length());
    path = URLDecoder.decode(path, StandardCharsets.UTF_8);
    if (path.isEmpty() || path.endsWith("/")) {
      path = path + "index.html";
    }
    Path p = site.resolve(path).normalize();
    if (!p.startsWith(site)) {
      fail(absolute + " names a file outside the site");
    }
    return Files.isRegularFile(p) ? path : null;
  }

  /** The site file a link of page {@code rel} names (relative or absolute), or null. */
  String resolve(String rel, String href) {
    String abs = URI.create(url(rel)).resolve(href).toString();
    int cut = abs.indexOf('#');
    return fileOf(cut >= 0 ? abs.substring(0, cut) : abs);
  }

  /** A page's hreflang alternates: language → URL. */
  static Map<String, String> alternates(Document d) {
    Map<String, String> out = new TreeMap<>();
    for (Element l : d.select("head link[rel=alternate][hreflang]")) {
      String before = out.put(l.attr("hreflang"), l.attr("href"));
      assertTrue(before == null, "hreflang " + l.attr("hreflang") + " twice in " + d.location());
    }
    return out;
  }

  static void same(Object expected, Object actual, String what) {
    assertEquals(expected, actual, what);
  }
}
