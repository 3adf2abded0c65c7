package org.dragoman.publish;

import com.ibm.icu.util.ULocale;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dragoman.align.Bitext;
import org.dragoman.publish.SiteModel.Doc;
import org.dragoman.publish.SiteModel.EntityDoc;
import org.dragoman.publish.view.Item;
import org.dragoman.publish.view.SiteArticle;
import org.dragoman.publish.view.SiteBitext;
import org.dragoman.publish.view.SiteChrome;
import org.dragoman.publish.view.SiteEntity;
import org.dragoman.publish.view.SiteList;
import org.dragoman.publish.view.Words;
import org.dragoman.text.Scripts;
import org.dragoman.web.view.ArticlePage;
import org.dragoman.web.view.BitextPage;
import org.dragoman.web.view.BitextRows;
import org.dragoman.web.view.Link;
import org.dragoman.web.view.Paragraphs;

/**
 * The site's HTML pages, rendered with the templates the editors' interface shares (an article's
 * paragraphs with its mentions, a bitext's table), into the file map the publisher writes.
 */
final class SitePages {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null,
      ContentType.Html, SitePages.class.getClassLoader(), "org.dragoman.web.templates");

  private final SiteModel model;
  private final SiteLinks links;
  private final PublishSettings settings;
  private final SiteFiles files;

  SitePages(SiteModel model, SiteLinks links, PublishSettings settings, SiteFiles files) {
    this.model = model;
    this.links = links;
    this.settings = settings;
    this.files = files;
  }

  void renderAll() {
    root();
    for (String lang : model.languages) {
      List<Doc> docs = model.byLanguage.get(lang);
      indexes(lang, docs);
      archive(lang, docs);
      entities(lang);
      docs.forEach(this::article);
    }
  }

  // ------------------------------------------------------------------ chrome

  static String direction(String lang) {
    return ULocale.forLanguageTag(lang).isRightToLeft() ? "rtl" : "ltr";
  }

  String siteName(String lang) {
    return settings.siteName() != null ? settings.siteName()
        : SiteText.words(lang).get("siteName");
  }

  private SiteChrome chrome(String lang, String dir, String title, List<SiteChrome.Alternate> alts,
      String jsonLd, List<Link> switcher, String active) {
    Words w = SiteText.words(lang);
    List<Link> nav = new ArrayList<>();
    for (String[] n : new String[][] {{"articles", SiteLinks.dir(lang)},
        {"archive", SiteLinks.dir(lang, "archive")}, {"entities", SiteLinks.dir(lang, "entities")},
        {"feed", lang + "/feed.xml"}}) {
      nav.add(new Link(w.get(n[0]), SiteLinks.href(dir, n[1]), lang, direction(lang), null,
          n[0].equals(active)));
    }
    return new SiteChrome(lang, direction(lang), title, siteName(lang), links.url(dir), alts,
        jsonLd, SiteLinks.root(dir), nav, switcher, SiteLinks.href(dir, lang + "/feed.xml"), w);
  }

  /** A hreflang set of the model's, as the absolute URLs a page's head gives. */
  private List<SiteChrome.Alternate> absolute(List<String[]> set) {
    return set.stream().map(a -> new SiteChrome.Alternate(a[0], links.url(a[1]))).toList();
  }

  private List<Link> languageSwitcher(String from, String current) {
    List<Link> out = new ArrayList<>();
    for (String l : model.languages) {
      out.add(new Link(SiteText.languageName(l), SiteLinks.href(from, SiteLinks.dir(l)), l,
          direction(l), null, l.equals(current)));
    }
    return out;
  }

  private void page(String dir, String template, Object page) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16384);
    Utf8ByteOutput out = new Utf8ByteOutput();
    ENGINE.render(template, Map.of("page", page), out);
    try {
      out.writeTo(bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    files.put(SiteLinks.file(dir), bytes.toByteArray());
  }

  // ------------------------------------------------------------------ pages

  private void root() {
    String lang = model.defaultLanguage;
    List<Item> items = new ArrayList<>();
    for (String l : model.languages) {
      items.add(new Item(SiteText.languageName(l), SiteLinks.href("", SiteLinks.dir(l)), l,
          direction(l), null, null, SiteText.count(l, model.byLanguage.get(l).size())));
    }
    SiteChrome c = chrome(lang, "", siteName(lang), absolute(model.indexAlternates()), null,
        languageSwitcher("", null), null);
    page("", "site/list.jte", new SiteList(c, SiteText.words(lang).get("languages"), null, items,
        List.of()));
  }

  private Item item(String from, Doc d, String lang) {
    var p = d.article().published();
    return new Item(d.article().displayTitle(), SiteLinks.href(from, d.dir()), d.language(),
        d.direction(), p == null ? null : SiteText.date(p, lang), p == null ? null : p.toString(),
        SiteXml.summary(d));
  }

  private void indexes(String lang, List<Doc> docs) {
    int size = settings.pageSize();
    int pages = Math.max(1, (docs.size() + size - 1) / size);
    for (int n = 1; n <= pages; n++) {
      String dir = n == 1 ? SiteLinks.dir(lang) : SiteLinks.dir(lang, "page", Integer.toString(n));
      List<Item> items = new ArrayList<>();
      for (Doc d : docs.subList((n - 1) * size, Math.min(docs.size(), n * size))) {
        items.add(item(dir, d, lang));
      }
      List<Link> nav = new ArrayList<>();
      for (int k = 1; pages > 1 && k <= pages; k++) {
        String to = k == 1 ? SiteLinks.dir(lang) : SiteLinks.dir(lang, "page", Integer.toString(k));
        nav.add(new Link(SiteText.number(lang, k), SiteLinks.href(dir, to), lang, direction(lang),
            null, k == n));
      }
      SiteChrome c = chrome(lang, dir, siteName(lang),
          n == 1 ? absolute(model.indexAlternates()) : List.of(),
          null, languageSwitcher(dir, lang), "articles");
      page(dir, "site/list.jte", new SiteList(c, SiteText.words(lang).get("articles"),
          SiteText.count(lang, docs.size()), items, nav));
    }
  }

  private void archive(String lang, List<Doc> docs) {
    Map<String, List<Doc>> months = new TreeMap<>(java.util.Comparator.reverseOrder());
    for (Doc d : docs) {
      if (d.article().published() != null) {
        months.computeIfAbsent(d.article().published().toString().substring(0, 7),
            k -> new ArrayList<>()).add(d);
      }
    }
    String top = SiteLinks.dir(lang, "archive");
    Words w = SiteText.words(lang);
    List<Item> items = new ArrayList<>();
    for (var m : months.entrySet()) {
      String dir = SiteLinks.dir(lang, "archive", m.getKey());
      items.add(new Item(SiteText.month(m.getKey(), lang), SiteLinks.href(top, dir), lang,
          direction(lang), null, null, SiteText.count(lang, m.getValue().size())));
      List<Item> entries = m.getValue().stream().map(d -> item(dir, d, lang)).toList();
      String heading = SiteText.month(m.getKey(), lang);
      page(dir, "site/list.jte", new SiteList(chrome(lang, dir, heading, List.of(), null,
          languageSwitcher(dir, lang), "archive"), heading, SiteText.count(lang, entries.size()),
          entries, List.of()));
    }
    page(top, "site/list.jte", new SiteList(chrome(lang, top, w.get("archive"), List.of(), null,
        languageSwitcher(top, lang), "archive"), w.get("archive"), null, items, List.of()));
  }

  private void entities(String lang) {
    String top = SiteLinks.dir(lang, "entities");
    Words w = SiteText.words(lang);
    List<Item> items = new ArrayList<>();
    for (EntityDoc e : model.entitiesOf(lang)) {
      var entity = model.catalogue.get(e.id()).orElseThrow();
      String type = w.get(entity.type().name().toLowerCase(Locale.ROOT));
      items.add(new Item(e.name(), SiteLinks.href(top, e.dir()), lang, "auto", null, null,
          type + " · " + SiteText.count(lang, e.docs().size())));
      entity(e, type);
    }
    page(top, "site/list.jte", new SiteList(chrome(lang, top, w.get("entities"), List.of(), null,
        languageSwitcher(top, lang), "entities"), w.get("entities"), null, items, List.of()));
  }

  private void entity(EntityDoc e, String type) {
    Map<String, SiteModel.EntityDoc> pages = model.entities.get(e.id());
    List<Link> names = new ArrayList<>();
    List<Link> switcher = new ArrayList<>();
    for (var p : new TreeMap<>(pages).values()) {
      switcher.add(new Link(SiteText.languageName(p.language()), SiteLinks.href(e.dir(), p.dir()),
          p.language(), direction(p.language()), null, p.language().equals(e.language())));
      if (!p.language().equals(e.language())) {
        names.add(new Link(p.name(), SiteLinks.href(e.dir(), p.dir()), p.language(),
            Scripts.direction(p.name()), SiteText.languageName(p.language()), false));
      }
    }
    List<Item> articles = e.docs().stream().map(d -> item(e.dir(), d, e.language())).toList();
    SiteChrome c = chrome(e.language(), e.dir(), e.name(), absolute(model.alternatesOf(e)), null,
        switcher.size() > 1 ? switcher : List.of(), "entities");
    page(e.dir(), "site/entity.jte", new SiteEntity(c, e.name(), type, names, articles));
  }

  private void article(Doc d) {
    String lang = d.language();
    List<Doc> versions = model.versions.getOrDefault(d.article().id(), List.of());
    List<Link> switcher = new ArrayList<>();
    for (Doc v : versions) {
      switcher.add(new Link(SiteText.languageName(v.language()), SiteLinks.href(d.dir(), v.dir()),
          v.language(), direction(v.language()), null, v == d));
    }
    List<Link> entities = new ArrayList<>();
    for (SiteModel.Named n : model.named(d)) {
      entities.add(new Link(n.page().name(), SiteLinks.href(d.dir(), n.page().dir()), lang,
          "auto", n.type().name().toLowerCase(Locale.ROOT), false));
    }
    List<Link> bitexts = new ArrayList<>();
    for (List<String> pair : model.pairsOf.getOrDefault(d.article().id(), List.of())) {
      Doc other = model.byId.get(pair.get(0).equals(d.article().id()) ? pair.get(1) : pair.get(0));
      bitexts.add(new Link(SiteText.languageName(lang) + " ↔ "
          + SiteText.languageName(other.language()), SiteLinks.href(d.dir(),
              model.bitextDir(pair.get(0), pair.get(1))), null, "auto", null, false));
    }
    var p = d.article().published();
    SiteChrome c = chrome(lang, d.dir(), d.article().displayTitle(),
        absolute(model.alternatesOf(d)),
        JsonLd.article(model, links, d), switcher, null);
    page(d.dir(), "site/article.jte", new SiteArticle(c, d.article().displayTitle(),
        p == null ? null : p.toString(), p == null ? null : SiteText.date(p, lang),
        SiteText.sourceCalendar(p, d.mentions(), lang), d.article().author(),
        body(d), entities, bitexts));
  }

  /** The article's paragraphs, but the first when it is the title the page's heading shows. */
  private List<ArticlePage.Paragraph> body(Doc d) {
    List<ArticlePage.Paragraph> all = Paragraphs.of(d.article(), d.mentions(), model.catalogue,
        id -> {
          EntityDoc e = model.entityPage(id, d.language());
          return e == null ? null : SiteLinks.href(d.dir(), e.dir());
        });
    if (!all.isEmpty()) {
      StringBuilder first = new StringBuilder();
      all.get(0).spans().forEach(sp -> first.append(sp.text()));
      if (first.toString().strip().equals(d.article().displayTitle().strip())) {
        return all.subList(1, all.size());
      }
    }
    return all;
  }

  /** The bilingual page of {@code b}, a pair of published versions. */
  void bitext(Bitext b) {
    Doc s = model.byId.get(b.source().id());
    Doc t = model.byId.get(b.target().id());
    String dir = model.bitextDir(b.source().id(), b.target().id());
    BitextRows rows = BitextRows.of(b);
    BitextPage page = new BitextPage(side(s, dir), side(t, dir), rows.rows(), List.of(),
        b.links().size(), rows.low());
    String title = s.article().displayTitle() + " · " + SiteText.languageName(s.language())
        + " ↔ " + SiteText.languageName(t.language());
    page(dir, "site/bitext.jte", new SiteBitext(chrome(s.language(), dir, title, List.of(), null,
        List.of(), null), page, SiteText.languageName(s.language()),
        SiteText.languageName(t.language())));
  }

  private static BitextPage.Side side(Doc d, String from) {
    return new BitextPage.Side(d.article().id(), d.article().displayTitle(), d.language(),
        d.direction(), SiteLinks.href(from, d.dir()));
  }
}
