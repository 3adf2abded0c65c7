package org.dragoman.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads PDF files as their authors wrote them, through PDFBox and the position of every line:
 *
 * <ul>
 *   <li><b>Page furniture</b> is left out: a line at the top or bottom of a page that recurs on
 *       most pages (compared with its digits as wildcards: "Page 3 of 5", "12/1/26, 3:36 PM
 *       Title") and a page number alone in any digits and form ("5/5", "- 5 -", "صفحة ٥").
 *   <li><b>Paragraphs</b> are rebuilt: the lines of a paragraph joined, a new paragraph where the
 *       space between two lines is clearly larger than the line spacing, and, across a column or
 *       page break, where the last line stopped short of the column's width after a sentence end.
 *   <li><b>Hyphenation</b> at a line end is undone when the joined word is the document's own (it
 *       occurs elsewhere, or its second half is no word of it); "well-" / "known" keeps its
 *       hyphen when both halves are words of the document.
 *   <li><b>Right-to-left lines</b> are read in logical order from the glyphs as the page draws
 *       them ({@link RightToLeft}): marks stay on their letters, Latin words and numbers in
 *       place, brackets the right way round.
 * </ul>
 *
 * <p>Stateless; a new text stripper per file.
 */
final class PdfReader {

  private PdfReader() {}

  /** One line of a page: its text in logical order and where it stands. */
  record Line(String text, float top, float bottom, float left, float right, float height,
      String cells) {
    Line(String text, float top, float bottom, float left, float right, float height) {
      this(text, top, bottom, left, right, height, null);
    }

    /** A table's row: cells apart by wide gaps on a line that does not fill the column. */
    boolean row(float columnWidth) {
      return cells != null && right - left < columnWidth * 0.95f;
    }
  }

