package org.dragoman.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dragoman.web.WebServer;
import org.dragoman.web.WebSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench serve}: the web interface under load. {@code wrk} (Debian's) on loopback sends
 * the {@code bench search} query mix, from many connections at once, to {@code /api/search} and
 * to the search page of a server over the benchmark archive; the reference, in the same run and
 * under the same load, is bare Lucene on the same texts behind a minimal Javalin endpoint (each
 * language's field with its analyzer, ten hits highlighted), so that the figures say what
 * Dragoman adds over serving Lucene directly.
 *
 * <p>Two mixes: a working set of {@value #HOT} queries asked again and again (editors paging,
 * narrowing by facets, looking up the names of the week), which the archive's search cache
 * answers after their first time; and {@code --queries} distinct queries cycled, more than the
 * cache keeps, so that every request is searched.
 */
final class BenchServe {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private BenchServe() {}

  private static final Path WRK = Path.of("/usr/bin/wrk");

  static List<Map<String, Object>> run(List<Integer> sizes, List<Path> sentences, Path work,
      int connections, int seconds, int queries) throws Exception {
    if (!Files.isExecutable(WRK)) {
      throw new IllegalStateException("bench serve needs wrk: apt-get install -y wrk");
    }
    List<BenchArchive.Pool> pools = BenchArchive.pools(sentences);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int size : sizes) {
      Path dir = work.resolve("archive-" + size);
      Path luceneDir = BenchSearch.ensure(work, size, pools);
      for (int distinct : List.of(HOT, queries)) {
        rows.add(row(dir, luceneDir, size, BenchSearch.mix(pools, distinct, 7), work,
            connections, seconds));
      }
    }
    return rows;
  }

  /** The working set of the first mix. */
  static final int HOT = 200;

  private static Map<String, Object> row(Path dir, Path luceneDir, int size,
      List<BenchSearch.Q> mix, Path work, int connections, int seconds) throws Exception {
    Path wrk = WRK;
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("articles", size);
    row.put("distinctQueries", mix.size());
    row.put("connections", connections);
    row.put("seconds", seconds);
    try (WebServer server = WebServer.start(WebSettings.of(dir).withPort(0).withReadOnly(true));
        BenchSearch.Bare bare = new BenchSearch.Bare(luceneDir, mix)) {
      Javalin lucene = Javalin.create(c -> {
        c.startup.showJavalinBanner = false;
        c.jetty.host = "127.0.0.1";
        c.jetty.port = 0;
        c.routes.get("/lucene", ctx -> ctx.contentType("application/json").result(
            JSON.writeValueAsBytes(bare.search(mix.get(Integer.parseInt(ctx.queryParam("i")))))));
      }).start();
      try {
        String base = server.uri().toString().replaceAll("/$", "");
        String lbase = "http://127.0.0.1:" + lucene.port();
        List<String> ref = new ArrayList<>();
        for (int i = 0; i < mix.size(); i++) {
          ref.add("/lucene?i=" + i);
        }
        Path api = script(work, "api", paths(mix, "/api/search"));
        Path page = script(work, "page", paths(mix, "/search"));
        Path bareLucene = script(work, "lucene", ref);
        // every endpoint warmed (the JIT compiles the paths under load for tens of seconds;
        // the search cache fills) before any is measured
        int warm = Math.max(30, seconds);
        wrk(wrk, api, base, connections, warm);
        wrk(wrk, page, base, connections, warm);
        wrk(wrk, bareLucene, lbase, connections, warm);
        row.put("api", measure(wrk, api, base, connections, seconds));
        row.put("page", measure(wrk, page, base, connections, seconds));
        row.put("luceneHttp", measure(wrk, bareLucene, lbase, connections, seconds));
      } finally {
        lucene.stop();
      }
    }
    return row;
  }

  /** The mix as request paths, with the language filter and date range of each query. */
  static List<String> paths(List<BenchSearch.Q> mix, String path) {
    List<String> out = new ArrayList<>();
    for (BenchSearch.Q q : mix) {
      StringBuilder b = new StringBuilder(path).append("?q=").append(enc(q.text()));
      if (q.filterLanguage()) {
        b.append("&lang=").append(enc(q.language()));
      }
      if (q.from() != null) {
        b.append("&from=").append(q.from()).append("&to=").append(q.to());
      }
      out.add(b.toString());
    }
    return out;
  }

  /** A wrk script that cycles through {@code paths} and prints its summary as one JSON line. */
  private static Path script(Path work, String name, List<String> paths) throws IOException {
    Path script = work.resolve("wrk-" + name + ".lua");
    StringBuilder lua = new StringBuilder("local paths = {\n");
    for (String p : paths) {
      lua.append("  \"").append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
    }
    lua.append("""
        }
        local i = 0
        init = function(args) i = math.random(#paths) end
        request = function()
          i = i % #paths + 1
          return wrk.format("GET", paths[i])
        end
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format('{"requests":%d,"socketErrors":%d,"non2xx":%d,' ..
            '"p50":%.2f,"p90":%.2f,"p99":%.2f,"max":%.2f,"perSecond":%.1f}\\n',
            summary.requests, e.connect + e.read + e.write + e.timeout, e.status,
            latency:percentile(50) / 1000, latency:percentile(90) / 1000,
            latency:percentile(99) / 1000, latency.max / 1000,
            summary.requests / (summary.duration / 1e6)))
        end
        """);
    Files.writeString(script, lua.toString());
    return script;
  }

  /** One measured wrk run: latency percentiles in ms, requests, errors. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> measure(Path wrk, Path script, String base, int connections,
      int seconds) throws Exception {
    String out = wrk(wrk, script, base, connections, seconds);
    String last = out.lines().filter(l -> l.startsWith("{\"requests\"")).reduce((a, b) -> b)
        .orElseThrow(() -> new IOException("wrk printed no summary:\n" + out));
    return JSON.readValue(last, LinkedHashMap.class);
  }

  private static String wrk(Path wrk, Path script, String base, int connections, int seconds)
      throws Exception {
    Process p = new ProcessBuilder(wrk.toString(), "-t2", "-c" + connections, "-d" + seconds + "s",
        "--timeout", "10s", "-s", script.toString(), base + "/").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("wrk failed:\n" + out);
    }
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
