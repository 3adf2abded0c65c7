package org.dragoman.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Measures what a ZIP container (DOCX, ODT, EPUB and the other office formats) unpacks to before
 * a parser unpacks it into memory, so that a zip bomb is refused with a reason instead of
 * exhausting the heap. The entries are inflated and counted, never kept, and counting stops at
 * the limit, so a bomb costs at most the limit's worth of inflating.
 */
final class ZipGuard {

  /** Unpacked size above which a high ratio is suspicious; ordinary documents stay below it. */
  static final long SUSPICIOUS_BYTES = 16L << 20;

  /** Ratio of unpacked to packed size that no real office document reaches in bulk. */
  static final int SUSPICIOUS_RATIO = 100;

  private ZipGuard() {}

  static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  /**
   * Throws when {@code zip} unpacks to more than {@code maxBytes} in all, or to more than {@link
   * #SUSPICIOUS_BYTES} at over {@link #SUSPICIOUS_RATIO} times its size.
   */
  static void check(byte[] zip, String kind, long maxBytes) throws SourceProblem {
    long ratioLimit = Math.max(SUSPICIOUS_BYTES, (long) zip.length * SUSPICIOUS_RATIO);
    long limit = Math.min(maxBytes, ratioLimit);
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          total += n;
          if (total > limit) {
            throw new SourceProblem(total > ratioLimit
                ? String.format(Locale.ROOT,
                    "suspected zip bomb: the %s file (%s) unpacks to more than %s, over %d times"
                        + " its size (at %s)", kind, size(zip.length), size(total),
                    SUSPICIOUS_RATIO, e.getName())
                : String.format(Locale.ROOT,
                    "the %s file unpacks to more than %s, over the limit of %s (setting %s;"
                        + " CLI option --max-file-size)", kind, size(total), size(maxBytes),
                    IngestOptions.MAX_FILE_BYTES_SETTING));
          }
        }
      }
    } catch (IOException e) {
      // a damaged container: the parser says what is wrong with it
    }
  }

  private static String size(long bytes) {
    return bytes < 1_048_576
        ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
        : String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
  }
}
