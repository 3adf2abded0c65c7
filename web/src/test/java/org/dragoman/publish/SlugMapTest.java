package org.dragoman.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlugMapTest {
  @Test
  void slugsAreInTheTitlesOwnScript() {
    assertEquals("free-the-journalist-samira-haddad",
        SlugMap.slug("Free the journalist Samira Haddad!", "en"));
    // Arabic: short vowels, shadda and tatweel left out; the letters stay Arabic
    assertEquals("أطلقوا-سراح-الصحفية-سميرة-حداد",
        SlugMap.slug("أطلقوا سراحَ الصحفيّة سميـرة حداد", "ar"));
    assertEquals(SlugMap.slug("أطلقوا سراح الصحفية سميرة حداد", "ar"),
        SlugMap.slug("أَطْلِقُوا سَرَاحَ الصَّحَفِيَّةِ سَمِيرَة حَدَّاد", "ar"));
    assertEquals("فیصل-آباد-میں-ہڑتال", SlugMap.slug("فیصل آباد میں ہڑتال", "ur"));
    assertEquals("απεργία-στην-αθήνα", SlugMap.slug("Απεργία στην Αθήνα", "el"));
    assertEquals("grève-des-éboueurs-à-lyon", SlugMap.slug("Grève des éboueurs à Lyon", "fr"));
    // Devanagari keeps its vowel signs and nukta (marks that are part of the word)
    assertEquals("हड़ताल-जारी", SlugMap.slug("हड़ताल जारी", "hi"));
    // Turkish lower case by Turkish rules
    assertEquals("ıstanbul", SlugMap.slug("ISTANBUL", "tr").substring(0, 8));
  }

  @Test
  void aSlugNeverLeavesItsFolder() {
    assertEquals("etc-passwd", SlugMap.slug("../../etc/passwd", "en"));
    assertEquals("article", SlugMap.slug("...", "en"));
    assertEquals("article", SlugMap.slug("", "en"));
    assertEquals("article", SlugMap.slug(null, "en"));
    assertEquals("a-b", SlugMap.slug("a\u0000/\\b\u202e", "en"));
    String longTitle = "إضراب العمال في مصانع الملابس بفيصل آباد من أجل أجر يكفي للعيش الكريم "
        + "ولأسرهم في المدينة كلها";
    String s = SlugMap.slug(longTitle, "ar");
    assertTrue(s.getBytes(StandardCharsets.UTF_8).length <= SlugMap.MAX_BYTES, s);
    assertFalse(s.endsWith("-"), s);
    assertTrue(longTitle.replace(' ', '-').startsWith(s), s);
  }

  @Test
  void longSlugsStayWithinTheirBytesWithASuffixAndEndOnAWord(@TempDir Path archive)
      throws Exception {
    String title = "word ".repeat(40).strip(); // 199 characters
    String first = SlugMap.slug(title, "en");
    assertTrue(first.length() <= SlugMap.MAX_BYTES && first.endsWith("word"), first);
    SlugMap m = SlugMap.read(archive);
    m.hold(Map.of("a", "en", "b", "en"));
    assertEquals(first, m.article("a", "en", title));
    String second = m.article("b", "en", title);
    assertTrue(second.endsWith("-2") && second.length() <= SlugMap.MAX_BYTES, second);
    m.write();
    SlugMap again = SlugMap.read(archive);
    again.hold(Map.of("a", "en", "b", "en"));
    assertEquals(second, again.article("b", "en", "another title"), "kept on the next run");
    // a title that fits is not cut
    String fits = "a".repeat(40) + " " + "b".repeat(55);
    assertEquals(fits.replace(' ', '-'), SlugMap.slug(fits, "en"));
  }

  @Test
  void joinersInsideWordsStay() {
    // Persian writes a zero-width non-joiner inside words ("مقاله‌ها", articles)
    assertEquals("مقاله\u200cها-تازه", SlugMap.slug("مقاله\u200cها تازه", "fa"));
    assertEquals("مقاله-تازه", SlugMap.slug("مقاله \u200c تازه", "fa"));
  }

  @Test
  void slugsAreUniqueWithinALanguageAndKeptAcrossRuns(@TempDir Path archive) throws Exception {
    SlugMap m = SlugMap.read(archive);
    m.hold(Map.of("a1", "en", "a2", "en", "a3", "ar"));
    assertEquals("strike", m.article("a1", "en", "Strike"));
    assertEquals("strike-2", m.article("a2", "en", "Strike"));
    assertEquals("archive-2", m.article("a4", "en", "Archive")); // a folder of the site
    assertEquals("strike", m.article("a5", "fr", "Strike")); // another language, another space
    m.write();
    assertTrue(Files.isRegularFile(archive.resolve("publish/slugs.json")));

    SlugMap again = SlugMap.read(archive);
    // a new article comes first in the run with the title of a known one's slug: the known one
    // keeps its slug, the new one gets another
    again.hold(Map.of("a1", "en", "a2", "en", "a6", "en"));
    assertEquals("strike-2-2", again.article("a6", "en", "Strike 2"));
    assertEquals("strike-2", again.article("a2", "en", "A new title"));
    assertEquals("strike", again.article("a1", "en", "Strike, retitled"));
    assertEquals("أطلقوا-سراحه", again.entity("person:x", "ar", "أطلقوا سراحه"));
  }

  @Test
  void aSlugMapDragomanDidNotWriteIsRefusedByName(@TempDir Path archive) throws Exception {
    Files.createDirectories(archive.resolve("publish"));
    Files.writeString(archive.resolve("publish/slugs.json"), "{not json");
    var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> SlugMap.read(archive));
    assertTrue(e.getMessage().contains("slugs.json"), e.getMessage());
  }
}
