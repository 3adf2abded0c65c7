package org.dragoman.translate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dragoman.language.LanguageTags;

/**
 * Reads a TMX 1.4b file (1.1 to 1.4 read alike) into translation units, each with its origin:
 * the file, the unit's {@code tuid} (or its place), and who made it ({@code creationid} or
 * {@code changeid}) when the file says. Inline codes ({@code <bpt>}, {@code <ept>}, {@code <it>},
 * {@code <ph>}, {@code <ut>}) are counted and their native code left out of the text;
 * {@code <hi>} keeps its text.
 *
 * <p>The whole file is read before anything is stored: a file that is not well-formed, declares
 * entities, has a {@code <tuv>} in a language ICU does not know, or the same {@code tuid} twice is
 * refused, naming the file and the unit.
 */
public final class TmxReader {
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private TmxReader() {}

  /** What was read: the units, and those left out (fewer than two languages) with why. */
  public record Read(List<TmUnit> units, List<String> skipped) {}

  /** Reads {@code file}; every unit's key is {@code key}. */
  public static Read read(Path file, String key) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader x = SafeXml.open(in, file);
      try {
        return read(x, file, key);
      } finally {
        x.close();
      }
    } catch (XMLStreamException e) {
      throw SafeXml.broken(file, e);
    }
  }

  private static Read read(XMLStreamReader x, Path file, String key) throws XMLStreamException {
    List<TmUnit> units = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<String> tuids = new HashSet<>();
    boolean root = false;
    int count = 0;
    while (x.hasNext()) {
      int e = SafeXml.next(x, file);
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (!root) {
        if (!x.getLocalName().equals("tmx")) {
          throw new IllegalArgumentException(file + " is not a TMX file (its root is <"
              + x.getLocalName() + ">)");
        }
        root = true;
        continue;
      }
      if (!x.getLocalName().equals("tu")) {
        continue;
      }
      count++;
      int line = x.getLocation().getLineNumber();
      String tuid = x.getAttributeValue(null, "tuid");
      String who = first(x.getAttributeValue(null, "changeid"), x.getAttributeValue(null, "creationid"));
      String name = tuid != null ? "tu " + tuid : "tu #" + count;
      if (tuid != null && !tuids.add(tuid)) {
        throw new IllegalArgumentException(file + ": " + name + " appears twice (line " + line + ")");
      }
      Map<String, String> texts = new LinkedHashMap<>();
      Map<String, Integer> codes = new HashMap<>();
      tu(x, file, name, texts, codes);
      if (texts.size() < 2) {
        skipped.add(name + " (line " + line + "): " + (texts.isEmpty() ? "no text" : "only " + texts.keySet()));
        continue;
      }
      String origin = "tmx " + file.getFileName() + "#" + (tuid != null ? tuid : String.valueOf(count))
          + (who == null ? "" : " by " + who);
      units.add(new TmUnit(key + "#" + (tuid != null ? tuid : "n" + count), key, origin, texts, codes));
    }
    if (!root) {
      throw new IllegalArgumentException(file + " is empty");
    }
    return new Read(units, skipped);
  }

  private static void tu(XMLStreamReader x, Path file, String name, Map<String, String> texts,
      Map<String, Integer> codes) throws XMLStreamException {
    String lang = null;
    while (true) {
      int e = SafeXml.next(x, file);
      if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("tu")) {
        return;
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (x.getLocalName().equals("tuv")) {
        String raw = first(x.getAttributeValue(XML_NS, "lang"), x.getAttributeValue(null, "lang"));
        if (raw == null || !LanguageTags.isLanguage(raw)) {
          throw new IllegalArgumentException(file + ": " + name + " (line "
              + x.getLocation().getLineNumber() + ") has a <tuv> in " + (raw == null
              ? "no language (xml:lang is missing)" : "'" + raw + "', which is not a language ICU knows"));
        }
        lang = LanguageTags.canonical(raw);
      } else if (x.getLocalName().equals("seg") && lang != null) {
        int[] n = {0};
        String text = seg(x, file, n).strip();
        if (!text.isEmpty()) {
          texts.merge(lang, text, (a, b) -> a);
          if (n[0] > 0) {
            codes.put(lang, n[0]);
          }
        }
      }
    }
  }

  /** The text of a {@code <seg>}, inline codes counted in {@code codes}. */
  private static String seg(XMLStreamReader x, Path file, int[] codes) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    int depth = 1;
    int inCode = 0;
    while (depth > 0) {
      int e = SafeXml.next(x, file);
      switch (e) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (inCode == 0) {
            out.append(x.getText());
          }
        }
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          switch (x.getLocalName()) {
            case "bpt", "ept", "it", "ph", "ut" -> {
              codes[0]++;
              inCode++;
            }
            case "hi" -> codes[0]++;
            default -> { }
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          switch (x.getLocalName()) {
            case "bpt", "ept", "it", "ph", "ut" -> inCode--;
            default -> { }
          }
        }
        default -> { }
      }
    }
    return out.toString().replaceAll("\\s+", " ");
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
  }
}
