package org.dragoman.web;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dragoman.align.Bitext;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.index.ArchiveStore;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;
import org.dragoman.search.SearchHit;
import org.dragoman.search.SearchResult;
import org.dragoman.text.Scripts;
import org.dragoman.web.view.ArticlePage;
import org.dragoman.web.view.BitextPage;
import org.dragoman.web.view.BitextRows;
import org.dragoman.web.view.EntityPage;
import org.dragoman.web.view.Link;
import org.dragoman.web.view.Paragraphs;
import org.dragoman.web.view.Paths;

/** Builds the article, bitext and entity pages from the library's values. */
final class ArticleViews {
  private ArticleViews() {}

  static ArticlePage article(Article a, List<Mention> mentions, List<ArchiveStore.Brief> group,
      List<String> bitextLanguages, EntityCatalogue catalogue) {
    List<String[]> meta = new ArrayList<>();
    meta.add(new String[] {"Language", a.language()});
    if (a.published() != null) {
      meta.add(new String[] {"Published", a.published().toString()});
    }
    if (a.author() != null) {
      meta.add(new String[] {"Author", a.author()});
    }
    meta.add(new String[] {"Source", a.source()});
    meta.add(new String[] {"Format", a.contentType()});
    meta.add(new String[] {"Id", a.id()});
    meta.add(new String[] {"Sentences", Integer.toString(a.sentences().size())});
    List<Mention> sorted = Paragraphs.sorted(mentions);
    List<ArticlePage.Paragraph> paragraphs = Paragraphs.of(a, sorted, catalogue, Paths::entity);
    List<Link> members = new ArrayList<>();
    for (ArchiveStore.Brief b : group) {
      members.add(new Link(b.title() == null ? b.id() : b.title(), Paths.article(b.id()),
          b.language(), Scripts.direction(b.title() == null ? "" : b.title()), b.language(),
          false));
    }
    List<Link> bitexts = new ArrayList<>();
    for (String lang : bitextLanguages) {
      bitexts.add(new Link(a.language() + " ↔ " + lang,
          Paths.article(a.id()) + "/bitext?with=" + Paths.enc(lang), null, "ltr", null, false));
    }
    Map<String, Link> entities = new LinkedHashMap<>();
    for (Mention m : sorted) {
      String id = Paragraphs.entityOf(m, catalogue);
      if (id != null) {
        entities.putIfAbsent(id, new Link(catalogue.get(id).map(EntityCatalogue.Entity::label)
            .orElse(m.text()), Paths.entity(id), null, "auto",
            m.type().name().toLowerCase(Locale.ROOT), false));
      }
    }
    return new ArticlePage(a.id(), a.title(), a.language(), Scripts.direction(a.text()), meta,
        paragraphs, members, bitexts, List.copyOf(entities.values()));
  }

  static BitextPage bitext(Bitext b, List<String> otherLanguages) {
    BitextRows rows = BitextRows.of(b);
    List<Link> others = new ArrayList<>();
    for (String lang : otherLanguages) {
      others.add(new Link(b.source().language() + " ↔ " + lang, Paths.article(b.source().id())
          + "/bitext?with=" + Paths.enc(lang), null, "ltr", null,
          lang.equals(b.target().language())));
    }
    return new BitextPage(side(b.source()), side(b.target()), rows.rows(), others,
        b.links().size(), rows.low());
  }

  private static BitextPage.Side side(Article a) {
    return new BitextPage.Side(a.id(), a.title(), a.language(), Scripts.direction(a.text()),
        Paths.article(a.id()));
  }

  static EntityPage entity(EntityCatalogue.Entity e, SearchResult mentioning) {
    List<EntityPage.Label> labels = new ArrayList<>();
    e.labels().forEach((lang, names) -> {
      String joined = String.join(" ", names);
      int script = Scripts.dominant(joined, 0, joined.length());
      labels.add(new EntityPage.Label(lang, UScript.getName(script).replace('_', ' '),
          Scripts.direction(joined), names));
    });
    List<Link> recent = new ArrayList<>();
    for (SearchHit h : mentioning.hits()) {
      recent.add(new Link(h.title(), Paths.article(h.id()), h.language(), h.direction(),
          (h.published() == null ? "" : h.published() + " · ") + h.language(), false));
    }
    Map<String, Long> months = new TreeMap<>(mentioning.facets()
        .getOrDefault("mentioned_month", Map.of()));
    long most = months.values().stream().mapToLong(Long::longValue).max().orElse(1);
    List<EntityPage.Month> timeline = new ArrayList<>();
    for (var m : months.entrySet()) {
      if (!m.getKey().matches("\\d{4}-\\d{2}")) {
        continue;
      }
      int width = (int) Math.max(10, Math.round(m.getValue() * 10.0 / most) * 10);
      timeline.add(new EntityPage.Month(m.getKey(), m.getValue(), width,
          "/search?entity=" + Paths.enc(e.id()) + "&mentions=" + Paths.enc(m.getKey())));
    }
    return new EntityPage(e.id(), e.type().name().toLowerCase(Locale.ROOT), e.label(), labels,
        e.aliases(), e.mentions(), e.articles(), recent, timeline);
  }
}
