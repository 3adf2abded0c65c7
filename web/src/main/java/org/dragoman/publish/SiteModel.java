package org.dragoman.publish;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dragoman.Archive;
import org.dragoman.align.Bitext;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.index.ArchiveStore;
import org.dragoman.language.LanguageTags;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import org.dragoman.model.TranslationGroup;
import org.dragoman.text.Scripts;
import org.dragoman.translate.TranslationRecords;
import org.dragoman.web.view.Paragraphs;

/**
 * What the site is made of, read from the archive once: the articles of the languages published
 * with their slugs, their translation groups (one version per language), which version
 * translates which, the entities they mention and the bitexts of each pair.
 */
final class SiteModel {
  /** Newest first; undated after dated; then by title and id, so that every run agrees. */
  static final Comparator<Doc> NEWEST = Comparator
      .comparing((Doc d) -> d.article().published(), Comparator.nullsLast(
          Comparator.<LocalDate>reverseOrder()))
      .thenComparing(d -> d.article().displayTitle())
      .thenComparing(d -> d.article().id());

  /**
   * One published article.
   *
   * @param article the article
   * @param mentions its mentions
   * @param slug its slug
   * @param dir its page's folder
   * @param direction its text's direction
   */
  record Doc(Article article, List<Mention> mentions, String slug, String dir, String direction) {
    String language() {
      return article.language();
    }

    /** One article, one page: the same by id (cheap, where a record would compare texts). */
    @Override
    public boolean equals(Object o) {
      return o instanceof Doc d && d.article.id().equals(article.id());
    }

    @Override
    public int hashCode() {
      return article.id().hashCode();
    }
  }

  /**
   * An entity's page in one language.
   *
   * @param id the entity's id
   * @param language the page's language
   * @param name its name in that language
   * @param dir the page's folder
   * @param docs the articles of that language mentioning it, newest first
   */
  record EntityDoc(String id, String language, String name, String dir, List<Doc> docs) {}

  final List<String> languages;
  final String defaultLanguage;
  final Map<String, List<Doc>> byLanguage = new TreeMap<>();
  final Map<String, Doc> byId = new TreeMap<>();
  /** Article id → its group's versions, one per language, by language; absent when alone. */
  final Map<String, List<Doc>> versions = new HashMap<>();
  /** Article id → the version it is a translation of, when it is one. */
  final Map<String, Doc> translationOf = new HashMap<>();
  /** Entity id → its pages by language. */
  final Map<String, Map<String, EntityDoc>> entities = new TreeMap<>();
  /** Article id → the translation pairs (source, target) it is a side of, both published. */
  final Map<String, List<List<String>>> pairsOf = new HashMap<>();
  final EntityCatalogue catalogue;
  final List<String> skipped = new ArrayList<>();

  private SiteModel(List<String> languages, String defaultLanguage, EntityCatalogue catalogue) {
    this.languages = languages;
    this.defaultLanguage = defaultLanguage;
    this.catalogue = catalogue;
  }

