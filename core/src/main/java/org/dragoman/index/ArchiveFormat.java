package org.dragoman.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The format-version file of an archive directory. An archive written by a newer format than
 * this Dragoman reads is refused with a clear message instead of being misread.
 */
public final class ArchiveFormat {

  /** The format this version of Dragoman writes and reads. */
  public static final int CURRENT = 1;

  static final String FILE = "dragoman-archive.properties";

  private ArchiveFormat() {}

  /**
   * Checks that {@code dir} is an archive this version reads, or creates a new one there.
   *
   * @param create whether a missing or empty directory may become a new archive
   * @throws IllegalStateException when the directory is not an archive, or of a newer format
   */
  static BackendSettings checkOrCreate(Path dir, boolean create, BackendSettings backend)
      throws IOException {
    Path file = dir.resolve(FILE);
    if (Files.isRegularFile(file)) {
      Properties p = new Properties();
      try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(in);
      }
      int format;
      try {
        format = Integer.parseInt(p.getProperty("format", "").strip());
      } catch (NumberFormatException e) {
        throw new IllegalStateException("The archive " + dir + " has an unreadable format file "
            + file + " (format=" + p.getProperty("format") + ")", e);
      }
      if (format > CURRENT) {
        throw new IllegalStateException("The archive " + dir + " was written in format " + format
            + " by a newer Dragoman; this version reads formats up to " + CURRENT
            + ". Upgrade Dragoman to open it.");
      }
      return backendOf(p);
    }
    boolean empty = !Files.exists(dir) || isEmptyDir(dir);
    if (!empty) {
      throw new IllegalStateException(
          dir + " is not a Dragoman archive (no " + FILE + ") and is not empty; refusing to use it");
    }
    if (!create) {
      throw new NoArchiveException(dir);
    }
    Files.createDirectories(dir);
    // a temporary name of its own: two processes creating the same archive at once both write
    // the same content, and the second then meets the first's lock, with its message
    Path tmp = Files.createTempFile(dir, "." + FILE + ".", ".tmp");
    try {
      Files.writeString(tmp, "# Dragoman archive\nformat=" + CURRENT + "\n" + backendLines(backend),
          StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return backend == null ? BackendSettings.embedded() : backend;
  }

  /** The backend lines of a new archive's format file: none for the embedded index. */
  private static String backendLines(BackendSettings backend) {
    if (backend == null || backend.name().equals(BackendSettings.EMBEDDED)) {
      return "";
    }
    Properties p = new Properties();
    p.setProperty("backend", backend.name());
    backend.settings().forEach((k, v) -> p.setProperty("backend." + k, v));
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      p.store(w, null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // Properties writes a date comment first: the file stays the same for the same settings
    return w.toString().lines().filter(l -> !l.startsWith("#"))
        .sorted().map(l -> l + "\n").collect(java.util.stream.Collectors.joining());
  }

  private static BackendSettings backendOf(Properties p) {
    String name = p.getProperty("backend", BackendSettings.EMBEDDED).strip();
    java.util.Map<String, String> settings = new java.util.TreeMap<>();
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith("backend.")) {
        settings.put(k.substring("backend.".length()), p.getProperty(k).strip());
      }
    }
    return new BackendSettings(name, settings);
  }

  /** Removes a format file just written, and the folder when nothing else is in it. */
  static void forget(Path dir) {
    try {
      Files.deleteIfExists(dir.resolve(FILE));
      if (isEmptyDir(dir)) {
        Files.deleteIfExists(dir);
      }
    } catch (IOException ignored) {
      // left as it is: the next open names what it finds
    }
  }

  private static boolean isEmptyDir(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var s = Files.list(dir)) {
      // another process's format file being written does not make the folder someone else's
      return s.map(p -> p.getFileName().toString())
          .noneMatch(n -> !(n.startsWith("." + FILE + ".") && n.endsWith(".tmp")));
    }
  }
}
