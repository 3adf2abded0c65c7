package org.dragoman.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dragoman.io.AtomicFiles;

/**
 * Writes the site's files into its folder: a file is replaced (atomically) only when its bytes
 * change, so that a second run writes nothing and a run after one article changed writes only the
 * pages it shows on; files an earlier run wrote and this one has not are removed. Which files
 * Dragoman wrote is kept in {@value #MANIFEST} in the site's folder: nothing else in the folder
 * is ever touched.
 */
final class SiteFiles {
  static final String MANIFEST = ".dragoman-site";

  private SiteFiles() {}

  record Synced(List<String> written, List<String> removed, int unchanged) {}

  static Synced sync(Path out, Map<String, byte[]> files) throws IOException {
    Path root = out.toAbsolutePath().normalize();
    Files.createDirectories(root);
    List<String> written = new ArrayList<>();
    int unchanged = 0;
    for (var f : files.entrySet()) {
      Path p = inside(root, f.getKey());
      if (Files.isRegularFile(p) && Files.size(p) == f.getValue().length
          && Arrays.equals(Files.readAllBytes(p), f.getValue())) {
        unchanged++;
        continue;
      }
      AtomicFiles.write(p, f.getValue());
      written.add(f.getKey());
    }
    List<String> removed = new ArrayList<>();
    Path manifest = root.resolve(MANIFEST);
    if (Files.isRegularFile(manifest)) {
      for (String old : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        if (old.isBlank() || old.startsWith("#") || files.containsKey(old)) {
          continue;
        }
        Path p;
        try {
          p = inside(root, old);
        } catch (IllegalArgumentException e) {
          continue; // not a name this class wrote
        }
        if (Files.deleteIfExists(p)) {
          removed.add(old);
          pruneEmpty(root, p.getParent());
        }
      }
    }
    StringBuilder m = new StringBuilder("# the files Dragoman's publish wrote here\n");
    new TreeSet<>(files.keySet()).forEach(k -> m.append(k).append('\n'));
    byte[] list = m.toString().getBytes(StandardCharsets.UTF_8);
    if (!Files.isRegularFile(manifest) || !Arrays.equals(Files.readAllBytes(manifest), list)) {
      AtomicFiles.write(manifest, list);
    }
    return new Synced(List.copyOf(written), List.copyOf(removed), unchanged);
  }

  /** The file {@code name} under {@code root}; never a path outside it. */
  static Path inside(Path root, String name) {
    Path p = root.resolve(name).normalize();
    if (!p.startsWith(root) || p.equals(root) || name.startsWith("/") || name.contains("\\")) {
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
