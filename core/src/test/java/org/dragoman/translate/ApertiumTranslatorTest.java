package org.dragoman.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Apertium adapter against a real apertium-apy server on this machine. */
class ApertiumTranslatorTest {
  static ApertiumServer server;

  @BeforeAll
  static void start() throws Exception {
    server = ApertiumServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private static Translator engine(URI url, int retries) {
    return Translator.open("apertium", new Translator.Settings(url, Duration.ofSeconds(20), retries,
        Duration.ofMillis(50), 4));
  }

  @Test
  void itIsFoundByNameAndAnUnknownNameListsTheInstalledOnes() {
    assertTrue(Translator.available().contains("apertium"));
    var e = assertThrows(IllegalArgumentException.class,
        () -> Translator.open("deepl", Translator.Settings.of(null)));
    assertTrue(e.getMessage().contains("deepl") && e.getMessage().contains("apertium"), e.getMessage());
  }

  @Test
  void itListsItsPairsAsLanguageTagsAndTranslatesABatch() throws Exception {
    try (Translator mt = engine(server.url(), 0)) {
      assertTrue(mt.pairs().contains(new Translator.LanguagePair("en", "es")), mt.pairs().toString());
      assertTrue(mt.pairs().contains(new Translator.LanguagePair("ur", "hi")), mt.pairs().toString());
      List<Translator.Outcome> out = mt.translate(List.of(
          "The strike continues in Seville.", "Workers demand a wage of 40,000 rupees."), "en", "es");
      assertEquals(2, out.size());
      assertTrue(out.get(0).ok());
      assertTrue(out.get(0).text().contains("huelga") && out.get(0).text().contains("Sevilla"), out.get(0).text());
      assertTrue(out.get(1).text().contains("40,000"), out.get(1).text());
      assertFalse(out.get(1).text().contains("*"), "unknown words are not starred");
      List<Translator.Outcome> urdu = mt.translate(List.of("مزدوروں نے ہڑتال کی"), "ur", "hi");
      assertTrue(urdu.get(0).ok() && urdu.get(0).text().codePoints()
          .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.DEVANAGARI), urdu.get(0).text());
    }
  }

  @Test
  void aPairItLacksIsRefusedListingThoseItHas() throws Exception {
    try (Translator mt = engine(server.url(), 0)) {
      var e = assertThrows(IllegalArgumentException.class,
          () -> mt.translate(List.of("Hello"), "en", "ar"));
      assertTrue(e.getMessage().contains("en→ar") && e.getMessage().contains("en→es"), e.getMessage());
    }
  }

  @Test
  void aServerThatIsNotThereIsNamedWithItsAddress() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (Translator mt = engine(URI.create("http://127.0.0.1:" + port), 0)) {
      IOException e = assertThrows(IOException.class, mt::pairs);
      assertTrue(e.getMessage().contains("127.0.0.1:" + port) && e.getMessage().contains("apertium-apy"),
          e.getMessage());
    }
  }

  @Test
  void aServerThatGoesAwayMidBatchFailsTheRestSegmentBySegment() throws Exception {
    ApertiumServer own = ApertiumServer.start();
    try (Translator mt = engine(own.url(), 1)) {
      assertTrue(mt.translate(List.of("The strike goes on."), "en", "es").get(0).ok());
      List<String> batch = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        batch.add("The union met the ministry on day " + i + " of the strike.");
      }
      Thread killer = new Thread(() -> {
        try {
          Thread.sleep(300);
          own.kill();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      killer.start();
      List<Translator.Outcome> out = mt.translate(batch, "en", "es");
      killer.join();
      assertEquals(300, out.size(), "an outcome for every segment");
      long ok = out.stream().filter(Translator.Outcome::ok).count();
      assertTrue(ok > 0 && ok < 300, ok + " translated before the server went away");
      for (Translator.Outcome o : out) {
        if (!o.ok()) {
          assertTrue(o.failure().contains("Apertium"), o.failure());
        } else {
          assertTrue(o.text().contains("huelga"), o.text());
        }
      }
      assertTrue(out.get(299).attempts() == 2 && !out.get(299).ok(), "the last one was tried again once");
    } finally {
      own.close();
    }
  }
}
