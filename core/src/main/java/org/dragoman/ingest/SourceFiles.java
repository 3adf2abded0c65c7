package org.dragoman.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands the paths a user gives into the files to read, recursively and in a stable order.
 * Hidden files and folders inside a folder are passed over; paths that cannot be walked (missing,
 * unreadable, a symbolic link loop) become failures.
 */
public final class SourceFiles {

  /**
   * The files found, and the paths that could not be walked.
   *
   * @param files regular files, each with whether the user named it explicitly
   * @param failures what could not be walked
   */
  public record Found(List<Candidate> files, List<Failure> failures) {
    public Found {
      files = List.copyOf(files);
      failures = List.copyOf(failures);
    }
  }

  /**
   * One file to read.
   *
   * @param path the file
   * @param named true when the user named it, false when it was found inside a folder
   */
  public record Candidate(Path path, boolean named) {}

  private SourceFiles() {}

  /** Expands {@code paths}; never throws for a bad path, reports it instead. */
  public static Found expand(List<Path> paths) {
    List<Candidate> files = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    for (Path given : paths) {
      if (!Files.exists(given)) {
        failures.add(new Failure(given.toString(), missingReason(given)));
      } else if (!Files.isDirectory(given)) {
        files.add(new Candidate(given, true));
      } else {
        walk(given, files, failures);
      }
    }
    return new Found(files, failures);
  }

  private static String missingReason(Path given) {
    if (Files.isSymbolicLink(given)) {
      try {
        given.toRealPath();
        return "cannot be read";
      } catch (IOException e) {
        String why = org.dragoman.io.Reasons.of(e);
        return why.startsWith("symbolic link")
            ? why
            : "symbolic link that leads nowhere readable (" + why + ")";
      }
    }
    return "no such file or folder";
  }

  private static void walk(Path root, List<Candidate> files, List<Failure> failures) {
    List<Candidate> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isRegularFile()) {
                found.add(new Candidate(file, false));
              } else if (attrs.isSymbolicLink()) {
                // The walk hands over the link itself when it cannot be followed.
                failures.add(new Failure(file.toString(), missingReason(file)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!isHidden(file)) {
                failures.add(new Failure(file.toString(), org.dragoman.io.Reasons.of(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      failures.add(new Failure(root.toString(), org.dragoman.io.Reasons.of(e)));
    }
    found.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
    files.addAll(found);
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

}
