package org.dragoman.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmxReaderTest {
  @TempDir Path dir;

  private Path write(String name, String xml) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, xml);
    return f;
  }

  private static String tmx(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
        + "<tmx version=\"1.4\"><header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\""
        + " adminlang=\"en\" o-tmf=\"x\" creationtool=\"x\" creationtoolversion=\"1\"/><body>"
        + body + "</body></tmx>";
  }

  @Test
  void unitsKeepTheirLanguagesTextsCodesAndOrigin() throws Exception {
    Path f = write("memory.tmx", tmx(
        "<tu tuid=\"7\" creationid=\"nadia\"><tuv xml:lang=\"en-GB\"><seg>Workers <bpt i=\"1\">&lt;b&gt;</bpt>walked out<ept i=\"1\">&lt;/b&gt;</ept> on Tuesday.</seg></tuv>"
        + "<tuv xml:lang=\"ar\"><seg>أضرب <ph>&lt;br/&gt;</ph>العمال يوم الثلاثاء.</seg></tuv></tu>"
        + "<tu><tuv xml:lang=\"en\"><seg>Only one side.</seg></tuv></tu>"));
    TmxReader.Read read = TmxReader.read(f, "tmx memory.tmx");
    assertEquals(1, read.units().size());
    TmUnit u = read.units().get(0);
    assertEquals(Map.of("en", "Workers walked out on Tuesday.", "ar", "أضرب العمال يوم الثلاثاء."), u.texts());
    assertEquals(Map.of("en", 2, "ar", 1), u.codes());
    assertEquals("tmx memory.tmx#7 by nadia", u.origin());
    assertEquals(1, read.skipped().size());
    assertTrue(read.skipped().get(0).contains("only [en]"), read.skipped().get(0));
  }

  @Test
  void anUnknownLanguageNamesTheFileAndTheUnit() throws Exception {
    Path f = write("bad-lang.tmx", tmx("<tu tuid=\"a1\"><tuv xml:lang=\"en\"><seg>Hello</seg></tuv>"
        + "<tuv xml:lang=\"qqz-!!\"><seg>?</seg></tuv></tu>"));
    var e = assertThrows(IllegalArgumentException.class, () -> TmxReader.read(f, "k"));
    assertTrue(e.getMessage().contains("bad-lang.tmx") && e.getMessage().contains("tu a1")
        && e.getMessage().contains("qqz-!!"), e.getMessage());
  }

  @Test
  void entitiesExternalOrExpandingAreRefused() throws Exception {
    Path xxe = write("xxe.tmx", "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
        + "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>&secret;</seg></tuv><tuv xml:lang=\"es\"><seg>x</seg></tuv></tu></body></tmx>");
    var e = assertThrows(IllegalArgumentException.class, () -> TmxReader.read(xxe, "k"));
    assertTrue(e.getMessage().contains("xxe.tmx") && e.getMessage().contains("entities"), e.getMessage());
    StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY lol \"lol\">");
    for (int i = 1; i < 10; i++) {
      lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    lol.append("]><tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>&lol9;</seg></tuv></tu></body></tmx>");
    Path laughs = write("laughs.tmx", lol.toString());
    assertThrows(IllegalArgumentException.class, () -> TmxReader.read(laughs, "k"));
  }

  @Test
  void aTruncatedFileOrATwiceUsedTuidIsRefused() throws Exception {
    String whole = tmx("<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>One.</seg></tuv><tuv xml:lang=\"es\"><seg>Uno.</seg></tuv></tu>");
    Path cut = write("cut.tmx", whole.substring(0, whole.length() - 30));
    var e = assertThrows(IllegalArgumentException.class, () -> TmxReader.read(cut, "k"));
    assertTrue(e.getMessage().contains("cut.tmx") && e.getMessage().contains("not well-formed"), e.getMessage());
    Path twice = write("twice.tmx", tmx(("<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>One.</seg></tuv>"
        + "<tuv xml:lang=\"es\"><seg>Uno.</seg></tuv></tu>").repeat(2)));
    e = assertThrows(IllegalArgumentException.class, () -> TmxReader.read(twice, "k"));
    assertTrue(e.getMessage().contains("tu 1 appears twice"), e.getMessage());
  }
}
