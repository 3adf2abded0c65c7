package org.dragoman.web.view;

import java.util.List;

/**
 * An article beside one of its translations, sentence by sentence.
 *
 * @param source the article's side
 * @param target the translation's side
 * @param rows the table's rows; a link of several sentences on one side spans rows on the other
 * @param others the article's other translations, as links
 * @param links how many sentence links
 * @param low how many of them are of low confidence
 */
public record BitextPage(Side source, Side target, List<Row> rows, List<Link> others, int links,
    int low) {

  /**
   * One side.
   *
   * @param id the article's id
   * @param title its title
   * @param language its language
   * @param dir its direction
   * @param href its page
   */
  public record Side(String id, String title, String language, String dir, String href) {
    public Side {
      title = Reveal.controls(title);
    }
  }

  /**
   * One row: the cells that start on it.
   *
   * @param cells zero, one or two cells
   * @param first whether a new link starts on this row
   */
  public record Row(List<Cell> cells, boolean first) {}

  /**
   * One cell.
   *
   * @param side {@code source} or {@code target}
   * @param text the sentence (or nothing, for a sentence with no counterpart)
   * @param rowspan rows it spans
   * @param confidence the link's confidence, as text ("0.93")
   * @param shape the link's shape ("1-2")
   * @param low whether the link's confidence is low
   */
  public record Cell(String side, String text, int rowspan, String confidence, String shape,
      boolean low) {
    public Cell {
      text = Reveal.controls(text);
    }
  }
}
