package org.dragoman.translate;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.dragoman.language.LanguageTags;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Machine drafts from an Apertium APY server ({@code apertium-apy}): {@code GET /listPairs}
 * for the pairs it has installed, {@code POST /translate} with {@code langpair=eng|spa},
 * {@code q} and {@code markUnknown=no} for each segment. APY names languages in ISO 639-3
 * ("eng", "spa", "urd"); they are matched to BCP 47 tags through ICU's canonical forms.
 *
 * <p>Thread-safe; at most {@link Translator.Settings#parallel()} requests are in flight.
 */
public final class ApertiumTranslator implements Translator {
  /** The port {@code apertium-apy} listens on unless told otherwise. */
  public static final URI DEFAULT_URL = URI.create("http://localhost:2737");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Settings settings;
  private final URI base;
  private final HttpClient http;
  private volatile TreeMap<LanguagePair, String> modes;

  ApertiumTranslator(Settings settings) {
    this.settings = settings;
    URI u = settings.url() == null ? DEFAULT_URL : settings.url();
    String s = u.toString();
    this.base = URI.create(s.endsWith("/") ? s : s + "/");
    if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
      throw new IllegalArgumentException("The Apertium address must be http or https, got " + u);
    }
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
  }

  /** Registers the engine as {@code apertium}. */
  public static final class Provider implements Translator.Provider {
    @Override
    public String name() {
      return "apertium";
    }

    @Override
    public String description() {
      return "an Apertium APY server (apertium-apy), by default at " + DEFAULT_URL;
    }

    @Override
    public Translator open(Settings settings) {
      return new ApertiumTranslator(settings);
    }
  }

  @Override
  public String name() {
    return "apertium";
  }

  @Override
  public Set<LanguagePair> pairs() throws IOException {
    return new TreeSet<>(modes().keySet());
  }

  private TreeMap<LanguagePair, String> modes() throws IOException {
    TreeMap<LanguagePair, String> m = modes;
    if (m != null) {
      return m;
    }
    HttpRequest request = HttpRequest.newBuilder(base.resolve("listPairs"))
        .timeout(settings.timeout()).GET().build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new IOException("Apertium at " + base + " answered HTTP " + response.statusCode()
          + " to /listPairs");
    }
    m = new TreeMap<>();
    try {
      for (JsonNode p : JSON.readTree(response.body()).path("responseData")) {
        String from = p.path("sourceLanguage").asString("");
        String to = p.path("targetLanguage").asString("");
        if (from.isEmpty() || to.isEmpty()) {
          continue;
        }
        LanguagePair pair = new LanguagePair(LanguageTags.canonical(from), LanguageTags.canonical(to));
        String mode = from + "|" + to;
        // a plain variety ("spa") before a regional one ("eng_US")
        m.merge(pair, mode, (a, b) -> a.contains("_") && !b.contains("_") ? b : a);
      }
    } catch (JacksonException e) {
      throw new IOException("Apertium at " + base + " sent a pair list that is not JSON", e);
    }
    modes = m;
    return m;
  }

  @Override
  public List<Outcome> translate(List<String> segments, String from, String to)
      throws IOException {
    String mode = modes().get(new LanguagePair(LanguageTags.canonical(from), LanguageTags.canonical(to)));
    if (mode == null) {
      throw new IllegalArgumentException("Apertium at " + base + " has no " + from + "→" + to
          + " pair; it offers " + pairs());
    }
    Semaphore slots = new Semaphore(settings.parallel());
    List<Future<Outcome>> running = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (String segment : segments) {
        running.add(pool.submit(() -> {
          slots.acquire();
          try {
            return translateOne(segment, mode);
          } finally {
            slots.release();
          }
        }));
      }
      List<Outcome> out = new ArrayList<>(segments.size());
      for (Future<Outcome> f : running) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          out.add(new Outcome(null, String.valueOf(e.getCause()), 1));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("Interrupted while Apertium translated", e);
        }
      }
      return out;
    }
  }

  private Outcome translateOne(String segment, String mode) throws InterruptedException {
    if (segment.isBlank()) {
      return new Outcome(segment, null, 0);
    }
    String form = "langpair=" + enc(mode) + "&q=" + enc(segment) + "&markUnknown=no";
    HttpRequest request = HttpRequest.newBuilder(base.resolve("translate"))
        .timeout(settings.timeout())
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
    long wait = settings.backoff().toMillis();
    String why = null;
    int attempt = 0;
    while (attempt <= settings.retries()) {
      attempt++;
      try {
        HttpResponse<String> r = send(request);
        if (r.statusCode() == 200) {
          JsonNode text = JSON.readTree(r.body()).path("responseData").path("translatedText");
          if (text.isString()) {
            return new Outcome(text.asString().strip().replaceAll("[ \\t]{2,}", " "), null, attempt);
          }
          why = "Apertium sent an answer without a translation";
        } else {
          why = "Apertium answered HTTP " + r.statusCode() + explanation(r.body());
          if (r.statusCode() < 500 && r.statusCode() != 429) {
            return new Outcome(null, why, attempt); // our request is wrong: trying again will not help
          }
        }
      } catch (IOException e) {
        why = e.getMessage();
      } catch (JacksonException e) {
        why = "Apertium sent an answer that is not JSON";
      }
      if (attempt <= settings.retries()) {
        Thread.sleep(wait);
        wait *= 2;
      }
    }
    return new Outcome(null, why + " (after " + attempt + " attempt" + (attempt == 1 ? "" : "s") + ")", attempt);
  }

  private static String explanation(String body) {
    try {
      String e = JSON.readTree(body).path("explanation").asString("");
      return e.isEmpty() ? "" : ": " + e;
    } catch (JacksonException e) {
      return "";
    }
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException e) {
      throw new IOException("cannot reach Apertium at " + base + " (connection refused: is"
          + " apertium-apy running? --engine-url or DRAGOMAN_ENGINE_URL give its address)", e);
    } catch (HttpTimeoutException e) {
      throw new IOException("Apertium at " + base + " did not answer within "
          + settings.timeout().toSeconds() + " s", e);
    } catch (IOException e) {
      throw new IOException("Apertium at " + base + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for Apertium", e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    http.close();
  }
}