  static SiteModel read(Archive archive, PublishSettings settings, SlugMap slugs)
      throws IOException {
    List<String> held = archive.languages().stream().filter(l -> !l.equals("und")).sorted()
        .toList();
    List<String> wanted = new ArrayList<>();
    for (String l : settings.languages()) {
      String m = LanguageTags.match(l, held);
      if (m == null) {
        throw new IllegalArgumentException("--languages: the archive has no articles in " + l
            + "; its languages are " + String.join(", ", held));
      }
      wanted.add(m);
    }
    List<Article> articles = new ArrayList<>();
    Map<String, List<Mention>> mentions = new HashMap<>();
    List<String> skipped = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (String id : archive.articleIds()) {
      Optional<ArchiveStore.Stored> a = archive.articleWithMentions(id);
      if (a.isEmpty()) {
        continue;
      }
      String lang = a.get().article().language();
      if (lang.equals("und")) {
        skipped.add(id + ": its language is unknown");
        continue;
      }
      if (!wanted.isEmpty() && !wanted.contains(lang)) {
        continue;
      }
      articles.add(dated(a.get().article()));
      mentions.put(id, a.get().mentions());
      counts.merge(lang, 1, Integer::sum);
    }
    if (counts.isEmpty()) {
      throw new IllegalArgumentException("nothing to publish: " + archive.directory()
          + " has no article in a known language (ingest some first); an earlier site is left"
          + " as it was");
    }
    List<String> languages = List.copyOf(counts.keySet());
    String def = settings.defaultLanguage() == null ? null
        : LanguageTags.match(settings.defaultLanguage(), languages);
    if (settings.defaultLanguage() != null && def == null) {
      throw new IllegalArgumentException("--default-language " + settings.defaultLanguage()
          + " is not a language being published (" + String.join(", ", languages) + ")");
    }
    if (def == null) {
      def = counts.containsKey("en") ? "en" : counts.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .map(Map.Entry::getKey).orElse("en");
    }
    SiteModel m = new SiteModel(languages, def, archive.entities());
    m.skipped.addAll(skipped);
    Map<String, String> langOf = new TreeMap<>();
    articles.forEach(a -> langOf.put(a.id(), a.language()));
    slugs.hold(langOf);
    for (Article a : articles) {
      String slug = slugs.article(a.id(), a.language(), a.displayTitle());
      Doc d = new Doc(a, mentions.get(a.id()), slug, SiteLinks.dir(a.language(), slug),
          Scripts.direction(a.text()));
      m.byId.put(a.id(), d);
      m.byLanguage.computeIfAbsent(a.language(), k -> new ArrayList<>()).add(d);
    }
    m.byLanguage.values().forEach(l -> l.sort(NEWEST));
    m.readGroups(archive);
    m.readEntities(slugs);
    for (List<String> pair : archive.translationPairs()) {
      Doc a = m.byId.get(pair.get(0));
      Doc b = a == null ? null : m.byId.get(pair.get(1));
      if (b != null && m.versions.getOrDefault(a.article().id(), List.of()).contains(b)) {
        m.pairsOf.computeIfAbsent(a.article().id(), k -> new ArrayList<>()).add(pair);
        m.pairsOf.computeIfAbsent(b.article().id(), k -> new ArrayList<>()).add(pair);
      }
    }
    return m;
  }

  /**
   * {@code a}, without its date when the year is outside 1–9999 (an archive read before ingest
   * refused such dates): no page, feed or sitemap can carry it.
   */
  static Article dated(Article a) {
    LocalDate p = a.published();
    if (p == null || p.getYear() >= 1 && p.getYear() <= 9999) {
      return a;
    }
    return new Article(a.id(), a.source(), a.contentType(), a.language(), a.title(), null,
        a.author(), a.canonicalUrl(), a.contentHash(), a.text(), a.paragraphs(), a.sentences(),
        a.ingested(), a.recognition(), a.furniture());
  }

