package org.dragoman.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.dragoman.Archive;
import org.dragoman.web.WebFixtures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample corpus (with the hostile articles) published and read back as a search engine, a
 * feed reader and a validator would: every page, every link, every feed and sitemap.
 */
class PublishedSiteTest {
  static final String BASE = "https://example.org/";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path dir;
  static Path archive;
  static Path site;
  static PublishReport report;
  static SiteWalk walk;

  @BeforeAll
  static void publish() throws IOException {
    archive = WebFixtures.archive(dir);
    site = dir.resolve("site");
    try (Archive a = Archive.openReadOnly(archive)) {
      report = Publisher.publish(a, PublishSettings.of(site, "https://example.org"));
    }
    walk = new SiteWalk(site, BASE);
  }

  @Test
  void theSiteHasEveryLanguagesPages() {
    assertEquals(List.of("ar", "en", "es", "fr", "ur"), report.languages());
    assertEquals(report.files(), report.written().size(), "a first run writes every file");
    for (String lang : report.languages()) {
      for (String f : List.of("index.html", "feed.xml", "sitemap.xml", "archive/index.html",
          "entities/index.html")) {
        assertTrue(Files.isRegularFile(site.resolve(lang).resolve(f)), lang + "/" + f);
      }
    }
    for (String f : List.of("index.html", "sitemap.xml", "robots.txt", "site.css",
        "fonts/NotoNastaliqUrdu-Regular.ttf", "fonts/OFL.txt")) {
      assertTrue(Files.isRegularFile(site.resolve(f)), f);
    }
    // the Arabic article's page is under its Arabic slug
    assertTrue(walk.pages.keySet().stream().anyMatch(
        p -> p.startsWith("ar/") && p.contains("عمار")), "an Arabic slug");
  }

  @Test
  void everyPageHasItsLanguageCanonicalAndReciprocalHreflang() {
    int withAlternates = 0;
    for (var e : walk.pages.entrySet()) {
      String rel = e.getKey();
      Document d = e.getValue();
      String lang = d.selectFirst("html").attr("lang");
      String first = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
      if (report.languages().contains(first)) {
        assertEquals(first, lang, rel + ": <html lang>");
      }
      String dirAttr = d.selectFirst("html").attr("dir");
      assertEquals(Set.of("ar", "ur", "fa").contains(lang) ? "rtl" : "ltr", dirAttr, rel);
      assertEquals(walk.url(rel), d.selectFirst("link[rel=canonical]").attr("href"),
          rel + ": canonical");
      Map<String, String> alts = SiteWalk.alternates(d);
      if (alts.isEmpty()) {
        continue;
      }
      withAlternates++;
      assertTrue(alts.containsKey("x-default"), rel + ": x-default");
      assertNotNull(walk.fileOf(alts.get("x-default")), rel + ": x-default exists");
      if (!rel.equals("index.html")) {
        assertEquals(walk.url(rel), alts.get(lang), rel + " lists itself for its language");
      }
      for (var alt : alts.entrySet()) {
        String target = walk.fileOf(alt.getValue());
        assertNotNull(target, rel + ": hreflang " + alt.getKey() + " " + alt.getValue());
        if (!alt.getKey().equals("x-default")) {
          assertEquals(alts, SiteWalk.alternates(walk.pages.get(target)),
              rel + " and its " + alt.getKey() + " version " + target + " list the same set");
          assertEquals(alt.getKey(), walk.pages.get(target).selectFirst("html").attr("lang"));
        }
      }
    }
    assertTrue(withAlternates > 20, "pages with translations: " + withAlternates);
  }

  @Test
  void everyInternalLinkResolvesAndNothingComesFromElsewhere() throws IOException {
    int links = 0;
    for (var e : walk.pages.entrySet()) {
      for (Element el : e.getValue().select("a[href], link[href], script[src], img[src]")) {
        String href = el.hasAttr("href") ? el.attr("href") : el.attr("src");
        assertFalse(href.isBlank(), e.getKey() + ": an empty link in " + el);
        if (href.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !href.startsWith(BASE)) {
          throw new AssertionError(e.getKey() + " links outside the site: " + el);
        }
        assertNotNull(walk.resolve(e.getKey(), href), e.getKey() + ": " + href + " in " + el);
        links++;
      }
    }
    assertTrue(links > 1000, "links checked: " + links);
    String css = Files.readString(site.resolve("site.css"));
    Matcher m = Pattern.compile("url\\(\"([^\"]+)\"\\)").matcher(css);
    int urls = 0;
    while (m.find()) {
      assertTrue(Files.isRegularFile(site.resolve(m.group(1))), "site.css: " + m.group(1));
      urls++;
    }
    assertEquals(3, urls, "the stylesheet's fonts");
    assertFalse(css.contains("http"), "the stylesheet loads nothing from elsewhere");
  }

