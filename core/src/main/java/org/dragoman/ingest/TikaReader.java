package org.dragoman.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
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

  static Extracted read(byte[] bytes, String name, String contentType, IngestOptions options)
      throws SourceProblem {
    int maxChars = options.maxTextChars();
    String kind = MediaTypes.shortName(contentType).toUpperCase(Locale.ROOT);
    if (ZipGuard.isZip(bytes)) {
      ZipGuard.check(bytes, kind, options.maxFileBytes());
    }
    if (contentType.equals("application/pdf")) {
      checkPdfComplete(bytes);
    }
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
      throw new SourceProblem("the " + kind + " content is malformed: " + rootMessage(e), e);
    } catch (TikaException | IOException | RuntimeException e) {
      throw new SourceProblem("the " + kind + " file is damaged or truncated: " + rootMessage(e),
          e);
    }
    return new Extracted(
        handler.toString(),
        metadata.get(TikaCoreProperties.TITLE),
        Dates.parseIso(metadata.get(TikaCoreProperties.CREATED)),
        metadata.get(TikaCoreProperties.CREATOR),
        null,
        contentType);
  }

  /** Fails when the PDF has no end-of-file marker: it was cut off. */
  static void checkPdfComplete(byte[] bytes) throws SourceProblem {
    if (!endsWithEof(bytes)) {
      // PDFBox reads what it can of a cut file, often nothing, and would say it was empty
      throw new SourceProblem("the PDF file is truncated: it has no end-of-file marker (%%EOF),"
          + " so it was cut off while being written or copied");
    }
  }

  /** Whether a {@code %%EOF} marker is among the last kilobyte of the file, as PDF requires. */
  private static boolean endsWithEof(byte[] b) {
    byte[] eof = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int i = b.length - eof.length; i >= Math.max(0, b.length - 1024); i--) {
      if (java.util.Arrays.equals(b, i, i + eof.length, eof, 0, eof.length)) {
        return true;
      }
    }
    return false;
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
