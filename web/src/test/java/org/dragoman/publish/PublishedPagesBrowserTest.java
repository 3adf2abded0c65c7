package org.dragoman.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.Archive;
import org.dragoman.web.Browser;
import org.dragoman.web.WebFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The published site as readers see it, in headless Chromium, served from its folder by the
 * JDK's file server: right-to-left pages, the language switcher, the site's own fonts; the
 * screenshots in docs/PUBLISHING.md come from here.
 */
class PublishedPagesBrowserTest {
  @TempDir static Path dir;
  static Path site;
  static SiteWalk walk;
  static HttpServer server;
  static String root;
  static ChromeDriver browser;

  @BeforeAll
  static void publishAndServe() throws Exception {
    Path archive = WebFixtures.archive(dir);
    site = dir.resolve("site");
    try (Archive a = Archive.openReadOnly(archive)) {
      Publisher.publish(a, PublishSettings.of(site, "https://example.org/"));
    }
    walk = new SiteWalk(site, "https://example.org/");
    server = SimpleFileServer.createFileServer(new InetSocketAddress(
        InetAddress.getLoopbackAddress(), 0), site.toAbsolutePath(),
        SimpleFileServer.OutputLevel.NONE);
    server.start();
    root = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  /** Opens the page of site file {@code rel} and waits for its fonts. */
  private static void open(String rel) {
    browser.get(root + SiteLinks.encode(rel.replaceFirst("index\\.html$", "")));
    browser.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1]);");
  }

  @SuppressWarnings("unchecked")
  private static List<String> loadedFonts() {
    return (List<String>) browser.executeScript("return [...document.fonts]"
        + ".filter(f => f.status === 'loaded').map(f => f.family.replace(/\"/g, ''));");
  }

  private static String page(String prefix, String contains) {
    return walk.pages.keySet().stream().filter(p -> p.startsWith(prefix) && p.contains(contains)
        && p.split("/").length == 3).findFirst().orElseThrow(() -> new AssertionError(prefix
            + "…" + contains + " in " + walk.pages.keySet()));
  }

  @Test
  void englishArabicAndUrduPagesWithTheirSwitcherAndFonts() throws Exception {
    String en = page("en/", "student");
    open(en);
    assertEquals("ltr", browser.findElement(By.tagName("html")).getCssValue("direction"));
    List<WebElement> switcher = browser.findElements(By.cssSelector("nav.langs li"));
    assertEquals(List.of("العربية", "English"), switcher.stream().map(WebElement::getText)
        .toList(), "the switcher names each version in its own language, by language tag");
    assertTrue(loadedFonts().contains("Site Sans"), loadedFonts().toString());
    Browser.screenshot(browser, "site-article-en");

    Browser.follow(browser, browser.findElement(By.cssSelector("nav.langs a[hreflang=ar]")));
    assertTrue(browser.getCurrentUrl().contains("/ar/"), browser.getCurrentUrl());
    browser.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1]);");
    assertEquals("rtl", browser.findElement(By.tagName("html")).getCssValue("direction"));
    WebElement h1 = browser.findElement(By.tagName("h1"));
    assertTrue(h1.getText().contains("عمار"), h1.getText());
    WebElement main = browser.findElement(By.tagName("main"));
    int right = main.getRect().getX() + main.getRect().getWidth();
    assertTrue(h1.getRect().getX() > main.getRect().getX() + main.getRect().getWidth() / 3
        || h1.getRect().getX() + h1.getRect().getWidth() >= right - 40,
        "the Arabic title sits at the right: " + h1.getRect() + " in " + main.getRect());
    assertTrue(browser.findElement(By.cssSelector("nav.langs .on")).getText().equals("العربية"));
    assertTrue(loadedFonts().contains("Site Naskh"), loadedFonts().toString());
    assertTrue(browser.findElement(By.cssSelector(".text p")).getCssValue("font-family")
        .contains("Site Naskh"));
    Browser.screenshot(browser, "site-article-ar");

    open(page("ur/", "ہڑتال"));
    assertEquals("rtl", browser.findElement(By.tagName("html")).getCssValue("direction"));
    WebElement p = browser.findElement(By.cssSelector(".text p"));
    assertTrue(p.getCssValue("font-family").startsWith("\"Site Nastaliq\""),
        p.getCssValue("font-family"));
    assertTrue(loadedFonts().contains("Site Nastaliq"), loadedFonts().toString());
    assertTrue(browser.findElements(By.cssSelector("nav.langs li")).size() >= 3,
        "Urdu, English and Arabic versions");
    Browser.screenshot(browser, "site-article-ur");
  }

  @Test
  void theBilingualPageSetsEachSideInItsDirection() throws Exception {
    String bitext = walk.pages.keySet().stream().filter(p -> p.startsWith("en/")
        && p.contains("student") && p.endsWith("/ar/index.html")).findFirst().orElseThrow();
    open(bitext);
    WebElement arabic = browser.findElement(By.cssSelector("table.bitext td.t"));
    assertEquals("rtl", arabic.getCssValue("direction"));
    assertEquals("ar", arabic.getAttribute("lang"));
    WebElement english = browser.findElement(By.cssSelector("table.bitext td.s"));
    assertEquals("ltr", english.getCssValue("direction"));
    assertTrue(browser.findElements(By.cssSelector("table.bitext tbody tr")).size() >= 4);
    Browser.screenshot(browser, "site-bitext-en-ar");
  }

  @Test
  void theLanguagesPageAndAnIndexInArabic() throws Exception {
    open("index.html");
    List<String> names = browser.findElements(By.cssSelector(".items a")).stream()
        .map(WebElement::getText).toList();
    assertTrue(names.containsAll(List.of("English", "العربية", "اردو", "Español", "Français")),
        names.toString());
    open("ar/index.html");
    assertEquals("المقالات", browser.findElement(By.tagName("h1")).getText());
    Browser.screenshot(browser, "site-index-ar");
  }
}
