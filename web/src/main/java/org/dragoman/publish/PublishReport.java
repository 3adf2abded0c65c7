package org.dragoman.publish;

import java.util.List;

/**
 * What one {@code publish} did.
 *
 * @param out the site's folder
 * @param languages the languages published
 * @param articles how many articles were published
 * @param written the files written because they were new or changed, site-relative, sorted
 * @param removed the files of an earlier run that the site no longer has, sorted
 * @param unchanged how many files were already as they should be
 * @param skipped articles left out, each with its reason
 */
public record PublishReport(java.nio.file.Path out, List<String> languages, int articles,
    List<String> written, List<String> removed, int unchanged, List<String> skipped) {
  /** Every file of the site. */
  public int files() {
    return written.size() + unchanged;
  }
}
