package org.dragoman.web;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.dragoman.model.Segment;
import org.dragoman.model.SentenceLink;
import org.dragoman.search.SearchHit;
import org.dragoman.search.SearchResult;
import org.dragoman.text.Scripts;
import org.dragoman.web.view.ArticlePage;
import org.dragoman.web.view.BitextPage;
import org.dragoman.web.view.EntityPage;
import org.dragoman.web.view.Link;
import org.dragoman.web.view.Paths;

/** Builds the article, bitext and entity pages from the library's values. */
final class ArticleViews {
  /** Links below this confidence are marked for an editor to check. */
  static final double LOW_CONFIDENCE = 0.5;

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
    List<Mention> sorted = mentions.stream().sorted(Comparator.comparingInt(Mention::start))
        .toList();
    List<ArticlePage.Paragraph> paragraphs = new ArrayList<>();
    for (Segment p : a.paragraphs()) {
      paragraphs.add(new ArticlePage.Paragraph(p.language(), Scripts.direction(p.text(a.text())),
          spans(a.text(), p, sorted, catalogue)));
    }
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
      if (m.type().isEntity() && m.entity() != null) {
        String id = catalogue.resolve(m.entity()) == null ? m.entity() : catalogue.resolve(m.entity());
        entities.putIfAbsent(id, new Link(catalogue.get(id).map(EntityCatalogue.Entity::label)
            .orElse(m.text()), Paths.entity(id), null, "auto",
            m.type().name().toLowerCase(Locale.ROOT), false));
      }
    }
    return new ArticlePage(a.id(), a.title(), a.language(), Scripts.direction(a.text()), meta,
        paragraphs, members, bitexts, List.copyOf(entities.values()));
  }

  private static List<ArticlePage.Span> spans(String text, Segment p, List<Mention> mentions,
      EntityCatalogue catalogue) {
    List<ArticlePage.Span> out = new ArrayList<>();
    int pos = p.start();
    for (Mention m : mentions) {
      if (m.start() < pos || m.end() > p.end() || m.end() <= m.start()) {
        continue; // outside this paragraph, or overlapping one already shown
      }
      if (m.start() > pos) {
        out.add(new ArticlePage.Span(text.substring(pos, m.start()), null, null, null));
      }
      String type = m.type().name().toLowerCase(Locale.ROOT);
      String title;
      String href = null;
      if (m.type().isEntity() && m.entity() != null) {
        String id = catalogue.resolve(m.entity()) == null ? m.entity() : catalogue.resolve(m.entity());
        title = m.type().name().toLowerCase(Locale.ROOT) + ": "
            + catalogue.get(id).map(EntityCatalogue.Entity::label).orElse(id);
        href = Paths.entity(id);
      } else if (m.type() == Mention.Type.DATE) {
        title = m.value() == null ? "date (unresolved)" : m.value()
            + (m.calendar() != null ? " (" + m.calendar() + " " + m.original() + ")" : "");
      } else {
        title = m.value() == null ? type : type + ": " + m.value();
      }
      out.add(new ArticlePage.Span(text.substring(m.start(), m.end()), type, title, href));
      pos = m.end();
    }
    if (pos < p.end()) {
      out.add(new ArticlePage.Span(text.substring(pos, p.end()), null, null, null));
    }
    return out;
  }

  static BitextPage bitext(Bitext b, List<String> otherLanguages) {
    List<String> left = Bitext.sentences(b.source());
    List<String> right = Bitext.sentences(b.target());
    List<BitextPage.Row> rows = new ArrayList<>();
    int low = 0;
    for (SentenceLink l : b.links()) {
      boolean weak = l.confidence() < LOW_CONFIDENCE;
      low += weak ? 1 : 0;
      int n = Math.max(1, Math.max(l.source().size(), l.target().size()));
      String conf = String.format(Locale.ROOT, "%.2f", l.confidence());
      List<List<BitextPage.Cell>> cells = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        cells.add(new ArrayList<>());
      }
      place(cells, "source", l.source(), left, n, conf, l.shape(), weak);
      place(cells, "target", l.target(), right, n, conf, l.shape(), weak);
      for (int r = 0; r < n; r++) {
        rows.add(new BitextPage.Row(List.copyOf(cells.get(r)), r == 0));
      }
    }
    List<Link> others = new ArrayList<>();
    for (String lang : otherLanguages) {
      others.add(new Link(b.source().language() + " ↔ " + lang, Paths.article(b.source().id())
          + "/bitext?with=" + Paths.enc(lang), null, "ltr", null,
          lang.equals(b.target().language())));
    }
    return new BitextPage(side(b.source()), side(b.target()), rows, others, b.links().size(), low);
  }

  /** One side of a link over {@code n} rows: a sentence a row, the last one spanning the rest. */
  private static void place(List<List<BitextPage.Cell>> rows, String side, List<Integer> ids,
      List<String> sentences, int n, String conf, String shape, boolean weak) {
    if (ids.isEmpty()) {
      rows.get(0).add(new BitextPage.Cell(side, "", n, conf, shape, weak));
      return;
    }
    for (int k = 0; k < ids.size(); k++) {
      int i = ids.get(k);
      String text = i >= 0 && i < sentences.size() ? sentences.get(i) : "";
      int span = k == ids.size() - 1 ? n - k : 1;
      rows.get(k).add(new BitextPage.Cell(side, text, span, conf, shape, weak));
    }
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
