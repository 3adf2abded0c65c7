package org.dragoman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.dragoman.Archive;
import org.dragoman.model.Article;
import org.dragoman.model.Segment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What a hostile or a new user meets: a full disk, a closed output, escape sequences and XML's
 * forbidden characters inside articles, mistyped values, and messages that say what to do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HardeningTest {
  static final Path CORPUS = CliTest.CORPUS;
  Path tmp;
  String archive;
  static final String HOSTILE_ID = "badc0ffee0ddf00d";

  @BeforeAll
  void alignedCorpus(@TempDir Path dir) throws IOException {
    tmp = dir;
    archive = dir.resolve("archive").toString();
    assertEquals(0, CliTest.run("ingest", "--archive", archive, CORPUS.toString()).code());
    assertEquals(0, CliTest.run("align", "--archive", archive).code());
    // an article as an earlier version let in: escape sequences, a bell, XML's noncharacters
    String text = "\u001b]0;owned\u0007Dockers strike\n"
        + "The port \u001b[2Jstopped on Monday \u001b[8mhidden\u001b[0m and \uFFFE noncharacters.";
    List<Segment> paragraphs = List.of(new Segment(0, text.indexOf('\n'), "en"),
        new Segment(text.indexOf('\n') + 1, text.length(), "en"));
    try (Archive a = Archive.open(Path.of(archive))) {
      a.put(new Article(HOSTILE_ID, "hostile.txt", "text/plain", "en",
          "\u001b]0;owned\u0007Dockers strike", null, null, null, HOSTILE_ID, text, paragraphs,
          paragraphs, Instant.EPOCH));
    }
  }

  // 1, 13: a full disk

  /** What a test does with a tmpfs of {@code size} mounted at {@code mount}. */
  interface OnDisk {
    void run(Path mount) throws Exception;
  }

  /** Mounts a tmpfs of {@code size} (needs root, as CI runs), runs {@code body}, unmounts. */
  void onSmallDisk(String name, String size, OnDisk body) throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")),
        "mounting a small tmpfs needs root (CI runs as root)");
    Path mount = Files.createDirectories(tmp.resolve(name));
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs",
        mount.toString()).inheritIO().start();
    assertEquals(0, p.waitFor(), "mount a " + size + " tmpfs");
    try {
      body.run(mount);
    } finally {
      new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
    }
  }

  @Test
  void export_onAFullDisk_exit1NamingTheFile_theEarlierExportIntact() throws Exception {
    onSmallDisk("full", "8k", mount -> {
      Path out = mount.resolve("all.tmx");
      Files.writeString(out, "the earlier export\n");
      CliTest.Run r = CliTest.run("export", "--archive", archive, "--format", "tmx", "--out",
          out.toString());
      assertEquals(1, r.code(), r.out() + r.err());
      assertTrue(r.err().contains("Cannot write " + out), r.err());
      assertTrue(r.err().contains("disk is full"), r.err());
      assertEquals("the earlier export\n", Files.readString(out));
      try (Stream<Path> s = Files.list(mount)) {
        assertEquals(List.of(out), s.toList(), "no temporary file left");
      }
    });
  }

  @Test
  void ingest_onAFullDisk_reportSaysSo_exit1_noTemporaryFiles_archiveOpens() throws Exception {
    onSmallDisk("full-ingest", "2m", mount -> {
      String small = mount.resolve("archive").toString();
      assertEquals(0, CliTest.run("ingest", "--archive", small,
          CORPUS.resolve("water-orangi.en.txt").toString()).code());
      // fill the disk but for a few kilobytes
      long free = Files.getFileStore(mount).getUsableSpace();
      try (var ch = java.nio.channels.FileChannel.open(mount.resolve("filler"),
          java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
        ch.write(java.nio.ByteBuffer.allocate((int) free - 8192));
      }
      CliTest.Run r = CliTest.run("ingest", "--archive", small, CORPUS.toString(), "--json");
      assertEquals(1, r.code(), r.out() + r.err());
      assertTrue(r.json().get("stopped").asString().contains("the disk is full"), r.out());
      assertTrue(r.err().contains("the disk is full"), r.err());
      try (Stream<Path> s = Files.walk(mount)) {
        assertEquals(List.of(), s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
      }
      Files.delete(mount.resolve("filler"));
      CliTest.Run search = CliTest.run("search", "--archive", small, "Orangi", "--json");
      assertEquals(0, search.code(), search.err());
      assertTrue(search.json().get("total").asInt() >= 1, "the earlier article is still there");
    });
  }

  @Test
  void stdoutThatFailsToWrite_exit1SayingSo() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    PrintWriter out = new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8));
    StringWriter err = new StringWriter();
    int code = Cli.execute(new String[] {"search", "--archive", archive, "strike", "--json"}, out,
        new PrintWriter(err));
    assertEquals(1, code);
    assertTrue(err.toString().contains("could not write the output"), err.toString());
  }

  // 7: TMX is XML whatever the articles hold

  @Test
  void exportTmx_articleWithNoncharacters_parses() throws Exception {
    Path fresh = tmp.resolve("hostile-pair");
    Path en = Files.writeString(Files.createDirectories(tmp.resolve("pair")).resolve("a.en.txt"),
        "The dockers of Marseille stopped work on Monday \uFFFE against the plan.\n"
            + "The union said 1,200 workers joined the strike.");
    Path es = Files.writeString(tmp.resolve("pair/a.es.txt"),
        "Los estibadores de Marsella pararon el lunes \uFFFF contra el plan.\n"
            + "El sindicato dijo que 1.200 trabajadores se sumaron a la huelga.");
    CliTest.Run r = CliTest.run("align", en.toString(), es.toString(), "--format", "tmx");
    assertEquals(0, r.code(), r.err());
    var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
        r.out().getBytes(StandardCharsets.UTF_8)));
    assertTrue(doc.getElementsByTagName("seg").item(0).getTextContent().contains("\uFFFD"));
    assertFalse(Files.exists(fresh));
  }

  // 8: nothing from an article acts on the terminal

  @Test
  void showAndSearch_escapeSequencesShownNotObeyed() {
    CliTest.Run show = CliTest.run("show", "--archive", archive, HOSTILE_ID);
    assertEquals(0, show.code(), show.err());
    assertFalse(show.out().contains("\u001b"), show.out());
    assertFalse(show.out().contains("\u0007"), show.out());
    assertTrue(show.out().contains("\\x1b[2J"), show.out());
    CliTest.Run search = CliTest.run("search", "--archive", archive, "dockers strike");
    assertEquals(0, search.code(), search.err());
    assertFalse(search.out().contains("\u001b"), search.out());
    assertTrue(search.out().contains("\\x1b]0;owned\\x07Dockers strike"), search.out());
  }

  // 14: values typed wrong

  @Test
  void badDate_oneLineSayingTheFormat_exit2_noUsageDump() {
    CliTest.Run r = CliTest.run("search", "--archive", archive, "--from", "2018-13-01", "strike");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'2018-13-01' is not a date: write it as YYYY-MM-DD"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("Usage:"), r.err());
  }

  @Test
  void entityEdits_impossibleOnes_exit2WithTheReason() throws IOException {
    CliTest.Run across = CliTest.run("entity", "merge", "--archive", archive, "place:london",
        "--into", "person:nasreen-akhtar");
    assertEquals(2, across.code());
    assertTrue(across.err().contains("an entity has one type"), across.err());
    CliTest.Run nope = CliTest.run("entity", "merge", "--archive", archive, "place:london",
        "--into", "person:nope");
    assertEquals(2, nope.code());
    assertTrue(nope.err().contains("No entity 'person:nope'"), nope.err());
    Path nulls = Files.writeString(tmp.resolve("null.json"), "{\"entities\":[null]}");
    CliTest.Run n = CliTest.run("entity", "import", "--archive", archive, nulls.toString());
    assertEquals(2, n.code());
    assertTrue(n.err().contains("an entity has no id"), n.err());
    Path bare = Files.writeString(tmp.resolve("bare-null.json"), "null");
    CliTest.Run b = CliTest.run("entity", "import", "--archive", archive, bare.toString());
    assertEquals(2, b.code());
    assertTrue(b.err().contains(bare + ": null, not an exported entity catalogue"), b.err());
    assertFalse(b.err().contains("Exception") || b.err().contains("Cannot invoke"), b.err());
  }

  @Test
  void entityImport_unknownIdsReportedNotStored_twiceAddsNothing_blankNamesRefused() throws IOException {
    Path edits = Path.of(archive, "entities", "edits.json");
    Path unknown = Files.writeString(tmp.resolve("unknown.json"), "{\"entities\": [{\"id\": "
        + "\"place:atlantis\", \"aliases\": [\"Atlantis\"]}]}");
    CliTest.Run u = CliTest.run("entity", "import", "--archive", archive, unknown.toString());
    assertEquals(0, u.code(), u.err());
    assertTrue(u.err().contains("skipped place:atlantis 'Atlantis': No entity 'place:atlantis'"), u.err());
    assertTrue(u.out().contains("0 names applied, 1 skipped"), u.out());
    assertFalse(Files.exists(edits) && Files.readString(edits).contains("atlantis"));

    Path alias = Files.writeString(tmp.resolve("alias.json"), "{\"entities\": [{\"id\": "
        + "\"person:nasreen-akhtar\", \"aliases\": [\"نسرين أختر\", \"Ms Akhtar\"]}]}");
    assertEquals(0, CliTest.run("entity", "import", "--archive", archive, alias.toString()).code());
    String once = Files.readString(edits);
    CliTest.Run again = CliTest.run("entity", "import", "--archive", archive, alias.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("0 names applied"), again.out());
    assertEquals(once, Files.readString(edits));
    assertEquals(1, once.split("Ms Akhtar", -1).length - 1, once);

    Path blank = Files.writeString(tmp.resolve("blank.json"), "{\"entities\": [{\"id\": "
        + "\"person:nasreen-akhtar\", \"aliases\": [\"Nasreen\", \"  \"]}]}");
    CliTest.Run bl = CliTest.run("entity", "import", "--archive", archive, blank.toString());
    assertEquals(2, bl.code());
    assertTrue(bl.err().contains("entity person:nasreen-akhtar: a name is empty"), bl.err());
    assertEquals(once, Files.readString(edits));
    CliTest.Run empty = CliTest.run("entity", "alias", "--archive", archive, "person:nasreen-akhtar", " ");
    assertEquals(2, empty.code());
  }

  // 4: limits as settings, named

  @Test
  void entityImport_hugeAlias_refusedNamingTheSetting_catalogueUnchanged() throws IOException {
    Path catalogue = Path.of(archive, "entities", "catalogue.json");
    long before = Files.size(catalogue);
    Path big = Files.writeString(tmp.resolve("big.json"), "{\"entities\": [{\"id\": "
        + "\"person:nasreen-akhtar\", \"aliases\": [\"" + "Nasreen ".repeat(20_000) + "\"]}]}");
    CliTest.Run r = CliTest.run("entity", "import", "--archive", archive, big.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("setting maxNameChars"), r.err());
    assertEquals(before, Files.size(catalogue));
    // a 50 MB label: read whole (under the import's byte limit), refused by the name's
    Path label = tmp.resolve("label.json");
    try (var w = Files.newBufferedWriter(label)) {
      w.write("{\"entities\": [{\"id\": \"person:nasreen-akhtar\", \"label\": \"");
      String block = "ن".repeat(1 << 20);
      for (int i = 0; i < 25; i++) {
        w.write(block); // two bytes a letter: 50 MB
      }
      w.write("\"}]}");
    }
    CliTest.Run l = CliTest.run("entity", "import", "--archive", archive, label.toString());
    assertEquals(2, l.code());
    assertTrue(l.err().contains("more than the 200 a name may have (setting maxNameChars)"), l.err());
    assertEquals(before, Files.size(catalogue));
  }

  // 17: a newcomer's path

  @Test
  void searchText_showsEachHitsTranslations() {
    CliTest.Run r = CliTest.run("search", "--archive", archive, "Samira", "--lang", "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("↔ ar") && r.out().contains("↔ es"), r.out());
    assertTrue(r.out().contains("\u2068أطلقوا سراح الصحفية سميرة حداد\u2069"), r.out());
  }

  @Test
  void export_neverAligned_exit1SayingToAlign_nothingWritten() {
    String fresh = tmp.resolve("unaligned").toString();
    assertEquals(0, CliTest.run("ingest", "--archive", fresh, CORPUS.resolve("water-orangi.en.txt")
        .toString()).code());
    Path out = tmp.resolve("never.tmx");
    CliTest.Run r = CliTest.run("export", "--archive", fresh, "--format", "tmx", "--out",
        out.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("Run 'dragoman align --archive " + fresh + "' first"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void ingestJson_listsSkippedFilesWithTheReason() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("mixed"));
    Files.copy(CORPUS.resolve("water-orangi.en.txt"), folder.resolve("water.txt"));
    Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26,
        10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0});
    CliTest.Run r = CliTest.run("ingest", "--archive", tmp.resolve("mixed-archive").toString(),
        folder.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode skipped = r.json().get("skippedFiles");
    assertEquals(1, skipped.size(), r.out());
    assertTrue(skipped.get(0).get("source").asString().endsWith("photo.png"));
    assertTrue(skipped.get(0).get("reason").asString().contains("image/png"), r.out());
  }

  // 20: the version and the commit, on every command

  @Test
  void version_releaseAndCommit_onEveryCommand() {
    for (String[] args : List.of(new String[] {"--version"}, new String[] {"search", "--version"},
        new String[] {"entity", "import", "--version"})) {
      CliTest.Run r = CliTest.run(args);
      assertEquals(0, r.code());
      assertTrue(r.out().matches("(?s)dragoman \\S+ \\(commit \\S+.*\\).*"), r.out());
      assertFalse(r.out().contains("development build"), r.out());
    }
  }

  // 21: what the human output looks like

  @Test
  void entitiesFile_isolatesArabicOnce() {
    CliTest.Run r = CliTest.run("entities", CORPUS.resolve("journalist-haddad.ar.html").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\u2068"), r.out());
    assertFalse(r.out().contains("\u2068\u2068"), r.out());
  }

  @Test
  void catalogue_columnsNeverRunTogether() {
    CliTest.Run r = CliTest.run("entities", "--archive", archive);
    assertEquals(0, r.code(), r.err());
    for (String line : r.out().lines().toList()) {
      assertTrue(line.matches("\\S+ {2,}(PERSON|ORGANISATION|PLACE) .*"), line);
    }
  }

  @Test
  void help_everyCommandLineIsASentence() {
    CliTest.Run r = CliTest.run("--help");
    String commands = r.out().substring(r.out().indexOf("Commands:"));
    assertTrue(commands.matches("(?s).*entities +List the mentions of one file, or the archive's"
        + " entity\\s+catalogue\\..*"), commands);
    assertFalse(commands.matches("(?s).*,\\s*\\n\\s+\\w+ .*"), commands);
  }

  @Test
  void snippet_headlineAndFirstParagraphStayApart() {
    CliTest.Run r = CliTest.run("search", "--archive", archive, "Orangi", "--lang", "en");
    assertTrue(r.out().contains("Residents of Orangi Town demand clean water · Hundreds"), r.out());
  }
}
