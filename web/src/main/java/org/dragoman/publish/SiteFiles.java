package org.dragoman.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.dragoman.io.AtomicFiles;

/**
 * Writes the site's files into its folder as they are made: a file is replaced (atomically) only
 * when its bytes change, so that a second run writes nothing and a run after one article changed
 * writes only the pages it shows on; at the end, files an earlier run wrote and this one has not
 * are removed. Which files Dragoman wrote is kept in {@value #MANIFEST} in the site's folder:
 * nothing else in the folder is ever touched.
 */
final class SiteFiles {
  static final String MANIFEST = ".dragoman-site";

  record Synced(List<String> written, List<String> removed, int unchanged) {}

  private final Path root;
  private final TreeSet<String> names = new TreeSet<>();
  private final List<String> written = new ArrayList<>();
  private int unchanged;

  /** What the previous run wrote, from its manifest. */
  private final java.util.Set<String> earlier = new TreeSet<>();
  /** Files in the folder at this run's names that Dragoman did not write: left as they are. */
  private final List<String> foreign = new ArrayList<>();

  SiteFiles(Path out) throws IOException {
    this.root = out.toAbsolutePath().normalize();
    Files.createDirectories(root);
    Path manifest = root.resolve(MANIFEST);
    if (Files.isRegularFile(manifest)) {
      for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          earlier.add(line);
        }
      }
    }
  }

  /** Site file {@code name} is to hold {@code bytes}: written now unless it already does. */
  void put(String name, byte[] bytes) {
    if (!names.add(name)) {
      throw new IllegalStateException("the site has " + name + " twice");
    }
    Path p = inside(root, name);
    try {
      if (Files.isRegularFile(p) && Files.size(p) == bytes.length
          && Arrays.equals(Files.readAllBytes(p), bytes)) {
        unchanged++;
        return;
      }
      if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !earlier.contains(name)) {
        foreign.add(name); // someone else's file: never replaced
        names.remove(name);
        return;
      }
      AtomicFiles.write(p, bytes);
      written.add(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes what an earlier run wrote and this one did not, and records this run's files. */
  Synced finish() throws IOException {
    List<String> removed = new ArrayList<>();
    Path manifest = root.resolve(MANIFEST);
    for (String old : earlier) {
      if (names.contains(old)) {
        continue;
      }
      Path p;
      try {
        p = inside(root, old);
      } catch (IllegalArgumentException e) {
        continue; // not a name this class wrote
      }
      if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          && Files.deleteIfExists(p)) {
        removed.add(old);
        pruneEmpty(root, p.getParent());
      }
    }
    StringBuilder m = new StringBuilder("# the files Dragoman's publish wrote here\n");
    names.forEach(k -> m.append(k).append('\n'));
    byte[] list = m.toString().getBytes(StandardCharsets.UTF_8);
    if (!Files.isRegularFile(manifest) || !Arrays.equals(Files.readAllBytes(manifest), list)) {
      AtomicFiles.write(manifest, list);
    }
    List<String> w = new ArrayList<>(written);
    w.sort(null);
    removed.sort(null);
    if (!foreign.isEmpty()) {
      throw new java.nio.file.FileAlreadyExistsException(root.toString(), null, "the folder "
          + "already has " + foreign.size() + " file(s) Dragoman did not write, left as they "
          + "were: " + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
          + (foreign.size() > 5 ? "…" : "") + "; the rest of the site is in place (" + w.size()
          + " written); move them away, or publish into an empty folder");
    }
    return new Synced(List.copyOf(w), List.copyOf(removed), unchanged);
  }

  /** The file {@code name} under {@code root}; never a path outside it. */
  static Path inside(Path root, String name) {
    Path p = root.resolve(name).normalize();
    if (!p.startsWith(root) || p.equals(root) || name.startsWith("/") || name.contains("\\")
        || name.equals(MANIFEST)) {
      throw new IllegalArgumentException("not a file of the site: " + name);
    }
    return p;
  }

  private static void pruneEmpty(Path root, Path dir) throws IOException {
    while (dir != null && !dir.equals(root) && dir.startsWith(root)) {
      try (var s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(dir);
      dir = dir.getParent();
    }
  }
}
