package org.dragoman.publish;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dragoman.io.SafeText;
import org.dragoman.publish.SiteModel.Doc;

/**
 * The site's XML: an Atom 1.0 feed per language, a sitemap per language whose entries list
 * their translations ({@code xhtml:link rel="alternate" hreflang}, as search engines read them),
 * and the sitemap index. Every value goes through the XML writer and {@link SafeText#xml}, so an
 * article's text is always text.
 */
final class SiteXml {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String XHTML = "http://www.w3.org/1999/xhtml";
  /** URLs in one sitemap, as the protocol allows. */
  static final int SITEMAP_URLS = 50_000;
  /** Bytes of one sitemap: the protocol allows 50 MB; this leaves room for the estimate. */
  static final long SITEMAP_BYTES = 45_000_000;
  /** Entries in a feed. */
  static final int FEED_ENTRIES = 20;

  private SiteXml() {}

  /** When an article's entry was last changed: when this version was read, not before its day. */
  static Instant updated(Doc d) {
    Instant read = d.article().ingested() == null ? Instant.EPOCH
        : d.article().ingested().truncatedTo(ChronoUnit.SECONDS);
    Instant day = published(d);
    return read.isBefore(day) ? day : read;
  }

  /** When an article was published: its date, or when it was read when it states none. */
  static Instant published(Doc d) {
    LocalDate p = d.article().published();
    if (p != null) {
      return p.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    return d.article().ingested() == null ? Instant.EPOCH
        : d.article().ingested().truncatedTo(ChronoUnit.SECONDS);
  }

  static byte[] feed(SiteLinks links, String lang, String title, List<Doc> docs) {
    List<Doc> entries = docs.subList(0, Math.min(FEED_ENTRIES, docs.size()));
    Instant updated = entries.stream().map(SiteXml::updated).max(Instant::compareTo)
        .orElse(Instant.EPOCH);
    return write(w -> {
      w.writeStartElement("feed");
      w.writeDefaultNamespace(ATOM);
      w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
      text(w, 1, "id", links.url(SiteLinks.dir(lang)));
      text(w, 1, "title", title);
      text(w, 1, "updated", updated.toString());
      link(w, 1, "self", links.url(lang + "/feed.xml"), "application/atom+xml");
      link(w, 1, "alternate", links.url(SiteLinks.dir(lang)), "text/html");
      indent(w, 1);
      w.writeStartElement("author");
      text(w, 2, "name", title);
      indent(w, 1);
      w.writeEndElement();
      for (Doc d : entries) {
        indent(w, 1);
        w.writeStartElement("entry");
        text(w, 2, "id", links.url(d.dir()));
        text(w, 2, "title", d.article().displayTitle());
        link(w, 2, "alternate", links.url(d.dir()), "text/html");
        text(w, 2, "published", published(d).toString());
        text(w, 2, "updated", updated(d).toString());
        if (d.article().author() != null) {
          indent(w, 2);
          w.writeStartElement("author");
          text(w, 3, "name", d.article().author());
          indent(w, 2);
          w.writeEndElement();
        }
        String summary = summary(d);
        if (!summary.isEmpty()) {
          text(w, 2, "summary", summary);
        }
        indent(w, 1);
        w.writeEndElement();
      }
      indent(w, 0);
      w.writeEndElement();
    });
  }

  /**
   * The article's first paragraph that is not its title and says more than a dateline (60
   * characters or more; else the first that is not its title), shortened to about 280.
   */
  static String summary(Doc d) {
    var a = d.article();
    String first = null;
    for (var p : a.paragraphs()) {
      String t = p.text(a.text()).strip().replaceAll("\\s+", " ");
      if (t.isEmpty() || t.equals(a.displayTitle().strip())) {
        continue;
      }
      if (t.length() >= 60) {
        return shorten(t);
      }
      first = first == null ? t : first;
    }
    return first == null ? "" : shorten(first);
  }

  private static String shorten(String t) {
    if (t.length() <= 300) {
      return t;
    }
    String cut = t.substring(0, t.offsetByCodePoints(0, t.codePointCount(0, 280)));
    int space = cut.lastIndexOf(' ');
    return (space > 200 ? cut.substring(0, space) : cut).strip() + "…";
  }

  /**
   * One entry of a language's sitemap.
   *
   * @param dir the page's folder
   * @param lastmod when it last changed, or null
   * @param alternates its versions (language, folder), itself included, plus x-default; or none
   */
  record Url(String dir, Instant lastmod, List<String[]> alternates) {}

  /** {@code urls} cut into sitemaps within the protocol's limits of count and size. */
  static List<List<Url>> parts(SiteLinks links, List<Url> urls) {
    List<List<Url>> out = new java.util.ArrayList<>();
    List<Url> part = new java.util.ArrayList<>();
    long bytes = 0;
    for (Url u : urls) {
      long size = 80 + links.url(u.dir()).length();
      for (String[] alt : u.alternates()) {
        size += 80 + alt[0].length() + links.url(alt[1]).length();
      }
      if (!part.isEmpty() && (part.size() == SITEMAP_URLS || bytes + size > SITEMAP_BYTES)) {
        out.add(part);
        part = new java.util.ArrayList<>();
        bytes = 0;
      }
      part.add(u);
      bytes += size;
    }
    if (!part.isEmpty()) {
      out.add(part);
    }
    return out;
  }

  static byte[] sitemap(SiteLinks links, List<Url> urls) {
    return write(w -> {
      w.writeStartElement("urlset");
      w.writeDefaultNamespace(SITEMAP);
      w.writeNamespace("xhtml", XHTML);
      for (Url u : urls) {
        indent(w, 1);
        w.writeStartElement("url");
        text(w, 2, "loc", links.url(u.dir()));
        if (u.lastmod() != null) {
          text(w, 2, "lastmod", u.lastmod().toString());
        }
        for (String[] alt : u.alternates()) {
          indent(w, 2);
          w.writeEmptyElement("xhtml", "link", XHTML);
          w.writeAttribute("rel", "alternate");
          w.writeAttribute("hreflang", alt[0]);
          w.writeAttribute("href", links.url(alt[1]));
        }
        indent(w, 1);
        w.writeEndElement();
      }
      indent(w, 0);
      w.writeEndElement();
    });
  }

  /** The sitemap index: one sitemap per language, each with the last change it lists. */
  static byte[] sitemapIndex(SiteLinks links, List<String[]> sitemaps) {
    return write(w -> {
      w.writeStartElement("sitemapindex");
      w.writeDefaultNamespace(SITEMAP);
      for (String[] s : sitemaps) {
        indent(w, 1);
        w.writeStartElement("sitemap");
        text(w, 2, "loc", links.url(s[0]));
        if (s[1] != null) {
          text(w, 2, "lastmod", s[1]);
        }
        indent(w, 1);
        w.writeEndElement();
      }
      indent(w, 0);
      w.writeEndElement();
    });
  }

  private interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      indent(w, 0);
      body.write(w);
      w.writeEndDocument();
      w.writeCharacters("\n");
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void indent(XMLStreamWriter w, int level) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(level));
  }

  private static void text(XMLStreamWriter w, int level, String name, String value)
      throws XMLStreamException {
    indent(w, level);
    w.writeStartElement(name);
    w.writeCharacters(SafeText.xml(value));
    w.writeEndElement();
  }

  private static void link(XMLStreamWriter w, int level, String rel, String href, String type)
      throws XMLStreamException {
    indent(w, level);
    w.writeEmptyElement("link");
    w.writeAttribute("rel", rel);
    w.writeAttribute("type", type);
    w.writeAttribute("href", href);
  }

  /** The site's robots.txt: everything may be crawled; the sitemap index is named. */
  static byte[] robots(SiteLinks links) {
    return ("User-agent: *\nAllow: /\n\nSitemap: " + links.url("sitemap.xml") + "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
