package org.dragoman.translate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dragoman.language.LanguageTags;

/**
 * Reads an XLIFF 2.0 or 2.1 file back from a translator, as {@link XliffWriter} wrote it or as a
 * translation tool saved it: its languages, the article it translates, and each unit's source and
 * final target. Inline codes in a segment ({@code <pc>} around text, {@code <ph/>},
 * {@code <sc/>}/{@code <ec/>}, {@code <mrk>}) keep their text and are counted; a {@code <ph>}
 * with an {@code equiv} gives that text; {@code <cp hex>} gives its character.
 *
 * <p>Refused, with the file and the unit named: a document type declaring entities (no entity is
 * expanded, nothing external fetched), a file that is not well-formed (truncated), one that is
 * not XLIFF 2, duplicate unit ids, a target whose {@code xml:lang} is not the file's
 * {@code trgLang}.
 */
public final class XliffReader {
  private XliffReader() {}

  /**
   * A unit as read.
   *
   * @param id the unit's id
   * @param group the id of the group it is in, or null
   * @param source its source text (segments joined by a space)
   * @param target its target text, or null when it has none
   * @param codes how many inline codes its target holds
   * @param draft the target as it was drafted (metadata {@code draft}), or null
   * @param origin where the draft came from ({@code tm}, {@code mt}, or empty), or null
   */
  public record Unit(String id, String group, String source, String target, int codes,
      String draft, String origin) {}

  /**
   * A file as read.
   *
   * @param srcLang the source language
   * @param trgLang the target language
   * @param article the id of the article it translates (metadata {@code article}, or the file's
   *     {@code original} as {@code dragoman:ID}), or null
   * @param sourceHash the source's content hash when the file was made, or null
   * @param units the units, in order
   */
  public record Read(String srcLang, String trgLang, String article, String sourceHash,
      List<Unit> units) {}

  /** Reads {@code file}. */
  public static Read read(Path file) throws IOException {
    return read(Files.readAllBytes(file), file);
  }

