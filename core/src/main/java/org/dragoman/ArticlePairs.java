package org.dragoman;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dragoman.index.ArchiveStore;
import org.dragoman.model.Article;

/**
 * Pairs of translated articles as the archive orders them: the source side is the English
 * version, else the language whose tag sorts first; pairs come language pair by language pair.
 */
final class ArticlePairs {
  private final ArchiveStore store;

  ArticlePairs(ArchiveStore store) {
    this.store = store;
  }

  /** Whether an article in {@code a} is the source side of a pair with one in {@code b}. */
  static boolean sourceSide(String a, String b) {
    return a.equals("en") || !b.equals("en") && a.compareTo(b) <= 0;
  }

  /** The two articles, source side first. */
  static Article[] sourceFirst(Article a, Article b) {
    return sourceSide(a.language(), b.language()) ? new Article[] {a, b} : new Article[] {b, a};
  }

  private static List<List<String>> sorted(Set<List<String>> pairs) {
    List<List<String>> out = new ArrayList<>(pairs);
    out.sort(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
    return out;
  }

  /** Pairs of ids by their languages ("en ar", source first), from the articles' briefs. */
  Map<String, List<List<String>>> byLanguagePair(Set<List<String>> pairs) throws IOException {
    Map<String, List<List<String>>> out = new TreeMap<>();
    Map<String, String> language = new HashMap<>();
    for (List<String> p : sorted(pairs)) {
      String la = languageOf(p.get(0), language);
      String lb = languageOf(p.get(1), language);
      if (la == null || lb == null) {
        continue;
      }
      out.computeIfAbsent(sourceSide(la, lb) ? la + " " + lb : lb + " " + la,
          k -> new ArrayList<>()).add(p);
    }
    return out;
  }

  private String languageOf(String id, Map<String, String> cache) throws IOException {
    String l = cache.get(id);
    if (l == null) {
      l = store.brief(id).map(ArchiveStore.Brief::language).orElse(null);
      if (l != null) {
        cache.put(id, l);
      }
    }
    return l;
  }

  /** The articles of {@code pairs}, source side first, by their languages [source, target]. */
  Map<List<String>, List<Article[]>> byLanguages(Set<List<String>> pairs) throws IOException {
    Map<List<String>, List<Article[]>> out = new TreeMap<>(
        Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
    Map<String, Optional<Article>> cache = new HashMap<>();
    for (List<String> p : sorted(pairs)) {
      Optional<Article> a = article(p.get(0), cache);
      Optional<Article> b = article(p.get(1), cache);
      if (a.isEmpty() || b.isEmpty()) {
        continue;
      }
      Article[] pair = sourceFirst(a.get(), b.get());
      out.computeIfAbsent(List.of(pair[0].language(), pair[1].language()), k -> new ArrayList<>())
          .add(pair);
    }
    return out;
  }

  private Optional<Article> article(String id, Map<String, Optional<Article>> cache)
      throws IOException {
    Optional<Article> a = cache.get(id);
    if (a == null) {
      a = store.article(id);
      cache.put(id, a);
    }
    return a;
  }
}
