package org.dragoman.translate;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dragoman.io.SafeText;

/**
 * Writes a {@link Draft} as an XLIFF 2.1 document: one {@code <file>} for the article, one
 * {@code <group>} per paragraph, one {@code <unit>} per sentence. Where each target came from is
 * in the Metadata module ({@code mda:meta} of types {@code origin} — {@code tm}, {@code mt} or
 * empty —, {@code score}, {@code match}, {@code engine}, and {@code draft}, the target as drafted,
 * which {@link XliffReader} compares with the translator's final text); the names and dates of a
 * sentence are its {@code <notes>}. The article's id and content hash are the file's metadata.
 *
 * <p>Every text is escaped by the XML writer; characters XML 1.0 cannot carry are replaced ({@link SafeText#xml}).
 */
public final class XliffWriter {
  static final String XLIFF = "urn:oasis:names:tc:xliff:document:2.0";
  static final String MDA = "urn:oasis:names:tc:xliff:metadata:2.0";

  private XliffWriter() {}

  /** Writes {@code draft} to {@code out} as UTF-8. */
  public static void write(Draft draft, OutputStream out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      nl(x, 0);
      x.setDefaultNamespace(XLIFF);
      x.setPrefix("mda", MDA);
      x.writeStartElement(XLIFF, "xliff");
      x.writeDefaultNamespace(XLIFF);
      x.writeNamespace("mda", MDA);
      x.writeAttribute("version", "2.1");
      x.writeAttribute("srcLang", draft.from());
      x.writeAttribute("trgLang", draft.to());
      nl(x, 1);
      x.writeStartElement(XLIFF, "file");
      x.writeAttribute("id", "f1");
      x.writeAttribute("original", "dragoman:" + draft.article());
      meta(x, 2, "dragoman", new String[][] {
          {"article", draft.article()}, {"sourceHash", draft.sourceHash()}});
      int paragraph = -1;
      for (Draft.Unit u : draft.units()) {
        if (u.paragraph() != paragraph) {
          if (paragraph != -1) {
            nl(x, 2);
            x.writeEndElement();
          }
          paragraph = u.paragraph();
          nl(x, 2);
          x.writeStartElement(XLIFF, "group");
          x.writeAttribute("id", paragraph == 0 ? "title" : "p" + paragraph);
        }
        unit(x, u);
      }
      if (paragraph != -1) {
        nl(x, 2);
        x.writeEndElement();
      }
      nl(x, 1);
      x.writeEndElement();
      nl(x, 0);
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot write the XLIFF file: " + e.getMessage(), e);
    }
  }

  private static void unit(XMLStreamWriter x, Draft.Unit u) throws XMLStreamException {
    nl(x, 3);
    x.writeStartElement(XLIFF, "unit");
    x.writeAttribute("id", u.id());
    String origin = u.origin() == Draft.Origin.none ? "" : u.origin().name();
    String[][] meta = switch (u.origin()) {
      case tm -> new String[][] {{"origin", origin}, {"score", String.valueOf(u.score())},
          {"match", u.detail()}, {"draft", u.target()}};
      case mt -> new String[][] {{"origin", origin}, {"engine", u.detail()}, {"draft", u.target()}};
      case none -> u.failure() == null ? new String[][] {{"origin", ""}}
          : new String[][] {{"origin", ""}, {"failure", u.failure()}};
    };
    meta(x, 4, "draft", meta);
    if (!u.notes().isEmpty()) {
      nl(x, 4);
      x.writeStartElement(XLIFF, "notes");
      for (String n : u.notes()) {
        nl(x, 5);
        x.writeStartElement(XLIFF, "note");
        x.writeAttribute("category", n.substring(0, n.indexOf(':')));
        x.writeCharacters(clean(n.substring(n.indexOf(':') + 1).strip()));
        x.writeEndElement();
      }
      nl(x, 4);
      x.writeEndElement();
    }
    nl(x, 4);
    x.writeStartElement(XLIFF, "segment");
    boolean exact = u.origin() == Draft.Origin.tm && u.score() != null && u.score() == 100;
    x.writeAttribute("state", u.target() == null ? "initial" : exact ? "translated" : "initial");
    nl(x, 5);
    x.writeStartElement(XLIFF, "source");
    x.writeCharacters(clean(u.source()));
    x.writeEndElement();
    if (u.target() != null) {
      nl(x, 5);
      x.writeStartElement(XLIFF, "target");
      x.writeCharacters(clean(u.target()));
      x.writeEndElement();
    }
    nl(x, 4);
    x.writeEndElement();
    nl(x, 3);
    x.writeEndElement();
  }

  private static void meta(XMLStreamWriter x, int depth, String category, String[][] entries)
      throws XMLStreamException {
    nl(x, depth);
    x.writeStartElement(MDA, "metadata");
    nl(x, depth + 1);
    x.writeStartElement(MDA, "metaGroup");
    x.writeAttribute("category", category);
    for (String[] e : entries) {
      nl(x, depth + 2);
      x.writeStartElement(MDA, "meta");
      x.writeAttribute("type", e[0]);
      x.writeCharacters(clean(e[1] == null ? "" : e[1]));
      x.writeEndElement();
    }
    nl(x, depth + 1);
    x.writeEndElement();
    nl(x, depth);
    x.writeEndElement();
  }

  private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }

  private static String clean(String s) {
    return SafeText.xml(s);
  }
}