  @Test
  void jsonLdParsesAndItsTranslationsExist() {
    int articles = 0;
    int translations = 0;
    for (var e : walk.pages.entrySet()) {
      Element script = e.getValue().selectFirst("script[type=application/ld+json]");
      if (script == null) {
        continue;
      }
      JsonNode j = JSON.readTree(script.data());
      articles++;
      assertEquals("NewsArticle", j.get("@type").asString(), e.getKey());
      assertEquals(e.getValue().selectFirst("html").attr("lang"), j.get("inLanguage").asString());
      assertEquals(walk.url(e.getKey()), j.get("url").asString());
      assertFalse(j.get("headline").asString().isBlank(), e.getKey());
      assertEquals(e.getValue().selectFirst("h1").text(),
          org.dragoman.web.view.Reveal.controls(j.get("headline").asString()));
      if (j.has("datePublished")) {
        assertTrue(j.get("datePublished").asString().matches("\\d{4}-\\d{2}-\\d{2}"));
      }
      if (j.has("translationOfWork")) {
        translations++;
        String of = walk.fileOf(j.get("translationOfWork").get("@id").asString());
        assertNotNull(of, e.getKey() + ": translationOfWork names a page");
        JsonNode original = JSON.readTree(walk.pages.get(of)
            .selectFirst("script[type=application/ld+json]").data());
        List<String> back = new ArrayList<>();
        original.get("workTranslation").forEach(t -> back.add(t.get("@id").asString()));
        assertTrue(back.contains(walk.url(e.getKey())), of + " names " + e.getKey()
            + " among its translations");
      }
      for (JsonNode m : j.path("mentions")) {
        assertNotNull(walk.fileOf(m.get("url").asString()), e.getKey() + ": " + m);
        assertTrue(Set.of("Person", "Organization", "Place").contains(m.get("@type").asString()));
      }
    }
    assertEquals(report.articles(), articles, "every article page has its JSON-LD");
    assertTrue(translations >= 8, "translations: " + translations);
  }

  @Test
  void atomFeedsValidateAgainstTheRfcsRelaxNgSchema() throws Exception {
    Path rnc = Path.of(getClass().getResource("/publish/atom.rnc").toURI());
    List<Path> feeds = report.languages().stream().map(l -> site.resolve(l + "/feed.xml")).toList();
    NuChecker.Result r = NuChecker.relaxNg(rnc, feeds);
    assertEquals(0, r.exit(), r.output());
    Path bad = dir.resolve("bad-feed.xml");
    Files.writeString(bad, "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>");
    NuChecker.Result refused = NuChecker.relaxNg(rnc, List.of(bad));
    assertEquals(1, refused.exit(), "a feed without id and updated fails: " + refused.output());
    assertTrue(refused.output().contains("\u201cid\u201d"), refused.output());
  }

  @Test
  void atomFeedsCarryEveryRequiredElement() throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    for (String lang : report.languages()) {
      org.w3c.dom.Document feed = f.newDocumentBuilder().parse(site.resolve(lang + "/feed.xml")
          .toFile());
      var root = feed.getDocumentElement();
      assertEquals(SiteXml.ATOM, root.getNamespaceURI());
      assertEquals("feed", root.getLocalName());
      assertEquals(lang, root.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
      for (String required : List.of("id", "title", "updated", "author")) {
        assertEquals(1, children(root, required).size(), lang + " feed: " + required);
      }
      OffsetDateTime.parse(text(root, "updated"));
      assertTrue(children(root, "link").stream().anyMatch(l -> l.getAttribute("rel")
          .equals("self") && l.getAttribute("href").equals(BASE + lang + "/feed.xml")));
      List<org.w3c.dom.Element> entries = children(root, "entry");
      assertEquals(Math.min(SiteXml.FEED_ENTRIES, walk.pages.keySet().stream().filter(p ->
          p.startsWith(lang + "/") && p.split("/").length == 3 && !p.contains("/page/")
              && !p.contains("/archive/") && !p.contains("/entities/")).count()),
          entries.size(), lang + ": an entry per article");
      Set<String> ids = new TreeSet<>();
      for (var entry : entries) {
        for (String required : List.of("id", "title", "updated", "published")) {
          assertEquals(1, children(entry, required).size(), lang + " entry: " + required);
        }
        assertTrue(ids.add(text(entry, "id")), "entry ids are unique");
        OffsetDateTime published = OffsetDateTime.parse(text(entry, "published"));
        assertFalse(OffsetDateTime.parse(text(entry, "updated")).isBefore(published));
        var link = children(entry, "link").stream()
            .filter(l -> l.getAttribute("rel").equals("alternate")).findFirst().orElseThrow();
        assertNotNull(walk.fileOf(link.getAttribute("href")), link.getAttribute("href"));
      }
    }
  }

