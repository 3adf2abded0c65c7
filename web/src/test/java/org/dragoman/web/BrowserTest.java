package org.dragoman.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.Archive;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.model.TranslationGroup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * End to end in a real browser: search in English and Arabic, a facet, an article, its bitexts,
 * an entity merge and a pairing pin, each checked on the page and in the archive afterwards;
 * screenshots of what editors see.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  @TempDir static Path tmp;
  static Path dir;
  static WebServer server;
  static URI base;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    dir = WebFixtures.archive(tmp);
    server = WebServer.start(WebSettings.of(dir).withPort(0));
    base = server.uri();
    browser = Browser.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    server.close();
  }

  static void open(String path) {
    browser.get(base.resolve(path).toString());
  }

  static void search(String text) {
    open("/");
    WebElement box = browser.findElement(By.name("q"));
    box.sendKeys(text);
    box.submit();
  }

  @Test
  @Order(1)
  void searchEnglish_hitsWithHighlightsAndTranslations() throws Exception {
    search("garment workers strike");
    assertTrue(browser.findElement(By.id("count")).getText().matches("\\d+ found"));
    WebElement first = browser.findElement(By.cssSelector(".hit h2 a"));
    assertTrue(first.getText().contains("Faisalabad"), first.getText());
    assertFalse(browser.findElements(By.cssSelector(".hit mark")).isEmpty());
    String translations = browser.findElement(By.cssSelector(".hit .translations")).getText();
    assertTrue(translations.contains("فیصل آباد"), "the Urdu version is linked: " + translations);
    Browser.screenshot(browser, "search-english");
  }

  @Test
  @Order(2)
  void searchArabic_rightToLeftInAnEnglishPage() throws Exception {
    search("عمار");
    WebElement title = browser.findElement(By.cssSelector(".hit h2"));
    assertTrue(title.getText().contains("عمار سليم"), title.getText());
    assertEquals("rtl", title.getCssValue("direction"));
    WebElement snippet = browser.findElement(By.cssSelector(".hit .snippet"));
    assertEquals("rtl", snippet.getCssValue("direction"));
    assertTrue(browser.findElement(By.cssSelector(".hit .snippet mark")).getText().contains("عمار")
        || browser.findElement(By.cssSelector(".hit .snippet mark")).getText().contains("عَمّار"));
    // laid out from the right: the snippet's last line ends at the column's left, its first
    // line starts at the right edge of the column
    WebElement column = browser.findElement(By.cssSelector(".results"));
    int right = column.getRect().getX() + column.getRect().getWidth();
    WebElement mark = browser.findElement(By.cssSelector(".hit h2 a"));
    assertTrue(right - (mark.getRect().getX() + mark.getRect().getWidth()) < 30,
        "the Arabic title hugs the right edge");
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    Browser.screenshot(browser, "search-arabic");
  }

  @Test
  @Order(3)
  void facet_narrowsTheHits() {
    open("/search"); // no query: every article, newest first
    int all = count();
    WebElement lang = browser.findElement(By.xpath("//nav[@class='chips']/a[starts-with(normalize-space(.), 'ur')]"));
    Browser.follow(browser, lang);
    int urdu = count();
    assertTrue(urdu < all && urdu >= 1, all + " → " + urdu);
    browser.findElements(By.cssSelector(".hit h2")).forEach(h -> assertEquals("ur",
        h.getAttribute("lang")));
    WebElement place = browser.findElement(By.xpath("//section[@class='facet'][h3='Places']//a"));
    Browser.follow(browser, place);
    assertTrue(browser.getCurrentUrl().contains("entity="), browser.getCurrentUrl());
    assertTrue(browser.findElement(By.cssSelector(".filters")).getText().contains("×"));
  }

  @Test
  @Order(4)
  void article_mentionsAndGroup_thenBitexts() throws Exception {
    search("garment workers Faisalabad");
    Browser.follow(browser, browser.findElement(By.cssSelector(".hit h2 a")));
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Faisalabad"));
    WebElement date = browser.findElement(By.cssSelector(".text .m.date"));
    assertFalse(date.getAttribute("title").isBlank(), "a date shows its value on hover");
    assertTrue(browser.findElements(By.cssSelector(".text .m.person")).size() >= 1);
    assertEquals(2, browser.findElements(By.cssSelector(".group li")).size());
    Browser.screenshot(browser, "article");
    Browser.follow(browser,
        browser.findElement(By.xpath("//a[contains(@class, 'bitext')][contains(., 'ur')]")));
    WebElement urdu = browser.findElement(By.cssSelector("td.t"));
    assertEquals("rtl", urdu.getCssValue("direction"));
    assertTrue(urdu.getCssValue("font-family").contains("Nastaliq"), urdu.getCssValue("font-family"));
    assertFalse(browser.findElements(By.cssSelector("td[rowspan='2']")).isEmpty(),
        "the 1-2 link spans two rows");
    Browser.screenshot(browser, "bitext-en-ur");
    Browser.follow(browser,
        browser.findElement(By.xpath("//p[@class='summary']/a[contains(., 'ar')]")));
    WebElement arabic = browser.findElement(By.cssSelector("td.t"));
    assertEquals("rtl", arabic.getCssValue("direction"));
    assertTrue(arabic.getText().contains("فيصل آباد") || arabic.getText().contains("الملابس"),
        arabic.getText());
    Browser.screenshot(browser, "bitext-en-ar");
  }

  @Test
  @Order(5)
  void mergeEntities_catalogueChanges() throws Exception {
    String wrong;
    try (Archive a = Archive.openReadOnly(dir)) {
      wrong = a.entities().list(null, 10_000).stream()
          .filter(e -> e.labels().getOrDefault("ar", List.of()).contains("الطلابي عمار"))
          .map(EntityCatalogue.Entity::id).findFirst().orElseThrow();
    }
    open("/entities/person:ammar-saleem");
    browser.findElement(By.cssSelector("form[action='/actions/entities/merge'] input[name=ids]"))
        .sendKeys(wrong);
    Browser.follow(browser,
        browser.findElement(By.cssSelector("form[action='/actions/entities/merge'] button")));
    assertTrue(browser.findElement(By.cssSelector(".question")).getText().contains(wrong));
    Browser.follow(browser, browser.findElement(By.id("confirm")));
    assertTrue(browser.findElement(By.cssSelector(".notice")).getText().startsWith("Merged"));
    assertTrue(browser.findElement(By.cssSelector("table.labels")).getText().contains("الطلابي عمار"),
        "the merged name is now one of this entity's");
    open("/entities?type=person");
    assertFalse(browser.findElement(By.id("catalogue")).getText().contains("الطلابي عمار"),
        "the catalogue lists it no more on its own");
    try (Archive a = Archive.openReadOnly(dir)) {
      assertEquals("person:ammar-saleem", a.entities().resolve(wrong));
      assertTrue(Files.readString(dir.resolve("entities/edits.json")).contains(wrong));
    }
  }

  @Test
  @Order(6)
  void pinPairing_groupChanges() throws Exception {
    String roundup;
    String domestic;
    try (Archive a = Archive.openReadOnly(dir)) {
      roundup = idOf(a, "campaign-roundup-2025.en.md");
      domestic = idOf(a, "domestic-workers.es.md");
      assertTrue(a.groupOf(roundup).isEmpty(), "not paired before");
    }
    open("/articles/" + roundup);
    browser.findElement(By.cssSelector("form[action='/actions/pairings'] input[name=b]"))
        .sendKeys(domestic);
    Browser.follow(browser,
        browser.findElement(By.cssSelector("form[action='/actions/pairings'] button[value=pin]")));
    Browser.follow(browser, browser.findElement(By.id("confirm")));
    assertTrue(browser.findElement(By.cssSelector(".notice")).getText().startsWith("Pinned"));
    assertTrue(browser.findElement(By.cssSelector(".group")).getText().contains("es"));
    try (Archive a = Archive.openReadOnly(dir)) {
      TranslationGroup g = a.groupOf(roundup).orElseThrow();
      assertTrue(g.articles().contains(domestic), g.toString());
      assertTrue(Files.readString(dir.resolve("alignment/decisions.json")).contains(domestic));
    }
  }

  @Test
  @Order(7)
  void hostileArticles_runNothing() {
    for (String q : List.of("Valencia dockers", "Sindh flood")) {
      open("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
      Browser.follow(browser, browser.findElement(By.cssSelector(".hit h2 a")));
      assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
      assertTrue(browser.findElements(By.cssSelector("main img, main svg, main iframe")).isEmpty());
    }
    open("/search?q=Valencia");
    assertTrue(browser.findElement(By.cssSelector(".hit h2")).getText().contains("<script>"));
  }

  private static String idOf(Archive a, String file) throws Exception {
    return org.dragoman.ingest.ArticleReader.idFor(WebFixtures.CORPUS.resolve(file));
  }

  private static int count() {
    return Integer.parseInt(browser.findElement(By.id("count")).getText().replaceAll("\\D", ""));
  }
}
