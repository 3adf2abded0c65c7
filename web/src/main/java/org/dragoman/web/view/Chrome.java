package org.dragoman.web.view;

/**
 * What every page carries besides its content.
 *
 * @param title the page's title (text)
 * @param csrf the token editors' forms post back
 * @param readOnly whether editors' actions are off
 * @param notice a line saying what an action just did, or null
 * @param query the search box's text
 */
public record Chrome(String title, String csrf, boolean readOnly, String notice, String query) {
  public Chrome {
    title = Reveal.controls(title);
  }
}
