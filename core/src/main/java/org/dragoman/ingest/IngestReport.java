package org.dragoman.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What one ingest run did: how many articles it added, updated or found unchanged, which
 * inputs failed and why, and which files inside folders it passed over as not articles.
 *
 * @param added articles new to the archive
 * @param updated articles whose source changed since it was last read
 * @param unchanged articles whose source had not changed
 * @param failed inputs that could not be ingested
 * @param skipped files found inside folders that are not in a format Dragoman reads
 * @param articles every article added, updated or unchanged, in input order
 * @param failures every failure, in input order
 * @param skippedFiles every file passed over, with the reason, in input order
 * @param stopped why the run stopped before the end (the archive keeps what was committed),
 *     or {@code null} when it went through
 */
public record IngestReport(
    int added,
    int updated,
    int unchanged,
    int failed,
    int skipped,
    List<Entry> articles,
    List<Failure> failures,
    List<Failure> skippedFiles,
    String stopped) {

  public IngestReport {
    articles = List.copyOf(articles);
    failures = List.copyOf(failures);
    skippedFiles = List.copyOf(skippedFiles);
  }

  /** What happened to one input. */
  public enum Status {
    ADDED,
    UPDATED,
    UNCHANGED,
    FAILED,
    SKIPPED
  }

  /**
   * One article of the run.
   *
   * @param id the article id
   * @param source where it was read from
   * @param language its BCP 47 language tag
   * @param title its title, or {@code null}
   * @param published its publication date, or {@code null}
   * @param status ADDED, UPDATED or UNCHANGED
   */
  public record Entry(
      String id, String source, String language, String title, LocalDate published,
      Status status) {}
}
