package org.dragoman.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.Archive;
import org.dragoman.publish.SiteModel.Doc;

/**
 * Publishes an archive as a static multilingual site: per language an index (newest first,
 * paged), an Atom feed, a month archive, entity pages, and a page per article with its
 * translations as a language switcher and as reciprocal hreflang alternates, JSON-LD, and a
 * bilingual page per translation pair; a sitemap per language with its alternates, the sitemap
 * index and robots.txt; the stylesheet and the fonts the pages use, so that nothing comes from
 * elsewhere.
 *
 * <p>The same archive gives the same bytes; a run writes only the files whose bytes change and
 * says which (see {@link PublishReport}). Slugs are kept in the archive so that a page keeps its
 * URL.
 */
public final class Publisher {
  static final List<String> FONTS = List.of("NotoSans-Regular.ttf",
      "NotoNaskhArabic-Regular.ttf", "NotoNastaliqUrdu-Regular.ttf", "OFL.txt");

  private Publisher() {}

  /** Publishes {@code archive} as {@code settings} say. */
  public static PublishReport publish(Archive archive, PublishSettings settings)
      throws IOException {
    Path out = settings.out().toAbsolutePath().normalize();
    Path dir = archive.directory().toAbsolutePath().normalize();
    if (out.startsWith(dir) || dir.startsWith(out)) {
      throw new IllegalArgumentException("the site's folder " + settings.out()
          + " cannot be the archive's folder, inside it or around it");
    }
    try (SlugMap.Held held = SlugMap.lock(dir)) {
      return publish(archive, settings, out, dir);
    }
  }

  private static PublishReport publish(Archive archive, PublishSettings settings, Path out,
      Path dir) throws IOException {
    SlugMap slugs = SlugMap.read(dir);
    SiteModel model = SiteModel.read(archive, settings, slugs);
    SiteLinks links = new SiteLinks(settings.baseUrl());
    slugs.write(); // before any page: every URL on disk is one the map keeps
    SiteFiles files = new SiteFiles(out);
    SiteFiles.Synced synced;
    try {
      if (!model.languages.isEmpty()) {
        SitePages pages = new SitePages(model, links, settings, files);
        pages.renderAll();
        archive.forEachBitext(b -> {
          if (model.published(b)) {
            pages.bitext(b);
          }
        });
        xml(model, links, pages, files);
      }
      files.put("robots.txt", SiteXml.robots(links));
      files.put("site.css", resource("site.css"));
      for (String f : FONTS) {
        files.put("fonts/" + f, resource("fonts/" + f));
      }
      synced = files.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause(); // a file of the site could not be written
    }
    return new PublishReport(settings.out(), model.languages, model.byId.size(),
        synced.written(), synced.removed(), synced.unchanged(), List.copyOf(model.skipped));
  }

  private static void xml(SiteModel model, SiteLinks links, SitePages names, SiteFiles files) {
    List<String[]> sitemaps = new ArrayList<>();
    for (String lang : model.languages) {
      List<Doc> docs = model.byLanguage.get(lang);
      files.put(lang + "/feed.xml", SiteXml.feed(links, lang, names.siteName(lang), docs));
      List<SiteXml.Url> urls = new ArrayList<>();
      urls.add(new SiteXml.Url(SiteLinks.dir(lang), latest(docs), model.indexAlternates()));
      for (Doc d : docs) {
        urls.add(new SiteXml.Url(d.dir(), SiteXml.updated(d), model.alternatesOf(d)));
      }
      for (SiteModel.EntityDoc e : model.entitiesOf(lang)) {
        urls.add(new SiteXml.Url(e.dir(), latest(e.docs()), model.alternatesOf(e)));
      }
      // a sitemap holds at most 50,000 URLs and 50 MB: a language with more gets sitemap-2.xml
      int n = 0;
      for (List<SiteXml.Url> part : SiteXml.parts(links, urls)) {
        String name = lang + (++n == 1 ? "/sitemap.xml" : "/sitemap-" + n + ".xml");
        files.put(name, SiteXml.sitemap(links, part));
        Instant last = part.stream().map(SiteXml.Url::lastmod).filter(t -> t != null)
            .max(Instant::compareTo).orElse(null);
        sitemaps.add(new String[] {name, last == null ? null : last.toString()});
      }
    }
    files.put("sitemap.xml", SiteXml.sitemapIndex(links, sitemaps));
  }

  private static Instant latest(List<Doc> docs) {
    return docs.stream().map(SiteXml::updated).max(Instant::compareTo).orElse(null);
  }

  private static byte[] resource(String name) {
    try (InputStream in = Publisher.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the site's " + name + " is missing from Dragoman's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