  static Extracted read(byte[] bytes, String name, String contentType, IngestOptions options)
      throws SourceProblem {
    int maxChars = options.maxTextChars();
    TikaReader.checkPdfComplete(bytes);
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      Collector c = new Collector();
      c.setSortByPosition(false);
      c.getText(doc);
      List<List<Line>> pages = c.pages;
      String recognition = null;
      if (options.ocr() != IngestOptions.Ocr.NEVER) {
        recognition = PageRecognition.recognise(doc, pages, name, options);
      }
      long chars = pages.stream().flatMap(List::stream).mapToLong(l -> l.text().length()).sum();
      if (chars > maxChars) {
        throw new SourceProblem("the text is longer than " + maxChars
            + " characters (setting maxTextChars)");
      }
      List<String> furniture = new ArrayList<>();
      List<List<Line>> body = PageFurniture.without(pages, furniture);
      String text = paragraphs(body);
      PDDocumentInformation info = doc.getDocumentInformation();
      String title = info == null ? null : blankToNull(info.getTitle());
      if (title != null && title.matches("(?i).*\\.(html?|pdf|docx?|odt|rtf|txt|png|jpe?g|tiff?)")) {
        title = null; // the name of the file it was printed or scanned from, not a title
      }
      String author = info == null ? null : blankToNull(info.getAuthor());
      java.time.LocalDate created = info == null || info.getCreationDate() == null ? null
          : info.getCreationDate().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
      if (title == null) {
        title = heading(body);
      }
      return new Extracted(text, title, created, author, null, contentType, recognition,
          furniture);
    } catch (SourceProblem e) {
      throw e;
    } catch (InvalidPasswordException e) {
      throw new SourceProblem("the document is encrypted or password-protected", e);
    } catch (IOException | RuntimeException e) {
      throw new SourceProblem("the PDF file is damaged or truncated: " + TikaReader.rootMessage(e), e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Collects the lines of each page with their positions. */
  private static final class Collector extends PDFTextStripper {
    final List<List<Line>> pages = new ArrayList<>();
    private List<Line> page;
    private final StringBuilder text = new StringBuilder();
    private float top = Float.MAX_VALUE;
    private float bottom = -Float.MAX_VALUE;
    private float left = Float.MAX_VALUE;
    private float right = -Float.MAX_VALUE;
    private float height;

    Collector() {
      super();
    }

    @Override
    protected void startPage(PDPage p) {
      page = new ArrayList<>();
    }

    @Override
    protected void endPage(PDPage p) {
      finishLine();
      pages.add(page);
    }

    /** The glyphs of the line, as the page draws them. */
    private final List<TextPosition> glyphs = new ArrayList<>();

    @Override
    protected void writeString(String s, List<TextPosition> positions) {
      text.append(s);
      glyphs.addAll(positions);
      for (TextPosition t : positions) {
        float y = t.getYDirAdj();
        top = Math.min(top, y - t.getHeightDir());
        bottom = Math.max(bottom, y);
        left = Math.min(left, t.getXDirAdj());
        right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
        height = Math.max(height, t.getHeightDir());
      }
    }

    @Override
    protected void writeWordSeparator() {
      text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
      finishLine();
    }

    @Override
    protected void writeParagraphSeparator() {
      finishLine();
    }

    private void finishLine() {
      String t = text.toString().strip();
      boolean rtl = RightToLeft.isRightToLeft(t);
      List<List<TextPosition>> cells = cells(glyphs);
      String row = null;
      if (cells.size() >= MIN_CELLS) { // perhaps a table's row: its cells in reading order
        List<String> texts = new ArrayList<>();
        for (List<TextPosition> cell : cells) {
          // in a right-to-left row even a cell of digits reads right to left ("٢٠%")
          texts.add(rtl ? RightToLeft.logical(cell).strip() : cellText(cell).strip());
        }
        if (rtl) {
          java.util.Collections.reverse(texts);
        }
        row = String.join(" | ", texts);
      }
      if (rtl) {
        t = RightToLeft.logical(glyphs).strip();
      }
      glyphs.clear();
      if (!t.isEmpty() && page != null && bottom > -Float.MAX_VALUE) {
        page.add(new Line(t, top, bottom, left, right, height, row));
      }
      text.setLength(0);
      top = Float.MAX_VALUE;
      bottom = -Float.MAX_VALUE;
      left = Float.MAX_VALUE;
      right = -Float.MAX_VALUE;
      height = 0;
    }
  }

  /** A line of this many cells or more, apart by wide gaps, is a table's row. */
  static final int MIN_CELLS = 3;

  /** A gap this many times the text's size parts two cells of a row (a space is a quarter). */
  static final float CELL_GAP = 1.0f;

  /** The glyphs of a line in groups apart by gaps wider than a cell gap, left to right. */
  static List<List<TextPosition>> cells(List<TextPosition> glyphs) {
    List<TextPosition> sorted = new ArrayList<>();
    for (TextPosition t : glyphs) {
      if (t.getUnicode() != null && !t.getUnicode().isBlank()) {
        sorted.add(t);
      }
    }
    sorted.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
    List<List<TextPosition>> out = new ArrayList<>();
    float reach = -Float.MAX_VALUE;
    for (TextPosition t : sorted) {
      if (out.isEmpty() || t.getXDirAdj() - reach > CELL_GAP * Math.max(1f, t.getFontSizeInPt())) {
        out.add(new ArrayList<>());
      }
      out.get(out.size() - 1).add(t);
      reach = Math.max(reach, t.getXDirAdj() + t.getWidthDirAdj());
    }
    return out;
  }

  /** A left-to-right cell's text: its glyphs in order, a space where the page leaves a gap. */
  private static String cellText(List<TextPosition> cell) {
    StringBuilder b = new StringBuilder();
    float reach = -Float.MAX_VALUE;
    for (TextPosition t : cell) {
      if (b.length() > 0 && t.getXDirAdj() - reach > 0.2f * Math.max(1f, t.getFontSizeInPt())) {
        b.append(' ');
      }
      b.append(t.getUnicode());
      reach = Math.max(reach, t.getXDirAdj() + t.getWidthDirAdj());
    }
    return b.toString();
  }

  /** A heading is at least this much larger than the body's text. */
  static final float HEADING_SIZE = 1.25f;

  /**
   * The document's title when its metadata gives none: the lines in the largest text of the first
   * page, when that is a heading (clearly larger than the body) before the body starts.
   */
  static String heading(List<List<Line>> pages) {
    List<Line> first = pages.stream().filter(p -> !p.isEmpty()).findFirst().orElse(List.of());
    if (first.isEmpty()) {
      return null;
    }
    List<Line> all = new ArrayList<>();
    pages.forEach(all::addAll);
    float body = medianHeight(all);
    float largest = 0;
    for (Line l : first) {
      largest = Math.max(largest, l.height());
    }
    if (largest < body * HEADING_SIZE) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (Line l : first) {
      if (l.height() >= largest / HEADING_SIZE * 1.1f) {
        b.append(b.isEmpty() ? "" : " ").append(l.text());
      } else if (!b.isEmpty()) {
        break; // the heading's lines stand together
      }
    }
    return b.isEmpty() ? null : b.toString();
  }

  // ------------------------------------------------------------------------------ paragraphs

  /** Sentence-final punctuation, after which a short line ends its paragraph. */
  private static final String SENTENCE_END = ".!?؟۔:\"”»)'";

  /** Joins the lines into paragraphs (one a line of the result) across columns and pages. */
  static String paragraphs(List<List<Line>> pages) {
    List<Line> all = new ArrayList<>();
    pages.forEach(all::addAll);
    float pitch = medianPitch(pages);
    float size = medianHeight(all);
    float width = medianWidth(all);
    // justified text fills every line of a paragraph but its last: only a line short of the full
    // width can end one; ragged text leaves room on any line
    float full = width * (justified(all, width) ? 0.97f : 0.9f);
    Set<String> vocabulary = vocabulary(all);
    StringBuilder out = new StringBuilder();
    StringBuilder para = new StringBuilder();
    Line previous = null;
    for (List<Line> page : pages) {
      for (int i = 0; i < page.size(); i++) {
        Line l = page.get(i);
        boolean sameColumn = previous != null && i > 0 && l.top() >= previous.top();
        boolean breakBefore;
        if (previous == null) {
          breakBefore = false;
        } else if (l.row(width) || previous.row(width)) {
          breakBefore = true; // a table's rows stand a line each
        } else if (sameColumn) {
          // the spacing of lines grows with their size (a heading's two lines are one heading)
          float gap = l.bottom() - previous.bottom();
          float expected = pitch;
          breakBefore = gap > expected * 1.4f || l.height() > previous.height() * 1.25f
              || previous.height() > l.height() * 1.25f;
        } else {
          // a column or page break: the paragraph goes on unless the line before stopped
          // short after the end of a sentence
          breakBefore = endsSentence(previous.text())
              && previous.right() - previous.left() < full;
        }
        if (breakBefore && para.length() > 0) {
          out.append(para).append("\n\n"); // a blank line: never read as a hard-wrapped text
          para.setLength(0);
        }
        append(para, l.row(width) ? l.cells() : l.text(), vocabulary);
        previous = l;
      }
    }
    if (para.length() > 0) {
      out.append(para);
    }
    return out.toString();
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    return !t.isEmpty() && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** Appends a line to a paragraph: a space between, or a line-end hyphenation undone. */
  private static void append(StringBuilder para, String line, Set<String> vocabulary) {
    if (para.length() == 0) {
      para.append(line);
      return;
    }
    int n = para.length();
    char last = para.charAt(n - 1);
    if ((last == '-' || last == '\u00AD' || last == '\u2010') && n >= 2
        && Character.isLetter(para.charAt(n - 2)) && !line.isEmpty()
        && Character.isLetter(line.codePointAt(0))) {
      int start = n - 1;
      while (start > 0 && Character.isLetter(para.charAt(start - 1))) {
        start--;
      }
      String head = para.substring(start, n - 1);
      int end = 0;
      while (end < line.length() && Character.isLetter(line.charAt(end))) {
        end++;
      }
      String tail = line.substring(0, end);
      if (keepsHyphen(head, tail, vocabulary) && last != '\u00AD') {
        para.setCharAt(n - 1, '-');
      } else {
        para.setLength(n - 1);
      }
      para.append(line);
      return;
    }
    para.append(' ').append(line);
  }

  /**
   * Whether "head-" at a line end and "tail" on the next are a hyphenated compound rather than
   * one word broken: the joined word is not the document's, and both halves are.
   */
  static boolean keepsHyphen(String head, String tail, Set<String> vocabulary) {
    String joined = (head + tail).toLowerCase(java.util.Locale.ROOT);
    if (vocabulary.contains(joined)) {
      return false;
    }
    if (vocabulary.contains((head + "-" + tail).toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    return vocabulary.contains(head.toLowerCase(java.util.Locale.ROOT))
        && vocabulary.contains(tail.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The words of the document, lower case (hyphenated compounds as written too), without the
   * halves of words broken at a line end.
   */
  private static Set<String> vocabulary(List<Line> lines) {
    Set<String> out = new HashSet<>();
    boolean broken = false; // the line before ended in a hyphen
    for (Line l : lines) {
      String[] words = l.text().strip().split("\\s+");
      boolean breaks = endsInHyphen(l.text());
      for (int k = 0; k < words.length; k++) {
        if (k == 0 && broken || k == words.length - 1 && breaks) {
          continue;
        }
        for (String w : words[k].split("[^\\p{L}\\p{M}\u2010-]+")) {
          String x = w.toLowerCase(java.util.Locale.ROOT).replace('\u2010', '-');
          if (x.isEmpty()) {
            continue;
          }
          out.add(x);
          for (String part : x.split("-")) {
            out.add(part);
          }
        }
      }
      broken = breaks;
    }
    return out;
  }

  private static boolean endsInHyphen(String line) {
    String t = line.strip();
    if (t.length() < 2) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return (c == '-' || c == '\u00AD' || c == '\u2010') && Character.isLetter(t.charAt(t.length() - 2));
  }

  private static float medianPitch(List<List<Line>> pages) {
    List<Float> gaps = new ArrayList<>();
    for (List<Line> p : pages) {
      for (int i = 1; i < p.size(); i++) {
        float g = p.get(i).bottom() - p.get(i - 1).bottom();
        if (g > 0) {
          gaps.add(g);
        }
      }
    }
    if (gaps.isEmpty()) {
      return Float.MAX_VALUE;
    }
    gaps.sort(null);
    return gaps.get(gaps.size() / 2);
  }

  private static float medianHeight(List<Line> lines) {
    if (lines.isEmpty()) {
      return 1;
    }
    float[] h = new float[lines.size()];
    for (int i = 0; i < h.length; i++) {
      h[i] = lines.get(i).height();
    }
    Arrays.sort(h);
    return Math.max(0.1f, h[h.length / 2]);
  }

  /** Whether most lines fill the column's width to within 3 %: justified text. */
  private static boolean justified(List<Line> lines, float width) {
    int full = 0;
    for (Line l : lines) {
      if (l.right() - l.left() >= width * 0.97f) {
        full++;
      }
    }
    return full * 2 > lines.size();
  }

  private static float medianWidth(List<Line> lines) {
    if (lines.isEmpty()) {
      return 0;
    }
    float[] w = new float[lines.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = lines.get(i).right() - lines.get(i).left();
    }
    Arrays.sort(w);
    // the full width of a column: most lines of a paragraph fill it
    return w[(int) (w.length * 0.75)];
  }
}
