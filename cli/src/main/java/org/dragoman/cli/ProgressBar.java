package org.dragoman.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dragoman.ingest.IngestListener;
import org.dragoman.ingest.IngestReport;

/**
 * A one-line progress bar on a terminal: files, megabytes, articles per second and the time
 * left. Redrawn at most ten times a second; cleared at the end.
 */
final class ProgressBar implements IngestListener {
  private final PrintWriter err;
  private int files;
  private long bytes;
  private int doneFiles;
  private long doneBytes;
  private long start;
  private long lastDraw;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(int totalFiles, long totalBytes) {
    files = totalFiles;
    bytes = totalBytes;
    start = System.nanoTime();
  }

  @Override
  public void finished(String source, long size, IngestReport.Status status) {
    doneFiles++;
    doneBytes += size;
    long now = System.nanoTime();
    if (now - lastDraw < 100_000_000L && doneFiles < files) {
      return;
    }
    lastDraw = now;
    double secs = Math.max(1e-3, (now - start) / 1e9);
    double rate = doneFiles / secs;
    double left = doneBytes == 0 ? 0 : secs * (bytes - doneBytes) / doneBytes;
    int width = 30;
    int filled = files == 0 ? width : (int) (width * (double) doneFiles / files);
    err.printf(Locale.ROOT, "\r[%s%s] %d/%d files  %.1f/%.1f MB  %.1f articles/s  ETA %ds ",
        "#".repeat(filled), " ".repeat(width - filled), doneFiles, files, doneBytes / 1048576.0,
        bytes / 1048576.0, rate, Math.round(left));
    if (doneFiles >= files) {
      err.print("\r" + " ".repeat(100) + "\r");
    }
    err.flush();
  }
}
