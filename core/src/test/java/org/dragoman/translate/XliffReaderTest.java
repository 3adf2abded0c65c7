package org.dragoman.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XliffReaderTest {
  @TempDir Path dir;

  private static Draft draft(String hostile) {
    return new Draft("a1b2c3d4e5f60718", "abc123", "en", "ar", null, List.of(
        new Draft.Unit("s1", 1, "Workers <b>walked</b> out & " + hostile, "أضرب العمال", Draft.Origin.mt,
            null, "apertium", List.of("place: Faisalabad → فيصل آباد (place:faisalabad)"), null),
        new Draft.Unit("s2", 1, "They want 37,000 rupees.", "يطالبون بـ 37000 روبية.", Draft.Origin.tm,
            92, "archive x#s2 ↔ y#s2", List.of(), null),
        new Draft.Unit("s3", 2, "Thank you.", null, Draft.Origin.none, null, null, List.of(), "timeout")));
  }

  @Test
  void whatTheWriterWritesTheReaderReadsBackEscapedAndWhole() throws Exception {
    Path f = dir.resolve("d.xlf");
    try (OutputStream out = Files.newOutputStream(f)) {
      XliffWriter.write(draft("</source><script>alert(1)</script>\u0007"), out);
    }
    String xml = Files.readString(f);
    assertTrue(xml.contains("&lt;/source&gt;&lt;script&gt;"), "article text is escaped");
    assertTrue(xml.contains("version=\"2.1\"") && xml.contains("trgLang=\"ar\""));
    XliffReader.Read r = XliffReader.read(f);
    assertEquals("a1b2c3d4e5f60718", r.article());
    assertEquals("abc123", r.sourceHash());
    assertEquals(3, r.units().size());
    XliffReader.Unit u = r.units().get(0);
    assertEquals("p1", u.group());
    assertTrue(u.source().startsWith("Workers <b>walked</b> out & </source><script>"), u.source());
    assertEquals("أضرب العمال", u.target());
    assertEquals("mt", u.origin());
    assertEquals("أضرب العمال", u.draft());
    assertNull(r.units().get(2).target());
  }

  @Test
  void inlineCodesKeepTheirTextAndAreCounted() throws Exception {
    Path f = dir.resolve("codes.xlf");
    Files.writeString(f, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"es\">"
        + "<file id=\"f\" original=\"dragoman:0011223344556677\"><unit id=\"s1\"><segment><source>Hello <pc id=\"1\">world</pc></source>"
        + "<target>Hola <pc id=\"1\">mundo</pc><ph id=\"2\" equiv=\"!\"/><cp hex=\"00A0\"/></target></segment></unit></file></xliff>");
    XliffReader.Unit u = XliffReader.read(f).units().get(0);
    assertEquals("Hello world", u.source());
    assertEquals("Hola mundo!\u00A0", u.target());
    assertEquals(2, u.codes());
  }

  @Test
  void badFilesAreRefusedNamingTheFileAndTheUnit() throws Exception {
    String head = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"es\"><file id=\"f\">";
    Path dup = dir.resolve("dup.xlf");
    Files.writeString(dup, head + "<unit id=\"s1\"><segment><source>a</source></segment></unit>"
        + "<unit id=\"s1\"><segment><source>b</source></segment></unit></file></xliff>");
    var e = assertThrows(IllegalArgumentException.class, () -> XliffReader.read(dup));
    assertTrue(e.getMessage().contains("dup.xlf") && e.getMessage().contains("unit s1 appears twice"), e.getMessage());
    Path lang = dir.resolve("lang.xlf");
    Files.writeString(lang, head + "<unit id=\"s1\"><segment><source>a</source><target xml:lang=\"fr\">b</target></segment></unit></file></xliff>");
    e = assertThrows(IllegalArgumentException.class, () -> XliffReader.read(lang));
    assertTrue(e.getMessage().contains("unit s1") && e.getMessage().contains("'fr'"), e.getMessage());
    Path xxe = dir.resolve("xxe.xlf");
    Files.writeString(xxe, "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>" + head
        + "<unit id=\"s1\"><segment><source>&x;</source></segment></unit></file></xliff>");
    e = assertThrows(IllegalArgumentException.class, () -> XliffReader.read(xxe));
    assertTrue(e.getMessage().contains("xxe.xlf") && e.getMessage().contains("entities"), e.getMessage());
    Path cut = dir.resolve("cut.xlf");
    Files.writeString(cut, head + "<unit id=\"s1\"><segment><source>a</sou");
    e = assertThrows(IllegalArgumentException.class, () -> XliffReader.read(cut));
    assertTrue(e.getMessage().contains("cut.xlf") && e.getMessage().contains("not well-formed"), e.getMessage());
    Path v1 = dir.resolve("v1.xlf");
    Files.writeString(v1, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file/></xliff>");
    e = assertThrows(IllegalArgumentException.class, () -> XliffReader.read(v1));
    assertTrue(e.getMessage().contains("not an XLIFF 2 file"), e.getMessage());
  }
}
