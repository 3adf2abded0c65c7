package org.dragoman.translate;

import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dragoman.io.SafeText;

/**
 * Writes translation units as TMX 1.4b: one {@code <tu>} per pair of segments, each side a
 * {@code <tuv xml:lang="…">}, with the creation date and any properties (such as the ids of the
 * articles the sentences come from) as {@code <prop>} elements.
 *
 * <pre>{@code
 * try (TmxWriter tmx = TmxWriter.open(writer, "en")) {
 *   tmx.unit("en", "The strike continues.", "ar", "الإضراب مستمر.", Map.of("x-source", "a1"));
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one writer per output.
 */
public final class TmxWriter implements AutoCloseable {

  private static final DateTimeFormatter TMX_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final XMLStreamWriter xml;
  private final String created;

  private TmxWriter(XMLStreamWriter xml) {
    this.xml = xml;
    this.created = TMX_DATE.format(Instant.now());
  }

  /** Starts a TMX document whose source language is {@code sourceLanguage}. */
  public static TmxWriter open(Writer out, String sourceLanguage) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      TmxWriter w = new TmxWriter(xml);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
      xml.writeCharacters("\n");
      xml.writeStartElement("tmx");
      xml.writeAttribute("version", "1.4");
      xml.writeCharacters("\n");
      xml.writeEmptyElement("header");
      xml.writeAttribute("creationtool", "Dragoman");
      xml.writeAttribute("creationtoolversion", org.dragoman.BuildInfo.version());
      xml.writeAttribute("datatype", "plaintext");
      xml.writeAttribute("segtype", "sentence");
      xml.writeAttribute("adminlang", "en");
      xml.writeAttribute("srclang", SafeText.xml(sourceLanguage));
      xml.writeAttribute("o-tmf", "Dragoman");
      xml.writeAttribute("creationdate", w.created);
      xml.writeCharacters("\n");
      xml.writeStartElement("body");
      xml.writeCharacters("\n");
      return w;
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot start a TMX document", e);
    }
  }

  /** Writes one translation unit. */
  public void unit(String sourceLanguage, String source, String targetLanguage, String target,
      Map<String, String> properties) {
    try {
      xml.writeCharacters("  ");
      xml.writeStartElement("tu");
      xml.writeAttribute("creationdate", created);
      for (var p : properties.entrySet()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("prop");
        xml.writeAttribute("type", SafeText.xml(p.getKey()));
        xml.writeCharacters(SafeText.xml(p.getValue()));
        xml.writeEndElement();
      }
      for (List<String> side : List.of(List.of(sourceLanguage, source),
          List.of(targetLanguage, target))) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", SafeText.xml(side.get(0)));
        xml.writeStartElement("seg");
        xml.writeCharacters(SafeText.xml(side.get(1)));
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write a TMX unit", e);
    }
  }

  @Override
  public void close() {
    try {
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot finish the TMX document", e);
    }
  }
}
