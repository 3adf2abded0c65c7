package org.dragoman.publish;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How to publish an archive as a static site.
 *
 * @param out the site's folder
 * @param baseUrl the URL the site will be served at, ending in {@code /}: canonical links,
 *     hreflang alternates, feeds and sitemaps are absolute, as search engines want them
 * @param languages the languages to publish, or empty for every language of the archive
 * @param defaultLanguage the language of {@code x-default} and of the site's root, or null for
 *     English when the archive has it, else its most common language
 * @param siteName the site's name on every page, or null for a name in each page's language
 * @param pageSize articles on one page of a language's index
 */
public record PublishSettings(Path out, String baseUrl, List<String> languages,
    String defaultLanguage, String siteName, int pageSize) {
  /** Where the site is taken to be served when no base URL is given. */
  public static final String LOCAL = "http://localhost:8000/";

  public PublishSettings {
    if (out == null) {
      throw new IllegalArgumentException("the site needs a folder to be written to");
    }
    baseUrl = checkBase(baseUrl == null ? LOCAL : baseUrl);
    languages = languages == null ? List.of()
        : languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT))
            .filter(l -> !l.isEmpty()).distinct().toList();
    if (pageSize < 1) {
      throw new IllegalArgumentException("page size must be at least 1, not " + pageSize);
    }
  }

  /** Settings with the defaults: every language, 20 articles a page. */
  public static PublishSettings of(Path out, String baseUrl) {
    return new PublishSettings(out, baseUrl, List.of(), null, null, 20);
  }

  public PublishSettings withLanguages(List<String> languages) {
    return new PublishSettings(out, baseUrl, languages, defaultLanguage, siteName, pageSize);
  }

  public PublishSettings withDefaultLanguage(String language) {
    return new PublishSettings(out, baseUrl, languages, language, siteName, pageSize);
  }

  public PublishSettings withSiteName(String name) {
    return new PublishSettings(out, baseUrl, languages, defaultLanguage, name, pageSize);
  }

  public PublishSettings withPageSize(int size) {
    return new PublishSettings(out, baseUrl, languages, defaultLanguage, siteName, size);
  }

  private static String checkBase(String base) {
    URI u;
    try {
      u = new URI(base.strip());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("base URL " + base + " is not a URL: " + e.getReason());
    }
    if (!("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
        || u.getHost() == null || u.getQuery() != null || u.getFragment() != null) {
      throw new IllegalArgumentException("base URL " + base
          + " must be an http or https URL with a host and no query or fragment");
    }
    String s = u.toASCIIString();
    return s.endsWith("/") ? s : s + "/";
  }
}
