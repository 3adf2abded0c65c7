package org.dragoman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The commands run in-process with captured writers: exit codes, JSON shapes, human output. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTest {
  static final Path CORPUS = Path.of("../samples/corpus");
  static final JsonMapper JSON = JsonMapper.builder().build();

  Path tmp;
  String archive;

  record Run(int code, String out, String err) {
    JsonNode json() {
      return JSON.readTree(out);
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  void ingestCorpus(@TempDir Path dir) {
    tmp = dir;
    archive = dir.resolve("archive").toString();
    Run r = run("ingest", "--archive", archive, CORPUS.toString(), "--json");
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void ingest_again_jsonReportsUnchanged() {
    Run r = run("ingest", "--archive", archive, CORPUS.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = r.json();
    for (String field : List.of("added", "updated", "unchanged", "failed", "articles", "failures")) {
      assertTrue(j.has(field), field);
    }
    assertEquals(0, j.get("added").asInt());
    assertEquals(20, j.get("unchanged").asInt());
    JsonNode a = j.get("articles").get(0);
    for (String field : List.of("id", "source", "language", "title", "published")) {
      assertTrue(a.has(field), field);
    }
  }

  @Test
  void ingest_someInputsFail_exit1AndTheOthersAreIngested() throws Exception {
    Path bad = Files.write(tmp.resolve("empty.txt"), new byte[0]);
    Path good = Files.writeString(tmp.resolve("good.txt"),
        "Cleaners at the European Parliament won a new contract after a two-day strike.");
    Run r = run("ingest", "--archive", tmp.resolve("other").toString(), bad.toString(),
        good.toString(), "--json");
    assertEquals(1, r.code());
    JsonNode j = r.json();
    assertEquals(1, j.get("added").asInt());
    assertEquals(1, j.get("failed").asInt());
    assertTrue(j.get("failures").get(0).get("source").asString().endsWith("empty.txt"));
    assertTrue(j.get("failures").get(0).get("reason").asString().contains("empty"));
  }

  @Test
  void unknownOption_exit2() {
    Run r = run("search", "--archive", archive, "x", "--colour");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--colour"), r.err());
  }

  @Test
  void search_arabicJson_hasContractFields() {
    Run r = run("search", "--archive", archive, "سميرة", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = r.json();
    assertEquals(1, j.get("total").asInt());
    JsonNode hit = j.get("hits").get(0);
    for (String field : List.of("id", "language", "title", "source", "published", "score", "snippets")) {
      assertTrue(hit.has(field), field);
    }
    assertEquals("ar", hit.get("language").asString());
    assertTrue(hit.get("snippets").get(0).asString().contains("<mark>سميرة</mark>"));
    assertEquals(1, j.get("facets").get("language").get("ar").asInt());
    assertTrue(j.get("facets").has("year"));
  }

  @Test
  void search_langFromToSortLimit() {
    Run r = run("search", "--archive", archive, "*", "--lang", "en", "--lang", "fr", "--from",
        "2024-01-01", "--to", "2024-12-31", "--sort", "date", "--limit", "2", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = r.json();
    List<String> dates = new ArrayList<>();
    j.get("hits").forEach(h -> dates.add(h.get("published").asString()));
    assertEquals(2, dates.size());
    assertTrue(dates.get(0).compareTo(dates.get(1)) >= 0, dates.toString());
    j.get("hits").forEach(h -> assertTrue(List.of("en", "fr").contains(h.get("language").asString())));
  }

  @Test
  void search_oddQuery_readLeniently_exit0() {
    for (String q : List.of("\"unclosed phrase", "a:(b", "Lehrer/innen", "oxygen?", "*", "((")) {
      Run r = run("search", "--archive", archive, q);
      assertEquals(0, r.code(), q + ": " + r.err());
    }
  }

  @Test
  void search_langs_commaRepeatedIsoCodes_unknownIsExit2NamingTheArchivesLanguages() {
    Run both = run("search", "--archive", archive, "strike", "--lang", "en,fr", "--json");
    assertEquals(0, both.code(), both.err());
    for (JsonNode h : both.json().get("hits")) {
      assertTrue(List.of("en", "fr").contains(h.get("language").asString()), both.out());
    }
    Run eng = run("search", "--archive", archive, "strike", "--lang", "eng", "--lang", "fra",
        "--json");
    assertEquals(both.json().get("total").asLong(), eng.json().get("total").asLong());
    Run ara = run("search", "--archive", archive, "العمال", "--lang", "arb", "--json");
    assertTrue(ara.json().get("total").asLong() >= 1, ara.out());
    Run xx = run("search", "--archive", archive, "strike", "--lang", "xx");
    assertEquals(2, xx.code());
    assertTrue(xx.err().contains("'xx' is not a language code") && xx.err().contains("ar, en, es, fr, ur"),
        xx.err());
    Run absent = run("search", "--archive", archive, "strike", "--lang", "de");
    assertEquals(2, absent.code());
    assertTrue(absent.err().contains("no articles in de; its languages: ar, en, es, fr, ur"),
        absent.err());
    Run oneAbsent = run("search", "--archive", archive, "strike", "--lang", "en,de", "--json");
    assertEquals(0, oneAbsent.code(), oneAbsent.err());
  }

  @Test
  void search_missingArchive_exit2Clearly() {
    Run r = run("search", "--archive", tmp.resolve("nowhere").toString(), "x");
    assertEquals(2, r.code(), "a path that names no archive is a usage error");
    assertTrue(r.err().contains("No archive at"), r.err());
  }

  @Test
  void search_humanOutput_isolatesRightToLeftTitles() {
    Run r = run("search", "--archive", archive, "سميرة");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\u2068أطلقوا سراح الصحفية سميرة حداد\u2069"), r.out());
  }

  @Test
  void show_json_countsAndText() {
    String id = run("search", "--archive", archive, "Orangi", "--lang", "en", "--json").json()
        .get("hits").get(0).get("id").asString();
    Run r = run("show", "--archive", archive, id, "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = r.json();
    assertEquals("en", j.get("language").asString());
    assertEquals(5, j.get("paragraphs").asInt());
    assertEquals(5, j.get("sentences").asInt());
    assertTrue(j.get("text").asString().startsWith("Residents of Orangi Town demand clean water"));
  }

  @Test
  void showAndBitext_unknownId_sameExit2() {
    Run show = run("show", "--archive", archive, "0000000000000000");
    Run bitext = run("bitext", "--archive", archive, "0000000000000000");
    assertEquals(2, show.code());
    assertEquals(2, bitext.code());
    assertTrue(show.err().contains("No article with id 0000000000000000"), show.err());
    assertTrue(bitext.err().contains("No article with id 0000000000000000"), bitext.err());
  }

  @Test
  void stats_json_countsByLanguageFormatYear() {
    Run r = run("stats", "--archive", archive, "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = r.json();
    assertEquals(20, j.get("articles").asInt());
    assertEquals(2, j.get("languages").get("ur").asInt());
    assertEquals(1, j.get("formats").get("pdf").asInt());
    assertTrue(j.get("bytes").asLong() > 0);
  }

  @Test
  void help_listsCommands() {
    Run r = run("--help");
    assertEquals(0, r.code());
    for (String c : List.of("ingest", "search", "show", "stats", "bench", "eval")) {
      assertTrue(r.out().contains(c), c);
    }
  }

  @Test
  void align_twoSampleFiles_jsonLinksTheNumbersSentence() {
    Run r = run("align", CORPUS.resolve("faisalabad-strike.en.html").toString(),
        CORPUS.resolve("faisalabad-strike.ar.txt").toString(), "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = r.json();
    assertEquals("en", j.get("source").get("language").asString());
    assertEquals("ar", j.get("target").get("language").asString());
    boolean found = false;
    for (JsonNode l : j.get("links")) {
      for (JsonNode s : l.get("source")) {
        String en = j.get("source").get("sentences").get(s.asInt()).asString();
        if (en.contains("3,400")) {
          String ar = j.get("target").get("sentences").get(l.get("target").get(0).asInt()).asString();
          assertTrue(ar.contains("٣٤٠٠"), ar);
          found = true;
        }
      }
    }
    assertTrue(found, r.out());
  }

  @Test
  void entities_file_jsonMentionsWithOffsetsAndValues() {
    Path file = CORPUS.resolve("faisalabad-strike.en.html");
    Run r = run("entities", file.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = r.json();
    assertEquals("en", j.get("language").asString());
    java.util.Map<String, String> byText = new java.util.HashMap<>();
    for (JsonNode m : j.get("mentions")) {
      assertTrue(m.get("end").asInt() > m.get("start").asInt(), m.toString());
      byText.put(m.get("type").asString() + " " + m.get("text").asString(), m.get("value").asString(null));
    }
    assertEquals("37000", byText.get("NUMBER 37,000"), byText.toString());
    assertEquals("2024-03-12", byText.get("DATE Tuesday"), byText.toString());
    assertEquals("London", byText.get("PLACE London"), byText.toString());
    Run ar = run("entities", CORPUS.resolve("faisalabad-strike.ar.txt").toString(), "--json", "--type", "NUMBER");
    assertEquals("3400", ar.json().get("mentions").get(0).get("value").asString(), ar.out());
  }

  @Test
  void entities_file_theWeekdayOfThePublicationDayIsThatDay() throws Exception {
    Path file = java.nio.file.Files.writeString(tmp.resolve("referendum.md"), "---\ntitle: Referendum\n"
        + "date: 2018-09-30\n---\n# Macedonia votes\n\nMacedonians will vote on Sunday in a referendum on"
        + " the country's name.\n");
    for (String prefer : List.of("past", "nearest")) {
      Run r = run("entities", file.toString(), "--json", "--type", "DATE", "--prefer", prefer);
      assertEquals(0, r.code(), r.err());
      JsonNode m = r.json().get("mentions").get(0);
      assertEquals("Sunday", m.get("text").asString(), r.out());
      assertEquals("2018-09-30", m.get("value").asString(), prefer + ": " + r.out());
    }
    Run future = run("entities", file.toString(), "--json", "--type", "DATE", "--prefer", "future");
    assertEquals("2018-10-07", future.json().get("mentions").get(0).get("value").asString(), future.out());
  }

  @Test
  void trainAndEvalEntities_aModelFromAnnotatedText_scoresLikeTheScorer_badInputNamed() throws Exception {
    StringBuilder conll = new StringBuilder();
    for (int copy = 0; copy < 30; copy++) {
      conll.append("-DOCSTART- O\n\nNasreen B-PER\nAkhtar I-PER\nvisited O\nLahore B-LOC\n. O\n\n")
          .append("The O\nPunjab B-ORG\nUnion I-ORG\nmet O\nin O\nKarachi B-LOC\n. O\n\n");
    }
    Path data = Files.writeString(tmp.resolve("tiny.conll"), conll);
    Path model = tmp.resolve("tiny.model");
    Run t = run("train", "entities", data.toString(), "--lang", "en", "--out", model.toString(), "--json");
    assertEquals(0, t.code(), t.err());
    assertEquals(30, t.json().get("documents").asInt());
    assertTrue(Files.size(model) > 0);

    String text = "Nasreen Akhtar visited Karachi .";
    Path gold = Files.writeString(tmp.resolve("gold.jsonl"), "{\"id\": \"d1\", \"lang\": \"en\", \"text\": \""
        + text + "\", \"entities\": [{\"start\": 0, \"end\": 14, \"type\": \"PERSON\"}, {\"start\": 23,"
        + " \"end\": 30, \"type\": \"PLACE\"}]}\n");
    Path predictions = tmp.resolve("pred.jsonl");
    Run e = run("eval", "entities", gold.toString(), "--model", model.toString(), "--predictions",
        predictions.toString(), "--json");
    assertEquals(0, e.code(), e.err());
    assertEquals(1.0, e.json().get("micro").get("F1").asDouble(), e.out());
    assertEquals(2, e.json().get("per_type").get("PERSON").get("gold").asInt()
        + e.json().get("per_type").get("PLACE").get("gold").asInt());
    JsonNode line = JSON.readTree(Files.readString(predictions).strip());
    assertEquals("d1", line.get("id").asString());
    assertEquals(2, line.get("entities").size());

    Path broken = Files.writeString(tmp.resolve("broken.jsonl"), Files.readString(gold) + "not json\n");
    Run b = run("eval", "entities", broken.toString());
    assertEquals(2, b.code());
    assertTrue(b.err().contains(broken + ":2: not a JSON object"), b.err());
    Path nothing = Files.writeString(tmp.resolve("nothing.conll"), "word O\nother O\n");
    Run n = run("train", "entities", nothing.toString(), "--lang", "en", "--out", tmp.resolve("n.model").toString());
    assertEquals(2, n.code());
    assertTrue(n.err().contains(nothing + ": no word tagged as part of a name"), n.err());
    assertFalse(Files.exists(tmp.resolve("n.model")));
  }

  @Test
  void align_keepsEveryEntityIdWorking() {
    String fresh = tmp.resolve("ids").toString();
    assertEquals(0, run("ingest", "--archive", fresh, CORPUS.toString()).code());
    Run before = run("entities", "--archive", fresh, "--json", "--limit", "100000");
    List<String> ids = new ArrayList<>();
    before.json().get("entities").forEach(e -> ids.add(e.get("id").asString()));
    assertTrue(ids.size() > 20, before.out());
    assertEquals(0, run("align", "--archive", fresh).code());
    Run after = run("entities", "--archive", fresh, "--json", "--limit", "100000");
    java.util.Set<String> now = new java.util.HashSet<>();
    after.json().get("entities").forEach(e -> now.add(e.get("id").asString()));
    for (String id : ids) {
      Run s = run("search", "--archive", fresh, "--entity", id, "--json");
      assertEquals(0, s.code(), id + ": " + s.err());
      assertTrue(s.json().get("total").asLong() >= 1, id);
      if (!now.contains(id)) {
        assertTrue(s.err().contains("entity " + id + " was merged into "), s.err());
      }
    }
  }

  @Test
  void entities_archive_catalogueAndSearchByEntity() {
    Run c = run("entities", "--archive", archive, "--type", "PLACE", "--json");
    assertEquals(0, c.code(), c.err());
    boolean london = false;
    for (JsonNode e : c.json().get("entities")) {
      london |= e.get("id").asString().equals("place:london") && e.get("labels").has("ar") && e.get("labels").has("en");
    }
    assertTrue(london, c.out());
    Run s = run("search", "--archive", archive, "--entity", "place:london", "--lang", "ar", "--json");
    assertEquals(0, s.code(), s.err());
    assertTrue(s.json().get("total").asLong() >= 1, s.out());
    assertEquals(2, run("search", "--archive", archive, "--entity", "place:nowhere").code());
  }

  @Test
  void align_tmx_isXmlWithBothLanguages() throws Exception {
    Run r = run("align", CORPUS.resolve("seville-teachers.es.html").toString(),
        CORPUS.resolve("seville-teachers.en.md").toString(), "--format", "tmx");
    assertEquals(0, r.code(), r.err());
    var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
        r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertTrue(doc.getElementsByTagName("tu").getLength() >= 4, r.out());
    assertTrue(r.out().contains("xml:lang=\"es\"") && r.out().contains("xml:lang=\"en\""));
  }

  @Test
  void evalAlign_goldFile_printsStrictAndLaxScoresAndWritesPredictions() throws Exception {
    Path gold = tmp.resolve("gold.jsonl");
    Files.writeString(gold, """
        {"id": "d1", "source": {"lang": "en", "sentences": ["The strike began on 8 April.", "Around 12,500 teachers came.", "They won a raise of 6.5%."]}, "target": {"lang": "es", "sentences": ["La huelga empezó el 8 de abril.", "Acudieron unos 12.500 docentes.", "Consiguieron una subida del 6,5 %."]}, "links": [[[0], [0]], [[1], [1]], [[2], [2]]]}
        """);
    Path out = tmp.resolve("pred.jsonl");
    Run r = run("eval", "align", gold.toString(), "--predictions", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("strict P 1.000 R 1.000 F1 1.000"), r.out());
    JsonNode line = JSON.readTree(Files.readAllLines(out).get(0));
    assertEquals("d1", line.get("id").asString());
    assertEquals(3, line.get("links").size());
  }

  @Test
  void alignArchive_bitextAndExport() throws Exception {
    String dir = tmp.resolve("paired").toString();
    assertEquals(0, run("ingest", "--archive", dir, CORPUS.toString()).code());
    Run r = run("align", "--archive", dir, "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = r.json();
    assertEquals(6, j.get("groups").size(), r.out());
    assertEquals(5, j.get("unpaired").size(), r.out());
    JsonNode group = j.get("groups").get(0);
    for (String field : List.of("id", "confidence", "articles")) {
      assertTrue(group.has(field), field);
    }
    for (String field : List.of("id", "language", "source")) {
      assertTrue(group.get("articles").get(0).has(field), field);
      assertTrue(j.get("unpaired").get(0).has(field), field);
    }

    Run search = run("search", "--archive", dir, "Samira", "--lang", "en", "--json");
    JsonNode translations = search.json().get("hits").get(0).get("translations");
    assertEquals(2, translations.size(), search.out());
    assertTrue(translations.get(0).has("title"));

    String arabicId = null;
    for (JsonNode a : j.get("groups")) {
      for (JsonNode x : a.get("articles")) {
        if (x.get("source").asString().endsWith("journalist-haddad.ar.html")) {
          arabicId = x.get("id").asString();
        }
      }
    }
    Run bitext = run("bitext", "--archive", dir, arabicId, "--with", "en", "--format", "json");
    assertEquals(0, bitext.code(), bitext.err());
    JsonNode b = bitext.json().get("bitexts").get(0);
    assertEquals("ar", b.get("source").get("language").asString());
    assertEquals("en", b.get("target").get("language").asString());
    assertTrue(b.get("links").size() >= 4);

    Path tmxFile = tmp.resolve("all.tmx");
    Run export = run("export", "--archive", dir, "--format", "tmx", "--out", tmxFile.toString());
    assertEquals(0, export.code(), export.err());
    var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var doc = f.newDocumentBuilder().parse(tmxFile.toFile());
    assertTrue(doc.getElementsByTagName("tu").getLength() >= 40);
    assertEquals("*all*", ((org.w3c.dom.Element) doc.getElementsByTagName("header").item(0))
        .getAttribute("srclang"));

    Path jsonl = tmp.resolve("all.jsonl");
    assertEquals(0, run("export", "--archive", dir, "--format", "jsonl", "--out", jsonl.toString()).code());
    JsonNode first = JSON.readTree(Files.readAllLines(jsonl).get(0));
    assertTrue(first.get("source").has("article") && first.get("target").has("text"));
  }

  @Test
  void align_sameFileTwiceOrEmptyFile_clearMessages() throws Exception {
    Path file = CORPUS.resolve("water-orangi.en.txt");
    Run same = run("align", file.toString(), file.toString());
    assertEquals(2, same.code());
    assertTrue(same.err().contains("same file"), same.err());
    Path empty = Files.write(tmp.resolve("empty-article.txt"), new byte[0]);
    Run r = run("align", file.toString(), empty.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("empty-article.txt") && r.err().contains("empty"), r.err());
  }
}
