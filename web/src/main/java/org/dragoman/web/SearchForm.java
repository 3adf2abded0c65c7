package org.dragoman.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dragoman.search.DateRange;
import org.dragoman.search.SearchRequest;

/**
 * A search as the page and the API receive it: the parameters of {@code search} on the command
 * line ({@code q lang from to sort limit offset entity mentions facet-limit across}), plus {@code
 * year} and {@code page} for the page's links. Builds the {@link SearchRequest} and the links
 * that add or remove one filter.
 */
final class SearchForm {
  static final int PAGE_SIZE = 10;

  /** Parameters in the order links write them. */
  private static final List<String> NAMES = List.of("q", "lang", "year", "from", "to", "entity",
      "mentions", "sort", "across", "limit", "offset", "facet-limit", "page");

  private final Map<String, List<String>> params;

  private SearchForm(Map<String, List<String>> params) {
    this.params = params;
  }

  /** The search parameters of a request (others are ignored). */
  static SearchForm of(Context ctx) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    for (String n : NAMES) {
      List<String> values = new ArrayList<>();
      for (String v : ctx.queryParams(n)) {
        if (n.equals("lang") || n.equals("entity")) {
          for (String part : v.split(",")) {
            if (!part.isBlank() && !values.contains(part.strip())) {
              values.add(part.strip());
            }
          }
        } else if (!v.isBlank()) {
          values.add(v.strip());
        }
      }
      if (!values.isEmpty()) {
        p.put(n, List.copyOf(values));
      }
    }
    return new SearchForm(p);
  }

  String query() {
    return first("q", "");
  }

  List<String> all(String name) {
    return params.getOrDefault(name, List.of());
  }

  String first(String name, String otherwise) {
    List<String> v = params.get(name);
    return v == null ? otherwise : v.get(0);
  }

  int page() {
    return Math.max(1, number("page", 1));
  }

  /**
   * The request: with {@code page}, pages of {@value #PAGE_SIZE}; an empty query on the page
   * lists every article, newest first.
   *
   * @param forPage whether the page asks (an empty query sorts by date) or the API (as the CLI)
   * @throws Guard.BadRequest naming the parameter and why
   */
  SearchRequest request(boolean forPage, int maxQueryChars) {
    String q = query();
    if (q.length() > maxQueryChars) {
      throw new Guard.BadRequest("q is " + q.length() + " characters long; the most is "
          + maxQueryChars + " (setting --max-query-chars)");
    }
    LocalDate from = date("from");
    LocalDate to = date("to");
    String year = first("year", null);
    if (year != null) {
      if (!year.matches("\\d{4}")) {
        throw new Guard.BadRequest("year '" + year + "' is not a year (YYYY)");
      }
      from = LocalDate.of(Integer.parseInt(year), 1, 1);
      to = LocalDate.of(Integer.parseInt(year), 12, 31);
    }
    DateRange mentioned = new DateRange(null, null);
    String mentions = first("mentions", null);
    try {
      if (mentions != null) {
        mentioned = DateRange.parse(mentions, "mentions");
      }
      SearchRequest.Sort sort = sort(forPage && q.isBlank());
      int limit = number("limit", PAGE_SIZE);
      long at = params.containsKey("offset") ? number("offset", 0) : (page() - 1L) * limit;
      if (at > Integer.MAX_VALUE / 2) {
        throw new Guard.BadRequest("page " + page() + " is past the last of any archive");
      }
      int offset = (int) at;
      int facetLimit = number("facet-limit", forPage ? 8 : SearchRequest.DEFAULT_FACET_LIMIT);
      for (String id : all("entity")) {
        Guard.id(id, "an entity");
      }
      return new SearchRequest(q.isBlank() ? "*" : q, new LinkedHashSet<>(all("lang")), from, to,
          sort, limit, offset, all("entity"), mentioned.first(), mentioned.last(), facetLimit,
          "true".equals(first("across", "false")) || "on".equals(first("across", "false")));
    } catch (IllegalArgumentException e) {
      throw new Guard.BadRequest(e.getMessage(), e);
    }
  }

  private SearchRequest.Sort sort(boolean byDate) {
    String s = first("sort", byDate ? "date" : "relevance");
    try {
      return SearchRequest.Sort.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Guard.BadRequest("sort '" + s + "': use relevance or date", e);
    }
  }

  private int number(String name, int otherwise) {
    String v = first(name, null);
    if (v == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new Guard.BadRequest(name + " '" + v + "' is not a whole number", e);
    }
  }

  private LocalDate date(String name) {
    String v = first(name, null);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new Guard.BadRequest(name + " '" + v + "' is not a date (YYYY-MM-DD)", e);
    }
  }

  /** Whether {@code value} is one of the values of {@code name}. */
  boolean has(String name, String value) {
    return all(name).contains(value);
  }

  /** The link of this search with {@code value} added to {@code name} (back to page 1). */
  String with(String name, String value) {
    Map<String, List<String>> p = new LinkedHashMap<>(params);
    List<String> v = new ArrayList<>(p.getOrDefault(name, List.of()));
    boolean many = name.equals("lang") || name.equals("entity");
    if (!many) {
      v.clear();
    }
    if (!v.contains(value)) {
      v.add(value);
    }
    p.put(name, v);
    p.remove("page");
    return href(p);
  }

  /** The link of this search without {@code value} of {@code name} (back to page 1). */
  String without(String name, String value) {
    Map<String, List<String>> p = new LinkedHashMap<>(params);
    List<String> v = new ArrayList<>(p.getOrDefault(name, List.of()));
    v.remove(value);
    if (v.isEmpty()) {
      p.remove(name);
    } else {
      p.put(name, v);
    }
    p.remove("page");
    return href(p);
  }

  /** The link of page {@code n} of this search. */
  String page(int n) {
    Map<String, List<String>> p = new LinkedHashMap<>(params);
    p.put("page", List.of(Integer.toString(n)));
    return href(p);
  }

  private static String href(Map<String, List<String>> p) {
    StringBuilder b = new StringBuilder("/search");
    char sep = '?';
    for (String n : NAMES) {
      for (String v : p.getOrDefault(n, List.of())) {
        b.append(sep).append(n).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        sep = '&';
      }
    }
    return b.toString();
  }
}
