package org.dragoman;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dragoman.index.ArchiveScans;
import org.dragoman.index.ArchiveStore;
import org.dragoman.index.BackendSettings;
import org.dragoman.index.Schema;
import org.dragoman.language.LanguagePacks;

/**
 * Copies an archive onto another backend (an embedded archive into a cluster): every article as
 * the source stores it (text, segments, anchors, mentions, when it was read: nothing is read or
 * recognised again), then the archive's other files (groups, editors' decisions, catalogue and
 * its edits, memory, slugs), then checks that the two hold the same counts, in all and by
 * language, format and year.
 *
 * <p>The source is only read. Running it again after an interruption completes it: an article
 * is replaced by its id, never duplicated.
 */
public final class ArchiveMigration {

  /** What was copied: the articles and their counts on both sides, which agree. */
  public record Result(int articles, Map<String, Map<String, Long>> counts, int files,
      String backend) {}

  private ArchiveMigration() {}

  /**
   * Copies the archive at {@code from} into a new archive at {@code to} on {@code backend}.
   *
   * @throws IllegalStateException when the copy's counts differ from the source's, or {@code to}
   *     is an archive on another backend
   */
  public static Result copy(Path from, Path to, BackendSettings backend) throws IOException {
    if (Files.exists(to) && Files.isSameFile(from, to)) {
      throw new IllegalArgumentException("The copy must go to another folder than " + from);
    }
    LanguagePacks packs = LanguagePacks.installed();
    List<String> dims = List.of(Schema.LANGUAGE, Schema.FORMAT, Schema.YEAR);
    try (ArchiveStore source = ArchiveStore.open(from, false, packs);
        ArchiveStore target = ArchiveStore.open(to, true, packs, backend)) {
      int n = 0;
      for (String id : source.scans().ids()) {
        ArchiveStore.Stored s = source.stored(id).orElse(null);
        if (s != null) {
          target.put(s.article(), s.pipeline(), s.anchors(), s.mentions());
          n++;
        }
      }
      target.commit();
      int files = copyFiles(from, to);
      ArchiveScans.Counts before = source.scans().counts(dims);
      ArchiveScans.Counts after = target.scans().counts(dims);
      if (before.articles() != after.articles() || !before.dimensions().equals(after.dimensions())) {
        throw new IllegalStateException("The copy at " + to + " holds " + after.articles()
            + " articles " + after.dimensions() + ", the source " + before.articles() + " "
            + before.dimensions() + (after.articles() > before.articles()
                ? ": the index held other articles before; copy into a new index (--index)"
                : ": run migrate again to complete it"));
      }
      return new Result(n, after.dimensions(), files, target.backend());
    }
  }

  /** Copies the archive's other files: all but its index and its format file. */
  private static int copyFiles(Path from, Path to) throws IOException {
    int n = 0;
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        Path rel = from.relativize(p);
        String first = rel.getName(0).toString();
        if (first.equals("index") || rel.toString().equals("dragoman-archive.properties")
            || p.getFileName().toString().endsWith(".lock")) {
          continue;
        }
        Path dest = to.resolve(rel.toString());
        Files.createDirectories(dest.getParent());
        Path tmp = dest.resolveSibling("." + dest.getFileName() + ".migrating");
        Files.copy(p, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        n++;
      }
    }
    return n;
  }
}
