package org.dragoman.ingest;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads HTML with jsoup, which never throws on malformed markup: metadata from the head
 * (Open Graph, {@code <title>}, meta dates, JSON-LD {@code datePublished}, canonical link), the
 * body from {@code <article>}/{@code <main>} when the page has one, without navigation, share
 * buttons, cookie banners, scripts and forms. Block elements become paragraphs.
 */
final class HtmlReader {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Elements that are never article text. */
  private static final String DEBRIS =
      "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, svg,"
          + " select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true],"
          + " [hidden]";

  /** Class or id words of page furniture, matched as whole words of the attribute. */
  private static final String FURNITURE =
      "(?i).*\\b(share|sharing|social|cookie|cookies|consent|gdpr|navbar|nav|menu|breadcrumbs?"
          + "|related|comments?|subscribe|newsletter|sidebar|advert|ads|promo|popup|modal|footer"
          + "|header|toolbar|pagination|skip-link)\\b.*";

  private static final String BLOCKS =
      "p h1 h2 h3 h4 h5 h6 li dt dd blockquote pre div section article main td th tr caption"
          + " figcaption address table ul ol dl hr body";

  private HtmlReader() {}

  /**
   * A document type declaration with an internal subset ({@code <!DOCTYPE x [ <!ENTITY …> ]>}):
   * HTML parsing would read the subset's end as text, and its entities are never expanded here
   * (no external entity is fetched, no billion laughs).
   */
  private static final java.util.regex.Pattern INTERNAL_SUBSET =
      java.util.regex.Pattern.compile("(?is)<!DOCTYPE[^>\\[]*\\[.*?\\]\\s*>");

  static Extracted read(String html, String contentType) {
    int doctype = html.indexOf("<!DOCTYPE") >= 0 ? html.indexOf("<!DOCTYPE")
        : html.indexOf("<!doctype");
    if (doctype >= 0 && doctype < 4096) {
      java.util.regex.Matcher m = INTERNAL_SUBSET.matcher(html);
      if (m.find(doctype) && m.start() == doctype) {
        html = html.substring(0, m.start()) + html.substring(m.end());
      }
    }
    Document doc = Jsoup.parse(html);
    String title = firstNonBlank(
        meta(doc, "meta[property=og:title]"),
        doc.title(),
        doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text());
    LocalDate published = Dates.parseIso(firstNonBlank(
        meta(doc, "meta[property=article:published_time]"),
        meta(doc, "meta[name=date], meta[name=pubdate], meta[name=publish-date],"
            + " meta[name=dc.date], meta[name=DC.date.issued], meta[name=citation_publication_date],"
            + " meta[itemprop=datePublished]"),
        jsonLd(doc, "datePublished"),
        attr(doc, "article time[datetime], time[pubdate][datetime]", "datetime")));
    String author = firstNonBlank(
        meta(doc, "meta[name=author], meta[property=article:author]"), jsonLd(doc, "author"));
    String canonical = firstNonBlank(
        attr(doc, "link[rel=canonical]", "href"), meta(doc, "meta[property=og:url]"));

    Element body = doc.body();
    body.select(DEBRIS).remove();
    body.getAllElements().stream()
        .filter(e -> e != body && (e.id().matches(FURNITURE) || e.className().matches(FURNITURE)))
        .toList()
        .forEach(Element::remove);
    Element main = doc.selectFirst("article, main, [itemprop=articleBody], [role=main]");
    String text = blockText(main != null ? main : body);
    return new Extracted(text, title, published, author, canonical, contentType);
  }

  private static String meta(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.attr("content");
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.attr(attr);
  }

  /** The first value of {@code key} in any JSON-LD block; for objects, their "name". */
  private static String jsonLd(Document doc, String key) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = JSON.readTree(script.data()).findValue(key);
        if (found != null) {
          JsonNode value = found.isArray() && !found.isEmpty() ? found.get(0) : found;
          return value.isObject() ? value.path("name").asString(null) : value.asString(null);
        }
      } catch (RuntimeException e) {
        // a broken JSON-LD block is page debris, not a reason to drop the page
      }
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** The text of {@code root}, one line per block element, white space inside blocks folded. */
  static String blockText(Element root) {
    StringBuilder out = new StringBuilder();
    List<String> blocks = List.of(BLOCKS.split(" "));
    root.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.getWholeText().replaceAll("[\\s\\u00A0]+", " ");
              if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
                s = s.stripLeading();
              } else if (out.charAt(out.length() - 1) == ' ' && s.startsWith(" ")) {
                s = s.substring(1);
              }
              out.append(s);
            } else if (node instanceof Element e) {
              if (e.normalName().equals("br") || blocks.contains(e.normalName())) {
                newLine(out);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && blocks.contains(e.normalName())) {
              newLine(out);
            }
          }
        });
    return out.toString().strip();
  }

  private static void newLine(StringBuilder out) {
    while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }
}
