package org.dragoman.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.dragoman.model.MediaTypes;
import org.xml.sax.SAXException;

/**
 * Reads office and publishing formats through Apache Tika (PDF, DOCX, ODT, RTF, EPUB and the
 * rest of Tika's standard parsers), with the title, author and creation date Tika finds.
 */
final class TikaReader {

  private static final AutoDetectParser PARSER = new AutoDetectParser();

  private TikaReader() {}

  static Extracted read(byte[] bytes, String name, String contentType, int maxChars)
      throws SourceProblem {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      PARSER.parse(in, handler, metadata, new ParseContext());
    } catch (EncryptedDocumentException e) {
      throw new SourceProblem("the document is encrypted or password-protected", e);
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new SourceProblem("the text is longer than " + maxChars
            + " characters (setting maxTextChars)", e);
      }
      throw new SourceProblem("the " + MediaTypes.shortName(contentType).toUpperCase(java.util.Locale.ROOT) + " content is malformed: " + rootMessage(e), e);
    } catch (TikaException | IOException | RuntimeException e) {
      throw new SourceProblem("the " + MediaTypes.shortName(contentType).toUpperCase(java.util.Locale.ROOT)
          + " file is damaged or truncated: " + rootMessage(e), e);
    }
    return new Extracted(
        handler.toString(),
        metadata.get(TikaCoreProperties.TITLE),
        Dates.parseIso(metadata.get(TikaCoreProperties.CREATED)),
        metadata.get(TikaCoreProperties.CREATOR),
        null,
        contentType);
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
