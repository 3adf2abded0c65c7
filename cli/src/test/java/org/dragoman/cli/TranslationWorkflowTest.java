package org.dragoman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dragoman.ingest.ArticleReader;
import org.dragoman.translate.ApertiumServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The translation workflow as a user runs it on a copy of the sample corpus: what needs
 * translating, staleness, memory lookups, an XLIFF draft with a real Apertium server, and the
 * translated file back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TranslationWorkflowTest {
  static final List<String> TARGETS = List.of("ar", "ur", "es", "fr");

  Path corpus;
  String archive;
  ApertiumServer apertium;

  @BeforeAll
  void setUp(@TempDir Path dir) throws Exception {
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(CliTest.CORPUS)) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    archive = dir.resolve("archive").toString();
    assertEquals(0, CliTest.run("ingest", "--archive", archive, corpus.toString()).code());
    CliTest.Run a = CliTest.run("align", "--archive", archive);
    assertEquals(0, a.code(), a.err());
    apertium = ApertiumServer.start();
  }

  @AfterAll
  void tearDown() throws Exception {
    if (apertium != null) {
      apertium.close();
    }
  }

  private String id(String file) throws Exception {
    return ArticleReader.idFor(corpus.resolve(file));
  }

  /** What the manifest says each group (or article alone) lacks among the targets. */
  private Map<String, Set<String>> manifestMissing() throws Exception {
    JsonNode m = CliTest.JSON.readTree(Files.readString(corpus.resolve("MANIFEST.json")));
    Map<String, Set<String>> languages = new HashMap<>();
    Map<String, List<String>> members = new HashMap<>();
    for (JsonNode f : m.get("files")) {
      String group = f.get("group").isNull() ? f.get("file").asString() : f.get("group").asString();
      languages.computeIfAbsent(group, g -> new TreeSet<>()).add(f.get("language").asString());
      members.computeIfAbsent(group, g -> new ArrayList<>()).add(id(f.get("file").asString()));
    }
    Map<String, Set<String>> missingById = new HashMap<>();
    for (var e : members.entrySet()) {
      Set<String> missing = new TreeSet<>(TARGETS);
      missing.removeAll(languages.get(e.getKey()));
      for (String id : e.getValue()) {
        missingById.put(id, missing);
      }
    }
    return missingById;
  }

  @Test
  @Order(1)
  void translationsListsWhatEachGroupLacksExactlyAsTheManifestSays() throws Exception {
    CliTest.Run r = CliTest.run("translations", "--archive", archive, "--targets", "ar,ur,es,fr", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = r.json();
    Map<String, Set<String>> expected = manifestMissing();
    int seen = 0;
    for (String list : List.of("groups", "alone")) {
      for (JsonNode e : j.get(list)) {
        Set<String> missing = new TreeSet<>();
        e.get("missing").forEach(x -> missing.add(x.asString()));
        String source = e.get("source").get("id").asString();
        assertEquals(expected.get(source), missing, e.toString());
        for (JsonNode t : e.get("translations")) {
          assertEquals(expected.get(t.get("id").asString()), missing, "one group: " + e);
        }
        seen += 1 + e.get("translations").size();
      }
    }
    assertEquals(20, seen, "every article once");
    assertEquals(6, j.get("groups").size());
    CliTest.Run text = CliTest.run("translations", "--archive", archive, "--targets", "ar,ur,es,fr",
        "--missing", "ar");
    assertTrue(text.out().contains("Residents of Orangi Town demand clean water"), text.out());
    assertFalse(text.out().contains("Free the journalist Samira Haddad"), "that group has Arabic");
    JsonNode urdu = CliTest.run("translations", "--archive", archive, "--targets", "es", "--missing", "ur",
        "--json").json();
    assertEquals("[\"es\",\"ur\"]", urdu.get("targets").toString());
    for (JsonNode e : urdu.get("groups")) {
      assertTrue(e.get("missing").toString().contains("ur"), e.toString());
    }
    assertEquals(4, urdu.get("groups").size(), "Haddad, Marseille, Seville, Ammar lack Urdu");
  }

  @Test
  @Order(2)
  void aLookupOfALightlyChangedSentenceIsFuzzyWithTheChangedNumberMarked() {
    CliTest.Run r = CliTest.run("tm", "lookup", "--archive", archive,
        "Many streets have had no piped water for 21 days, and families pay up to 2,500 rupees for a tanker.",
        "--from", "en", "--to", "ur", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode m = r.json().get("matches").get(0);
    for (String field : List.of("score", "type", "source", "target", "origin", "differences")) {
      assertTrue(m.has(field), field);
    }
    assertEquals("FUZZY", m.get("type").asString());
    assertFalse(r.err().contains("behind"), "align brought the memory up to date: " + r.err());
    assertTrue(m.get("score").asInt() >= 90 && m.get("score").asInt() < 100, m.toString());
    assertTrue(m.get("target").asString().contains("کئی گلیوں میں 19 دن"), m.toString());
    JsonNode d = m.get("differences").get(0);
    assertEquals("number", d.get("type").asString());
    assertEquals("21", d.get("query").asString());
    assertEquals("19", d.get("match").asString());
    assertEquals("19", d.get("target").asString());
    CliTest.Run text = CliTest.run("tm", "lookup", "--archive", archive,
        "أَضْرَبَ أكثر من ٣٥٠٠ عامل في أربعة مصانع للملابس في فيصل آباد يوم الثلاثاء، مطالبين بحد أدنى للأجور قدره 37000 روبية شهريًا وبعقود عمل مكتوبة.",
        "--from", "ar", "--to", "en");
    assertTrue(text.out().contains("More than 3,400 garment workers"), text.out());
    assertTrue(text.out().contains("! number:") && text.out().contains("\"3,400\" in its translation"), text.out());
  }

  @Test
  @Order(5)
  void aDraftFromMemoryAndApertiumValidatesAndComesBackAsTheGroupsSpanishVersion() throws Exception {
    String roundup = id("campaign-roundup-2025.en.md");
    Path xlf = corpus.getParent().resolve("roundup.es.xlf");
    CliTest.Run t = CliTest.run("translate", "--archive", archive, roundup, "--to", "es",
        "--engine", "apertium", "--engine-url", apertium.url().toString(), "--out", xlf.toString(), "--json");
    assertEquals(0, t.code(), t.err());
    assertTrue(t.json().get("tm").asInt() >= 3 && t.json().get("mt").asInt() >= 3, t.out());
    net.sf.okapi.lib.xliff2.reader.XLIFFReader.validate(xlf.toFile());
    String xml = Files.readString(xlf);
    assertTrue(xml.contains("<mda:meta type=\"origin\">tm</mda:meta>")
        && xml.contains("<mda:meta type=\"origin\">mt</mda:meta>"), xml);
    assertTrue(xml.contains("La huelga") || xml.contains("sindicato"), xml);
    assertTrue(xml.contains("27 de enero de 2025 (2025-01-27)"), "a date the Spanish way: " + xml);
    // the translator edits two units
    List<String> units = units(xml);
    String edited = xml;
    int changed = 0;
    for (String u : units) {
      if (changed < 2 && u.contains(">mt</mda:meta>")) {
        String target = u.substring(u.indexOf("<target>") + 8, u.indexOf("</target>"));
        edited = edited.replace(u, u.replace("<target>" + target + "</target>",
            "<target>" + target + " (revisado)</target>"));
        changed++;
      }
    }
    assertEquals(2, changed);
    Path back = corpus.getParent().resolve("roundup.es.done.xlf");
    Files.writeString(back, edited);
    CliTest.Run i = CliTest.run("import-translation", "--archive", archive, back.toString(), "--json");
    assertEquals(0, i.code(), i.err());
    String spanish = i.json().get("id").asString();
    assertEquals(2, i.json().get("group").get("articles").size(), i.out());
    CliTest.Run b = CliTest.run("bitext", "--archive", archive, roundup, "--with", "es", "--json");
    assertEquals(0, b.code(), b.err());
    JsonNode links = b.json().get("bitexts").get(0).get("links");
    assertEquals(units.size(), links.size());
    for (int k = 0; k < links.size(); k++) {
      assertEquals("[" + k + "]", links.get(k).get("source").toString());
      assertEquals("[" + k + "]", links.get(k).get("target").toString());
    }
    CliTest.Run s = CliTest.run("search", "--archive", archive, "revisado", "--json");
    assertEquals(spanish, s.json().get("hits").get(0).get("id").asString(), s.out());
    JsonNode status = CliTest.run("translations", "--archive", archive, "--targets", "es", "--json").json();
    boolean found = false;
    for (JsonNode g : status.get("groups")) {
      for (JsonNode m : g.get("translations")) {
        if (m.get("id").asString().equals(spanish)) {
          found = true;
          assertTrue(m.get("machineShare").asDouble() > 0 && m.get("machineShare").asDouble() < 0.85, m.toString());
          assertFalse(m.get("stale").asBoolean());
        }
      }
    }
    assertTrue(found, status.toString());
    // the same file again replaces the article: still two versions
    CliTest.Run again = CliTest.run("import-translation", "--archive", archive, back.toString(), "--json");
    assertEquals(0, again.code(), again.err());
    assertTrue(again.json().get("replaced").asBoolean());
    assertEquals(spanish, again.json().get("id").asString());
    assertEquals(2, again.json().get("group").get("articles").size());
  }

  private static List<String> units(String xml) {
    List<String> out = new ArrayList<>();
    int at = 0;
    while ((at = xml.indexOf("<unit ", at)) >= 0) {
      int end = xml.indexOf("</unit>", at) + 7;
      out.add(xml.substring(at, end));
      at = end;
    }
    return out;
  }

  @Test
  @Order(4)
  void aBadTranslatedFileIsRefusedNamingTheFileAndUnitAndNothingIsImported() throws Exception {
    String haddad = id("journalist-haddad.en.docx");
    Path xlf = corpus.getParent().resolve("haddad.ur.xlf");
    CliTest.Run t = CliTest.run("translate", "--archive", archive, haddad, "--to", "ur", "--out", xlf.toString());
    assertEquals(0, t.code(), t.err());
    assertTrue(t.out().contains("no engine: the memory alone"), t.out());
    String xml = Files.readString(xlf);
    int before = CliTest.run("stats", "--archive", archive, "--json").json().get("articles").asInt();
    Map<String, String> bad = new java.util.LinkedHashMap<>();
    bad.put("unknown-unit.xlf", xml.replace("<unit id=\"s2\">", "<unit id=\"s99\">"));
    bad.put("truncated.xlf", xml.substring(0, xml.length() / 2));
    bad.put("language.xlf", xml.replace("trgLang=\"ur\"", "trgLang=\"fa\""));
    bad.put("untranslated.xlf", xml);
    String filled = xml.replaceAll("</source>(\\s*)</segment>", "</source><target>ترجمہ</target>$1</segment>");
    int s3 = filled.indexOf("<unit id=\"s3\">");
    bad.put("missing-unit.xlf", filled.substring(0, s3) + filled.substring(filled.indexOf("</unit>", s3) + 7));
    bad.put("billion-laughs.xlf", "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
        + xml.substring(xml.indexOf("<xliff")).replace("<source>", "<source>&c;"));
    for (var e : bad.entrySet()) {
      Path f = corpus.getParent().resolve(e.getKey());
      Files.writeString(f, e.getValue());
      CliTest.Run i = CliTest.run("import-translation", "--archive", archive, f.toString(), "--lang", "ur");
      assertEquals(2, i.code(), e.getKey() + ": " + i.err());
      assertTrue(i.err().contains(e.getKey()), i.err());
      switch (e.getKey()) {
        case "unknown-unit.xlf" -> assertTrue(i.err().contains("unit s99"), i.err());
        case "language.xlf" -> assertTrue(i.err().contains("'fa'") || i.err().contains("fa"), i.err());
        case "untranslated.xlf" -> assertTrue(i.err().contains("no target") && i.err().contains("s1"), i.err());
        case "billion-laughs.xlf" -> assertTrue(i.err().contains("entities"), i.err());
        case "missing-unit.xlf" -> assertTrue(i.err().contains("s3 (missing)") && !i.err().contains("s1"), i.err());
        default -> assertTrue(i.err().contains("not well-formed"), i.err());
      }
    }
    assertEquals(before, CliTest.run("stats", "--archive", archive, "--json").json().get("articles").asInt());
  }

  @Test
  @Order(2)
  void aTmxFileJoinsTheMemoryWithItsOriginAndABadOneChangesNothing() throws Exception {
    Path tmx = corpus.getParent().resolve("desk.tmx");
    Files.writeString(tmx, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
        + "<tmx version=\"1.4\"><header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\""
        + " adminlang=\"en\" o-tmf=\"desk\" creationtool=\"desk\" creationtoolversion=\"1\"/><body>"
        + "<tu tuid=\"fund-7\" changeid=\"amina\"><tuv xml:lang=\"en\"><seg>The fund paid out <ph>&amp;nbsp;</ph>52,300 euros in 2024.</seg></tuv>"
        + "<tuv xml:lang=\"ar\"><seg>دفع الصندوق 52300 يورو في عام 2024.</seg></tuv></tu></body></tmx>");
    CliTest.Run i = CliTest.run("tm", "import", "--archive", archive, tmx.toString(), "--json");
    assertEquals(0, i.code(), i.err());
    assertEquals(1, i.json().get("imported").asInt());
    CliTest.Run l = CliTest.run("tm", "lookup", "--archive", archive, "The fund paid out 48,000 euros in 2024.",
        "--from", "en", "--to", "ar", "--json");
    JsonNode m = l.json().get("matches").get(0);
    assertEquals("tmx desk.tmx#fund-7 by amina", m.get("origin").asString());
    assertEquals("دفع الصندوق 52300 يورو في عام 2024.", m.get("target").asString());
    assertEquals("52300", m.get("differences").get(0).get("target").asString(), m.toString());
    int size = i.json().get("memory").asInt();
    Path bad = corpus.getParent().resolve("bad.tmx");
    Files.writeString(bad, Files.readString(tmx).replace("xml:lang=\"ar\"", "xml:lang=\"zz-qq-!\""));
    CliTest.Run b = CliTest.run("tm", "import", "--archive", archive, bad.toString());
    assertEquals(2, b.code());
    assertTrue(b.err().contains("bad.tmx") && b.err().contains("tu fund-7") && b.err().contains("zz-qq-!"), b.err());
    CliTest.Run again = CliTest.run("tm", "import", "--archive", archive, tmx.toString(), "--json");
    assertEquals(size, again.json().get("memory").asInt(), "the same file again replaces its units");
  }

  @Test
  @Order(3)
  void anEngineThatIsNotThereFailsBeforeAnyFileIsWritten() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path xlf = corpus.getParent().resolve("never.xlf");
    CliTest.Run t = CliTest.run("translate", "--archive", archive, id("water-orangi.en.txt"), "--to", "es",
        "--engine", "apertium", "--engine-url", "http://127.0.0.1:" + port, "--out", xlf.toString());
    assertEquals(1, t.code(), t.out());
    assertTrue(t.err().contains("127.0.0.1:" + port) && t.err().contains("apertium-apy"), t.err());
    assertFalse(Files.exists(xlf));
    // not asked for by name, an engine that is not there leaves the memory alone, saying why
    CliTest.Run implicit = CliTest.run("translate", "--archive", archive, id("water-orangi.en.txt"),
        "--to", "es", "--engine-url", "http://127.0.0.1:" + port, "--out", xlf.toString());
    assertEquals(0, implicit.code(), implicit.err());
    assertTrue(implicit.err().contains("note: cannot reach Apertium") && implicit.err().contains("memory alone"),
        implicit.err());
    assertTrue(Files.readString(xlf).contains("<unit id=\"s1\">"));
    // and one that is there is used without --engine
    CliTest.Run found = CliTest.run("translate", "--archive", archive, id("water-orangi.en.txt"),
        "--to", "es", "--engine-url", apertium.url().toString(), "--out", xlf.toString(), "--json");
    assertEquals(0, found.code(), found.err());
    assertTrue(found.json().get("mt").asInt() > 0, found.out());
    CliTest.Run none = CliTest.run("translate", "--archive", archive, id("water-orangi.en.txt"),
        "--to", "es", "--engine", "none", "--out", xlf.toString(), "--json");
    assertEquals(0, none.code(), none.err());
    assertEquals(0, none.json().get("mt").asInt());
    assertEquals("", none.err());
    CliTest.Run unknown = CliTest.run("translate", "--archive", archive, id("water-orangi.en.txt"),
        "--to", "es", "--engine", "babelfish");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("babelfish") && unknown.err().contains("installed: apertium"), unknown.err());
    CliTest.Run arabic = CliTest.run("translate", "--archive", archive, id("water-orangi.en.txt"),
        "--to", "ar", "--engine", "apertium", "--engine-url", apertium.url().toString());
    assertEquals(2, arabic.code());
    assertTrue(arabic.err().contains("no en→ar pair") && arabic.err().contains("en→es"), arabic.err());
  }

  @Test
  @Order(6)
  void changingASentenceOfAnEnglishSampleMakesItsTranslationsStaleNamingIt() throws Exception {
    Path seville = corpus.resolve("seville-teachers.en.md");
    Files.writeString(seville, Files.readString(seville).replace("brought around 12,500 teachers",
        "brought around 13,000 teachers"));
    assertEquals(0, CliTest.run("ingest", "--archive", archive, corpus.toString()).code());
    CliTest.Run r = CliTest.run("translations", "--archive", archive, "--targets", "ar,ur,es,fr",
        "--stale", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode groups = r.json().get("groups");
    assertEquals(1, groups.size(), r.out());
    JsonNode stale = groups.get(0).get("stale");
    assertEquals(2, stale.size(), "the Spanish and the French");
    for (JsonNode s : stale) {
      assertEquals(1, s.get("changed").size());
      assertEquals(3, s.get("changed").get(0).get("sentence").asInt());
      assertTrue(s.get("changed").get(0).get("text").asString().contains("13,000 teachers"));
      assertTrue(s.get("affected").get(0).get("text").asString().contains("12"), s.toString());
    }
    CliTest.Run text = CliTest.run("translations", "--archive", archive, "--stale");
    assertTrue(text.out().contains("STALE") && text.out().contains("changed source sentence 3:"), text.out());
    // the memory follows at the next align, and says so until then
    String[] lookup = {"tm", "lookup", "--archive", archive, "The strike brought 13,000 teachers to Plaza Nueva.",
        "--from", "en", "--to", "es"};
    assertTrue(CliTest.run(lookup).err().contains("the memory is behind"), "after ingest");
    // aligning again keeps them stale: the translations were not made from the new text
    assertEquals(0, CliTest.run("align", "--archive", archive).code());
    assertFalse(CliTest.run(lookup).err().contains("behind"), "after align");
    assertEquals(2, CliTest.run("translations", "--archive", archive, "--stale", "--json").json()
        .get("groups").get(0).get("stale").size());
  }
}
