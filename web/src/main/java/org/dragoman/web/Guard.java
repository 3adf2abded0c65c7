package org.dragoman.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What every request passes: security headers, the rate limit, the CSRF token of editors' forms
 * and the check of ids in paths.
 *
 * <p>Forms carry a token derived from a per-browser cookie and this server's secret (HMAC), so a
 * page of another site cannot post one; the cookie is {@code SameSite=Strict} as well. The JSON
 * API takes only {@code application/json} bodies, which a page of another site cannot send
 * without a CORS preflight this server never answers, and refuses a foreign {@code Origin}.
 */
final class Guard {
  /** Scripts and styles from this server only: no inline script, no inline style. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'";

  static final String COOKIE = "dragoman_browser";

  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{M}\\p{N}._:@-]{1,200}");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final byte[] secret = new byte[32];
  private final SecureRandom random = new SecureRandom();
  private final int rateLimit;
  private final java.util.Set<String> hosts = new java.util.HashSet<>();
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  Guard(WebSettings settings) {
    random.nextBytes(secret);
    this.rateLimit = settings.rateLimit();
    hosts.add("localhost");
    hosts.add(settings.bind().toLowerCase(java.util.Locale.ROOT));
    hosts.addAll(settings.allowedHosts());
  }

  /**
   * Why a request addressed to {@code Host} is refused, or null: a name that is not this
   * server's (an IP address cannot be rebound, a name can: a page of another site that points its
   * own name at this machine would otherwise be of the same origin as these pages).
   */
  String hostRefusal(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || host.isBlank()) {
      return "the request names no Host";
    }
    String name = host.strip().toLowerCase(java.util.Locale.ROOT);
    if (name.startsWith("[")) {
      return null; // an IPv6 address
    }
    int colon = name.lastIndexOf(':');
    name = colon < 0 ? name : name.substring(0, colon);
    if (name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || hosts.contains(name)) {
      return null;
    }
    return "this server does not answer to the name '" + SafeName.of(name)
        + "' (start it with --allowed-host " + SafeName.of(name) + " if it should)";
  }

  /** Why a form post is refused for where it came from, or null: another origin than this page's. */
  static String originRefusal(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin != null && !sameOrigin(origin, ctx.header("Host"))) {
      return "forms from " + SafeName.of(origin) + " are not accepted";
    }
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return "forms from another site are not accepted";
    }
    return null;
  }

  /** A name from a request, cut short and stripped of anything but printable ASCII. */
  private static final class SafeName {
    static String of(String s) {
      String t = s.replaceAll("[^\\x21-\\x7e]", "?");
      return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }
  }

  /** Headers every answer carries. */
  static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }

  /** Whether this client may make one more request now (a token bucket per address). */
  boolean admit(Context ctx) {
    if (rateLimit == 0) {
      return true;
    }
    Bucket b = buckets.computeIfAbsent(ctx.ip(), k -> new Bucket(rateLimit));
    if (buckets.size() > 100_000) {
      buckets.clear(); // bounded memory under a flood of addresses
    }
    return b.take(rateLimit);
  }

  /** The browser's token for forms; sets the browser cookie on first sight. */
  String token(Context ctx) {
    String browser = ctx.cookie(COOKIE);
    if (browser == null || browser.length() != 43) {
      byte[] b = new byte[32];
      random.nextBytes(b);
      browser = B64.encodeToString(b);
      ctx.cookie(new Cookie(COOKIE, browser, "/", -1, false, true, null, SameSite.STRICT));
    }
    return sign(browser);
  }

  /** Whether a form's token belongs to this browser. */
  boolean validForm(Context ctx) {
    String browser = ctx.cookie(COOKIE);
    String given = ctx.formParam("csrf");
    if (browser == null || given == null) {
      return false;
    }
    return MessageDigest.isEqual(sign(browser).getBytes(StandardCharsets.US_ASCII),
        given.getBytes(StandardCharsets.US_ASCII));
  }

  /** Why a JSON API call that changes the archive is refused, or null when it may go on. */
  static String apiRefusal(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      return "send the request body as application/json";
    }
    String origin = ctx.header("Origin");
    if (origin != null && !sameOrigin(origin, ctx.header("Host"))) {
      return "requests from " + SafeName.of(origin) + " are not accepted";
    }
    return null;
  }

  private static boolean sameOrigin(String origin, String host) {
    if (host == null) {
      return false;
    }
    String o = origin.replaceFirst("^https?://", "");
    return o.equalsIgnoreCase(host);
  }

  /** {@code id} when it can be an article or entity id, else an error naming it. */
  static String id(String id, String what) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new BadRequest("'" + id + "' is not " + what + " id");
    }
    return id;
  }

  private String sign(String browser) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return B64.encodeToString(mac.doFinal(browser.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  /** A request that cannot be answered as asked (HTTP 400), with the reason. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }

    BadRequest(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A token bucket: {@code rate} requests a second, bursts up to twice that. */
  private static final class Bucket {
    private double tokens;
    private long last = System.nanoTime();

    Bucket(int rate) {
      tokens = 2.0 * rate;
    }

    synchronized boolean take(int rate) {
      long now = System.nanoTime();
      tokens = Math.min(2.0 * rate, tokens + (now - last) / 1e9 * rate);
      last = now;
      if (tokens < 1) {
        return false;
      }
      tokens--;
      return true;
    }
  }
}
