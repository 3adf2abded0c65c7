package org.dragoman.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The running headers and footers and page numbers of a paged document: a line at the top or
 * bottom of a page (by position, not by the order of its content) that recurs on most pages with
 * its digits as wildcards ("Page 3 of 5", "12/1/26, 3:36 PM Title"), or a page number alone in
 * any digits and form ("5/5", "- 5 -", "صفحة ٥").
 */
final class PageFurniture {

  private PageFurniture() {}

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?iu)(?:page|p\\.|seite|página|صفحة|صفحہ|صفحه)?\\s*[-–—]?\\s*\\p{Nd}{1,4}\\s*[-–—]?"
          + "(?:\\s*(?:/|of|de|von|من|از)\\s*\\p{Nd}{1,4})?");

  private static final Pattern PRINTER_DATE = Pattern.compile(
      "\\p{Nd}{1,2}/\\p{Nd}{1,2}/\\p{Nd}{2,4},\\s*\\p{Nd}{1,2}:\\p{Nd}{2}");

  /** A page number in any digits and the usual forms, a printer's date and time, a file address. */
  static boolean isFurnitureLine(String line) {
    return PAGE_NUMBER.matcher(line).matches() || PRINTER_DATE.matcher(line).find()
        || line.contains("file://");
  }

  /** Lines at most this far from a page's top or bottom edge of text may be furniture. */
  static final int EDGE_LINES = 3;

  /**
   * The pages without their furniture: lines among the {@value #EDGE_LINES} highest or lowest of
   * a page that recur (digits aside) on at least half the pages, and page numbers alone.
   */
  static List<List<PdfReader.Line>> without(List<List<PdfReader.Line>> pages) {
    return without(pages, new ArrayList<>());
  }

  /** As {@link #without(List)}, adding each distinct line left out to {@code removed}. */
  static List<List<PdfReader.Line>> without(List<List<PdfReader.Line>> pages, List<String> removed) {
    Map<String, Integer> edgeCounts = new HashMap<>();
    List<Set<PdfReader.Line>> edges = new ArrayList<>();
    for (List<PdfReader.Line> p : pages) {
      Set<PdfReader.Line> e = edgeLines(p);
      edges.add(e);
      Set<String> keys = new HashSet<>();
      for (PdfReader.Line l : e) {
        keys.add(key(l.text()));
      }
      keys.forEach(k -> edgeCounts.merge(k, 1, Integer::sum));
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    List<List<PdfReader.Line>> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      List<PdfReader.Line> kept = new ArrayList<>();
      for (PdfReader.Line l : pages.get(i)) {
        boolean edge = edges.get(i).contains(l);
        boolean furniture = edge && (pages.size() >= 2 && edgeCounts.get(key(l.text())) >= needed
            || isFurnitureLine(l.text()));
        if (!furniture) {
          kept.add(l);
        } else if (!removed.contains(l.text())) {
          removed.add(l.text());
        }
      }
      out.add(kept);
    }
    return out;
  }

  /** Furniture stands in this share of a page's text height from its top or bottom, at most. */
  static final float EDGE_BAND = 0.15f;

  /**
   * The highest and lowest lines of a page, by position (not by the order of its content), among
   * the {@value #EDGE_LINES} at each end and within the page's edge bands.
   */
  private static Set<PdfReader.Line> edgeLines(List<PdfReader.Line> page) {
    PdfReader.Line[] byTop = page.toArray(new PdfReader.Line[0]);
    Arrays.sort(byTop, (a, b) -> Float.compare(a.top(), b.top()));
    Set<PdfReader.Line> out = new HashSet<>();
    if (byTop.length == 0) {
      return out;
    }
    float first = byTop[0].top();
    float last = byTop[byTop.length - 1].bottom();
    float band = (last - first) * EDGE_BAND;
    for (int k = 0; k < Math.min(EDGE_LINES, byTop.length); k++) {
      if (byTop[k].bottom() <= first + band) {
        out.add(byTop[k]);
      }
      PdfReader.Line low = byTop[byTop.length - 1 - k];
      if (low.top() >= last - band) {
        out.add(low);
      }
    }
    return out;
  }

  /** A line with each run of digits (any script) as {@code #}: page numbers and dates aside. */
  static String key(String line) {
    return line.strip().replaceAll("\\p{Nd}+", "#").replaceAll("\\s+", " ");
  }
}