  @Test
  void sitemapsValidateAgainstTheSchemaAndMatchThePages() throws Exception {
    SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    var index = sf.newSchema(getClass().getResource("/publish/siteindex.xsd"));
    var urlset = sf.newSchema(getClass().getResource("/publish/sitemap.xsd"));
    index.newValidator().validate(new StreamSource(site.resolve("sitemap.xml").toFile()));
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    var idx = f.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
    NodeList locs = idx.getElementsByTagNameNS(SiteXml.SITEMAP, "loc");
    assertEquals(report.languages().size(), locs.getLength());
    Map<String, Map<String, String>> alternatesByUrl = new TreeMap<>();
    for (int i = 0; i < locs.getLength(); i++) {
      String file = walk.fileOf(locs.item(i).getTextContent());
      assertNotNull(file, locs.item(i).getTextContent());
      urlset.newValidator().validate(new StreamSource(site.resolve(file).toFile()));
      var doc = f.newDocumentBuilder().parse(site.resolve(file).toFile());
      NodeList urls = doc.getElementsByTagNameNS(SiteXml.SITEMAP, "url");
      assertTrue(urls.getLength() <= 50_000, file + ": the protocol's limit");
      for (int k = 0; k < urls.getLength(); k++) {
        var url = (org.w3c.dom.Element) urls.item(k);
        String loc = text(url, "loc");
        String page = walk.fileOf(loc);
        assertNotNull(page, file + ": " + loc);
        Map<String, String> alts = new TreeMap<>();
        NodeList links = url.getElementsByTagNameNS(SiteXml.XHTML, "link");
        for (int n = 0; n < links.getLength(); n++) {
          var l = (org.w3c.dom.Element) links.item(n);
          alts.put(l.getAttribute("hreflang"), l.getAttribute("href"));
        }
        Map<String, String> onPage = SiteWalk.alternates(walk.pages.get(page));
        if (!page.matches("[a-z]+/index\\.html")) {
          assertEquals(onPage, alts, loc + ": the sitemap gives the page's own alternates");
        }
        alternatesByUrl.put(loc, alts);
      }
    }
    for (var e : alternatesByUrl.entrySet()) {
      for (var alt : e.getValue().entrySet()) {
        if (!alt.getKey().equals("x-default")) {
          assertEquals(e.getValue(), alternatesByUrl.get(alt.getValue()),
              e.getKey() + " and " + alt.getValue() + " in the sitemaps");
        }
      }
    }
    String robots = Files.readString(site.resolve("robots.txt"));
    assertTrue(robots.contains("Sitemap: " + BASE + "sitemap.xml"), robots);
  }

  @Test
  void hostileArticlesRenderAsText() {
    boolean seen = false;
    for (var e : walk.pages.entrySet()) {
      Document d = e.getValue();
      assertTrue(d.select("script").stream().allMatch(s -> s.attr("type")
          .equals("application/ld+json")), e.getKey() + ": no script but JSON-LD");
      for (Element el : d.getAllElements()) {
        el.attributes().forEach(a -> {
          assertFalse(a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"),
              e.getKey() + ": event handler " + el);
          assertFalse(a.getValue().strip().toLowerCase(java.util.Locale.ROOT)
              .startsWith("javascript:"), e.getKey() + ": " + el);
        });
      }
      assertTrue(d.select("img, iframe, svg, object, embed").isEmpty(), e.getKey());
      Element h1 = d.selectFirst("h1");
      if (h1 != null && h1.text().contains("<script>alert('title')</script>")) {
        seen = true;
        assertTrue(d.text().contains("2025 \"> to protest"), e.getKey()); // the quote, as text
      }
    }
    assertTrue(seen, "the hostile title is shown, as text");
  }

  @Test
  void theNuHtmlCheckerFindsNoError() throws Exception {
    NuChecker.Result r = NuChecker.check(site);
    assertEquals(0, r.exit(), "the Nu HTML Checker on the site:\n" + r.output());
    assertTrue(r.output().isBlank(), r.output());
    // and it does find errors: a broken page fails it
    Path broken = dir.resolve("broken");
    Files.createDirectories(broken);
    Files.writeString(broken.resolve("index.html"), "<p>no doctype, no title");
    NuChecker.Result bad = NuChecker.check(broken);
    assertEquals(1, bad.exit(), bad.output());
    assertTrue(bad.output().contains("error"), bad.output());
  }

  @Test
  void publishingTwiceGivesTheSameBytes() throws IOException {
    Path second = dir.resolve("site-again");
    try (Archive a = Archive.openReadOnly(archive)) {
      Publisher.publish(a, PublishSettings.of(second, "https://example.org/"));
      PublishReport again = Publisher.publish(a, PublishSettings.of(site, "https://example.org/"));
      assertEquals(List.of(), again.written(), "nothing to write the second time");
      assertEquals(List.of(), again.removed());
      assertEquals(report.files(), again.unchanged());
    }
    assertEquals(tree(site), tree(second), "the same files with the same bytes");
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(f).toString(), java.util.HexFormat.of().formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
    List<org.w3c.dom.Element> out = new ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof org.w3c.dom.Element el && name.equals(el.getLocalName())
          && Set.of(SiteXml.ATOM, SiteXml.SITEMAP).contains(el.getNamespaceURI())) {
        out.add(el);
      }
    }
    return out;
  }

  static String text(org.w3c.dom.Element parent, String name) {
    return children(parent, name).get(0).getTextContent();
  }
}
