package org.dragoman.translate;

import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML read from files that come from outside (XLIFF back from translators, TMX from other
 * tools): no DTD is loaded, no external entity is fetched, no entity is expanded; a document
 * type that declares entities is refused, naming the file.
 */
final class SafeXml {
  private SafeXml() {}

  static XMLStreamReader open(InputStream in, Path file) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's, whatever else is on the class path
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setXMLResolver((publicId, systemId, base, ns) -> {
      throw new XMLStreamException(file + " refers to an external resource (" + systemId
          + "): Dragoman does not fetch them");
    });
    return f.createXMLStreamReader(in, null);
  }

  /**
   * The next event, refusing a document type that declares entities and entity references
   * (which are never expanded).
   */
  static int next(XMLStreamReader x, Path file) throws XMLStreamException {
    int e = x.next();
    if (e == XMLStreamConstants.DTD && x.getText() != null && x.getText().contains("<!ENTITY")) {
      throw new IllegalArgumentException(file + " declares XML entities in its document type:"
          + " refused (Dragoman expands no entities and fetches no external ones)");
    }
    if (e == XMLStreamConstants.ENTITY_REFERENCE) {
      throw new IllegalArgumentException(file + " uses the undeclared entity &" + x.getLocalName()
          + "; at line " + x.getLocation().getLineNumber() + ": refused");
    }
    return e;
  }

  /** A message for a file that is not well-formed XML (such as a truncated one). */
  static IllegalArgumentException broken(Path file, XMLStreamException e) {
    Location at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
    String why = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
    return new IllegalArgumentException(file + " is not well-formed XML" + where
        + " (a truncated or damaged file?): " + why.strip(), e);
  }
}
