package org.dragoman.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class TmxWriterTest {

  @Test
  void unit_writesParsableTmxWithLanguagesAndProperties() throws Exception {
    StringWriter out = new StringWriter();
    try (TmxWriter tmx = TmxWriter.open(out, "en")) {
      tmx.unit("en", "The strike continues & grows.", "ar", "الإضراب مستمر <ويتسع>.",
          Map.of("x-source-article", "cbf3e62e33b0c534"));
    }
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var doc = f.newDocumentBuilder().parse(
        new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    var tuvs = doc.getElementsByTagName("tuv");
    assertEquals(2, tuvs.getLength());
    assertEquals("ar", ((Element) tuvs.item(1))
        .getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    assertEquals("الإضراب مستمر <ويتسع>.", tuvs.item(1).getTextContent());
    assertEquals("cbf3e62e33b0c534", doc.getElementsByTagName("prop").item(0).getTextContent());
    assertEquals("1.4", doc.getDocumentElement().getAttribute("version"));
  }

  @Test
  void unit_charactersXmlForbids_stillParses() throws Exception {
    StringWriter out = new StringWriter();
    try (TmxWriter tmx = TmxWriter.open(out, "en")) {
      tmx.unit("en", "Noncharacters \uFFFE\uFFFF and a bell\u0007 and ESC\u001b[2J.", "ar",
          "عُمّال\uFFFE المصانع", Map.of("x-source-article", "id\uFFFF"));
    }
    var f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var doc = f.newDocumentBuilder().parse(
        new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    var segs = doc.getElementsByTagName("seg");
    assertEquals("Noncharacters \uFFFD\uFFFD and a bell  and ESC [2J.", segs.item(0).getTextContent());
    assertEquals("عُمّال\uFFFD المصانع", segs.item(1).getTextContent());
  }
}