  private void readGroups(Archive archive) throws IOException {
    Map<String, String> imported = new HashMap<>(); // target → source, as translators made them
    for (TranslationRecords.Made made : TranslationRecords.read(archive.directory()).all()
        .values()) {
      if ("imported".equals(made.how())) {
        imported.put(made.target(), made.source());
      }
    }
    for (TranslationGroup g : archive.groups()) {
      Map<String, Doc> one = new TreeMap<>(); // one version per language: the lowest id
      g.articles().stream().sorted().map(byId::get).filter(d -> d != null)
          .forEach(d -> one.putIfAbsent(d.language(), d));
      if (one.size() < 2) {
        continue;
      }
      List<Doc> set = List.copyOf(one.values());
      set.forEach(d -> versions.put(d.article().id(), set));
      Doc original = set.stream().filter(d -> !imported.containsKey(d.article().id()))
          .min(Comparator.comparing((Doc d) -> d.article().published(),
                  Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
              .thenComparing(d -> !d.language().equals(defaultLanguage))
              .thenComparing(d -> d.article().id()))
          .orElse(set.get(0));
      for (Doc d : set) {
        String source = imported.get(d.article().id());
        Doc from = source == null ? null : byId.get(source);
        if (from != null && set.contains(from)) {
          translationOf.put(d.article().id(), from);
        } else if (d != original) {
          translationOf.put(d.article().id(), original);
        }
      }
    }
  }

  private void readEntities(SlugMap slugs) {
    Map<String, Map<String, Map<String, Doc>>> mentioned = new TreeMap<>();
    for (Doc d : byId.values()) {
      for (Mention mention : d.mentions()) {
        String id = Paragraphs.entityOf(mention, catalogue);
        if (id != null && catalogue.get(id).isPresent()) {
          mentioned.computeIfAbsent(id, k -> new TreeMap<>())
              .computeIfAbsent(d.language(), k -> new LinkedHashMap<>())
              .putIfAbsent(d.article().id(), d);
        }
      }
    }
    for (var e : mentioned.entrySet()) {
      EntityCatalogue.Entity entity = catalogue.get(e.getKey()).orElseThrow();
      Map<String, EntityDoc> pages = new LinkedHashMap<>();
      for (var byLang : e.getValue().entrySet()) {
        String lang = byLang.getKey();
        String name = nameIn(entity, lang);
        String slug = slugs.entity(entity.id(), lang, name);
        List<Doc> docs = new ArrayList<>(byLang.getValue().values());
        docs.sort(NEWEST);
        pages.put(lang, new EntityDoc(entity.id(), lang, name,
            SiteLinks.dir(lang, "entities", slug), List.copyOf(docs)));
      }
      entities.put(e.getKey(), pages);
    }
  }

  /** The entity's name in {@code language}: its most used name there, else its label. */
  static String nameIn(EntityCatalogue.Entity e, String language) {
    List<String> names = e.labels().get(language);
    return names == null || names.isEmpty() ? e.label() : names.get(0);
  }

  /**
   * The entity pages in its own language of the names {@code d} mentions, each once, in the
   * order the text first names them, with the type of that first mention.
   */
  List<Named> named(Doc d) {
    Map<String, Named> out = new LinkedHashMap<>();
    for (Mention m : Paragraphs.sorted(d.mentions())) {
      String id = Paragraphs.entityOf(m, catalogue);
      EntityDoc page = id == null ? null : entityPage(id, d.language());
      if (page != null) {
        out.putIfAbsent(id, new Named(page, m.type()));
      }
    }
    return List.copyOf(out.values());
  }

  /** An entity page an article names, and how the article's first mention types it. */
  record Named(EntityDoc page, Mention.Type type) {}

  /**
   * The hreflang set of article {@code d}'s page, as [language or x-default, folder]: every
   * version, itself included, then x-default; empty when it has no other version. Its pages and
   * its sitemaps both take the set from here, so they always agree.
   */
  List<String[]> alternatesOf(Doc d) {
    Map<String, String> v = new LinkedHashMap<>();
    versions.getOrDefault(d.article().id(), List.of()).forEach(x -> v.put(x.language(), x.dir()));
    return hreflang(v, null);
  }

  /** The hreflang set of an entity's page: its pages in every language. */
  List<String[]> alternatesOf(EntityDoc e) {
    Map<String, String> v = new TreeMap<>();
    entities.get(e.id()).forEach((l, p) -> v.put(l, p.dir()));
    return hreflang(v, null);
  }

  /** The hreflang set of the languages' indexes, with the site's root as x-default. */
  List<String[]> indexAlternates() {
    Map<String, String> v = new TreeMap<>();
    languages.forEach(l -> v.put(l, SiteLinks.dir(l)));
    return hreflang(v, "");
  }

  /** The set of {@code versions}; x-default is {@code xDefault}, or the default language's. */
  private List<String[]> hreflang(Map<String, String> versions, String xDefault) {
    if (versions.size() < 2) {
      return List.of();
    }
    List<String[]> out = new ArrayList<>();
    versions.forEach((lang, dir) -> out.add(new String[] {lang, dir}));
    out.add(new String[] {"x-default", xDefault != null ? xDefault
        : versions.getOrDefault(defaultLanguage, versions.values().iterator().next())});
    return out;
  }

  /** The entity pages of a language, by name. */
  List<EntityDoc> entitiesOf(String language) {
    List<EntityDoc> out = new ArrayList<>();
    for (Map<String, EntityDoc> pages : entities.values()) {
      EntityDoc d = pages.get(language);
      if (d != null) {
        out.add(d);
      }
    }
    out.sort(Comparator.comparing(EntityDoc::name).thenComparing(EntityDoc::id));
    return out;
  }

  /** The page of entity {@code id} in {@code language}, or null. */
  EntityDoc entityPage(String id, String language) {
    Map<String, EntityDoc> pages = entities.get(id);
    return pages == null ? null : pages.get(language);
  }

  /** Whether both sides of {@code b} are published versions of one group. */
  boolean published(Bitext b) {
    return pairsOf.getOrDefault(b.source().id(), List.of())
        .contains(List.of(b.source().id(), b.target().id()));
  }

  /** The folder of a bilingual page: under the source's page, named by the target's language. */
  String bitextDir(String source, String target) {
    return byId.get(source).dir() + byId.get(target).language() + "/";
  }
}
