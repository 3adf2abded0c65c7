package org.dragoman.ingest;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.dragoman.language.LanguageIdentifier;

/**
 * The pages of a PDF that have no text layer (scans), or one of garbage, recognised with {@link
 * Tesseract} and put in place of their text. The languages: those asked ({@code --ocr-languages}), else the
 * language of the document's other pages, else one its file name carries ("report.ar.pdf"),
 * else what Tesseract's script detection sees on the first such page, the text then identified
 * and recognised again when it is another language of that script (Urdu, Persian).
 */
final class PageRecognition {

  private PageRecognition() {}

  /** Pages recognised per file at most: a longer scan is cut, with a message. */
  static final int MAX_PAGES = 500;

  /** Fewer letters than this on a page: it is a scan (or a page of pictures). */
  static final int MIN_LETTERS = 20;

  /**
   * Replaces the lines of every page without text by the recognised ones; returns how the text
   * was recognised, or null when no page needed it.
   */
  static String recognise(PDDocument doc, List<List<PdfReader.Line>> pages, String name,
      IngestOptions options) throws SourceProblem, IOException {
    List<Integer> todo = new ArrayList<>();
    StringBuilder layer = new StringBuilder();
    for (int i = 0; i < pages.size(); i++) {
      StringBuilder page = new StringBuilder();
      for (PdfReader.Line l : pages.get(i)) {
        page.append(l.text()).append('\n');
      }
      boolean scan = org.dragoman.text.TextNormalizer.letterCount(page) < MIN_LETTERS;
      boolean garbage = !scan && isGarbage(page);
      if (options.ocr() == IngestOptions.Ocr.ALWAYS || scan || garbage) {
        todo.add(i);
      }
      if (!garbage) {
        layer.append(page);
      }
    }
    if (todo.isEmpty()) {
      return null;
    }
    Set<String> installed = Tesseract.languages();
    if (installed.isEmpty()) {
      if (layer.toString().isBlank()) {
        throw new SourceProblem("its pages are images without text (a scan) and no OCR engine is"
            + " installed: install Tesseract (apt-get install tesseract-ocr tesseract-ocr-ara"
            + " tesseract-ocr-urd tesseract-ocr-fas), or ingest with --ocr never");
      }
      return null; // the pages with text are enough
    }
    if (todo.size() > MAX_PAGES) {
      throw new SourceProblem(todo.size() + " pages to recognise, more than " + MAX_PAGES
          + ", the most recognised in one file: split the scan, or ingest it with --ocr never");
    }
    String languages = options.ocrLanguages();
    if (languages != null) {
      for (String l : languages.split("\\+")) {
        if (!installed.contains(l)) {
          throw new SourceProblem("Tesseract has no '" + l + "' data here (it has "
              + String.join(", ", installed) + "): apt-get install tesseract-ocr-" + l);
        }
      }
    } else {
      languages = guess(layer.toString(), name, installed);
    }
    PDFRenderer renderer = new PDFRenderer(doc);
    double confidence = 0;
    int words = 0;
    for (int k = 0; k < todo.size(); k++) {
      int i = todo.get(k);
      BufferedImage image = renderer.renderImageWithDPI(i, Tesseract.DPI, ImageType.GRAY);
      Path png = Files.createTempFile("dragoman-page-", ".png");
      try {
        ImageIO.write(image, "png", png.toFile());
        if (languages == null) { // nothing else to go by: the page's script, then its language
          languages = fromScript(png, installed);
        }
        Tesseract.Page p = Tesseract.recognise(png, languages);
        if (k == 0 && options.ocrLanguages() == null) {
          String better = refine(p, languages, installed);
          if (!better.equals(languages)) {
            languages = better;
            p = Tesseract.recognise(png, languages);
          }
        }
        pages.set(i, p.lines());
        confidence += p.confidence() * p.words();
        words += p.words();
      } finally {
        Files.deleteIfExists(png);
      }
    }
    return String.format(Locale.ROOT, "OCR: %s, %s, %d of %d pages, confidence %.2f",
        Tesseract.version(), languages, todo.size(), pages.size(), words == 0 ? 0 : confidence / words);
  }

  /**
   * Whether a page's text layer is garbage (fonts whose glyphs map to the wrong characters): most
   * of what is not space is neither a letter nor a digit nor ordinary punctuation, or it is in
   * private-use or replacement characters.
   */
  static boolean isGarbage(CharSequence text) {
    int total = 0;
    int odd = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        continue;
      }
      total++;
      int type = Character.getType(cp);
      boolean ordinary = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
          || ".,;:!?'\"()-–—«»“”‘’/%،؛؟۔".indexOf(cp) >= 0;
      if (!ordinary || type == Character.PRIVATE_USE || cp == 0xFFFD) {
        odd++;
      }
    }
    return total >= MIN_LETTERS && odd * 2 > total;
  }

  /** Languages from the text layer of the other pages, or the file name; null when neither says. */
  private static String guess(String layer, String name, Set<String> installed) {
    if (org.dragoman.text.TextNormalizer.letterCount(layer) >= 200) {
      String l = tesseractCode(LanguageIdentifier.shared().identify(layer));
      if (l != null && installed.contains(l)) {
        return l;
      }
    }
    if (name != null) {
      for (String part : name.toLowerCase(Locale.ROOT).split("[._\\-\\s]+")) {
        if (part.length() == 2 || part.length() == 3) {
          String l = tesseractCode(part);
          if (l != null && installed.contains(l) && org.dragoman.language.LanguageTags.isLanguage(part)) {
            return l;
          }
        }
      }
    }
    return null;
  }

  /**
   * The language CLDR gives as the likeliest for the page's script ("Arabic" → ar → {@code ara},
   * "Latin" → en → {@code eng}), when Tesseract has it here; else English, else any. The text
   * recognised is then identified and read again in its own language ({@link #refine}).
   */
  private static String fromScript(Path png, Set<String> installed) throws IOException {
    String script = Tesseract.script(png);
    int code = script == null ? UScript.INVALID_CODE : UScript.getCodeFromName(script);
    if (code != UScript.INVALID_CODE) {
      ULocale likely = ULocale.addLikelySubtags(new ULocale("und_" + UScript.getShortName(code)));
      String l = tesseractCode(likely.getLanguage());
      if (l != null && installed.contains(l)) {
        return l;
      }
    }
    return installed.contains("eng") ? "eng" : installed.iterator().next();
  }

  /** The language the recognised text is in, when Tesseract has it and it is not the one used. */
  private static String refine(Tesseract.Page p, String used, Set<String> installed) {
    StringBuilder b = new StringBuilder();
    p.lines().forEach(l -> b.append(l.text()).append('\n'));
    String l = tesseractCode(LanguageIdentifier.shared().identify(b));
    return l != null && installed.contains(l) && !used.contains(l) ? l : used;
  }

  /** "ar" → "ara", "fa" → "fas", "en" → "eng" (ISO 639-2/T, as Tesseract names its data). */
  static String tesseractCode(String tag) {
    if (tag == null || tag.isEmpty() || tag.equals(LanguageIdentifier.UNDETERMINED)) {
      return null;
    }
    try {
      String three = new ULocale(tag).getISO3Language();
      return three.isEmpty() ? null : three;
    } catch (java.util.MissingResourceException e) {
      return null;
    }
  }
}