  /** Reads the bytes of {@code file}, read before. */
  public static Read read(byte[] bytes, Path file) throws IOException {
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      XMLStreamReader x = SafeXml.open(in, file);
      try {
        return read(x, file);
      } finally {
        x.close();
      }
    } catch (XMLStreamException e) {
      throw SafeXml.broken(file, e);
    }
  }

  private static Read read(XMLStreamReader x, Path file) throws XMLStreamException {
    String srcLang = null;
    String trgLang = null;
    String article = null;
    String hash = null;
    String original = null;
    List<Unit> units = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<String> groups = new ArrayList<>();
    boolean root = false;
    while (x.hasNext()) {
      int e = SafeXml.next(x, file);
      if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("group")) {
        groups.remove(groups.size() - 1);
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = x.getLocalName();
      if (!root) {
        if (!name.equals("xliff") || !XliffWriter.XLIFF.equals(x.getNamespaceURI())) {
          throw new IllegalArgumentException(file + " is not an XLIFF 2 file (its root is <"
              + name + "> in " + x.getNamespaceURI() + ")");
        }
        String version = x.getAttributeValue(null, "version");
        if (version == null || !version.startsWith("2.")) {
          throw new IllegalArgumentException(file + " is XLIFF version " + version
              + "; Dragoman reads XLIFF 2.0 and 2.1");
        }
        srcLang = x.getAttributeValue(null, "srcLang");
        trgLang = x.getAttributeValue(null, "trgLang");
        if (srcLang == null || trgLang == null || trgLang.isBlank()) {
          throw new IllegalArgumentException(file + " has no " + (srcLang == null ? "srcLang" : "trgLang")
              + " on <xliff>: it does not say which languages it translates");
        }
        for (String l : List.of(srcLang, trgLang)) {
          if (!LanguageTags.isLanguage(l)) {
            throw new IllegalArgumentException(file + ": '" + l + "' is not a language tag");
          }
        }
        root = true;
        continue;
      }
      switch (name) {
        case "file" -> original = x.getAttributeValue(null, "original");
        case "group" -> groups.add(x.getAttributeValue(null, "id"));
        case "meta" -> {
          String type = x.getAttributeValue(null, "type");
          if ("article".equals(type)) {
            article = x.getElementText().strip();
          } else if ("sourceHash".equals(type)) {
            hash = x.getElementText().strip();
          }
        }
        case "unit" -> {
          String id = x.getAttributeValue(null, "id");
          if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(file + ": a unit at line "
                + x.getLocation().getLineNumber() + " has no id");
          }
          if (!ids.add(id)) {
            throw new IllegalArgumentException(file + ": unit " + id + " appears twice (line "
                + x.getLocation().getLineNumber() + ")");
          }
          units.add(unit(x, file, id, groups.isEmpty() ? null : groups.get(groups.size() - 1), trgLang));
        }
        default -> { }
      }
    }
    if (!root) {
      throw new IllegalArgumentException(file + " is empty");
    }
    if (article == null && original != null && original.startsWith("dragoman:")) {
      article = original.substring("dragoman:".length());
    }
    return new Read(srcLang, trgLang, article, hash, units);
  }

  /** Reads one unit, from its start tag to its end tag. */
  private static Unit unit(XMLStreamReader x, Path file, String id, String group, String trgLang)
      throws XMLStreamException {
    StringBuilder source = new StringBuilder();
    StringBuilder target = null;
    int[] codes = {0};
    String draft = null;
    String origin = null;
    while (true) {
      int e = SafeXml.next(x, file);
      if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("unit")) {
        break;
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (x.getLocalName()) {
        case "meta" -> {
          String type = x.getAttributeValue(null, "type");
          String value = x.getElementText();
          if ("draft".equals(type)) {
            draft = value;
          } else if ("origin".equals(type)) {
            origin = value.strip();
          }
        }
        case "source" -> append(source, inline(x, file, id, new int[1]));
        case "target" -> {
          String lang = x.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
          if (lang != null && !LanguageTags.canonical(lang).equals(LanguageTags.canonical(trgLang))) {
            throw new IllegalArgumentException(file + ": unit " + id + " has a target in '" + lang
                + "' but the file's trgLang is '" + trgLang + "'");
          }
          if (target == null) {
            target = new StringBuilder();
          }
          append(target, inline(x, file, id, codes));
        }
        default -> { }
      }
    }
    return new Unit(id, group, source.toString(), target == null ? null : target.toString(),
        codes[0], draft, origin);
  }

  private static void append(StringBuilder b, String text) {
    if (!b.isEmpty() && !text.isEmpty()) {
      b.append(' ');
    }
    b.append(text);
  }

  /** The text of a source or target, inline codes counted in {@code codes}. */
  private static String inline(XMLStreamReader x, Path file, String id, int[] codes)
      throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int e = SafeXml.next(x, file);
      switch (e) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE -> out.append(x.getText());
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          switch (x.getLocalName()) {
            case "pc", "sc", "ec" -> codes[0]++;
            case "ph" -> {
              codes[0]++;
              String equiv = x.getAttributeValue(null, "equiv");
              if (equiv != null) {
                out.append(equiv);
              }
            }
            case "cp" -> {
              String hex = x.getAttributeValue(null, "hex");
              try {
                int c = Integer.parseInt(hex, 16);
                if (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD || c >= 0xD800 && c <= 0xDFFF
                    || c == 0xFFFE || c == 0xFFFF || c > 0x10FFFF) {
                  throw new IllegalArgumentException("control or non-character");
                }
                out.appendCodePoint(c);
              } catch (RuntimeException bad) {
                throw new IllegalArgumentException(file + ": unit " + id + " has <cp hex=\""
                    + hex + "\">, which is no character");
              }
            }
            default -> { }
          }
        }
        case XMLStreamConstants.END_ELEMENT -> depth--;
        default -> { }
      }
    }
    return out.toString();
  }
}
