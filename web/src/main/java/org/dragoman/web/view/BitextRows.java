package org.dragoman.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dragoman.align.Bitext;
import org.dragoman.model.SentenceLink;

/**
 * A bitext as table rows, a sentence a row, a link of several sentences on one side spanning
 * rows on the other: the part the editors' bitext page and the published bilingual page share.
 *
 * @param rows the rows
 * @param low how many links are of low confidence
 */
public record BitextRows(List<BitextPage.Row> rows, int low) {
  /** Links below this confidence are marked for an editor to check. */
  public static final double LOW_CONFIDENCE = 0.5;

  /** The rows of {@code b}. */
  public static BitextRows of(Bitext b) {
    List<String> left = Bitext.sentences(b.source());
    List<String> right = Bitext.sentences(b.target());
    List<BitextPage.Row> rows = new ArrayList<>();
    int low = 0;
    for (SentenceLink l : b.links()) {
      boolean weak = l.confidence() < LOW_CONFIDENCE;
      low += weak ? 1 : 0;
      int n = Math.max(1, Math.max(l.source().size(), l.target().size()));
      String conf = String.format(Locale.ROOT, "%.2f", l.confidence());
      List<List<BitextPage.Cell>> cells = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        cells.add(new ArrayList<>());
      }
      place(cells, "source", l.source(), left, n, conf, l.shape(), weak);
      place(cells, "target", l.target(), right, n, conf, l.shape(), weak);
      for (int r = 0; r < n; r++) {
        rows.add(new BitextPage.Row(List.copyOf(cells.get(r)), r == 0));
      }
    }
    return new BitextRows(List.copyOf(rows), low);
  }

  /** One side of a link over {@code n} rows: a sentence a row, the last one spanning the rest. */
  private static void place(List<List<BitextPage.Cell>> rows, String side, List<Integer> ids,
      List<String> sentences, int n, String conf, String shape, boolean weak) {
    if (ids.isEmpty()) {
      rows.get(0).add(new BitextPage.Cell(side, "", n, conf, shape, weak));
      return;
    }
    for (int k = 0; k < ids.size(); k++) {
      int i = ids.get(k);
      String text = i >= 0 && i < sentences.size() ? sentences.get(i) : "";
      int span = k == ids.size() - 1 ? n - k : 1;
      rows.get(k).add(new BitextPage.Cell(side, text, span, conf, shape, weak));
    }
  }
}
