package org.dragoman.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.dragoman.language.LanguagePacks;

/**
 * A backend an archive's articles can live on besides the embedded index, found through {@link
 * ServiceLoader} by its {@link #name()} (the {@code dragoman-opensearch} module provides {@code
 * opensearch}).
 */
public interface IndexBackend {

  /** The backend's stable name, as archives record it and {@code --backend} takes it. */
  String name();

  /**
   * Opens the store of the archive at {@code root} on this backend.
   *
   * @param settings the backend's settings, as the archive records them
   * @throws IllegalArgumentException when a setting is missing or wrong, naming it
   */
  ArchiveStore open(Path root, BackendSettings settings, boolean writable, LanguagePacks packs)
      throws IOException;

  /** {@code settings} with the defaults of those it leaves out, as a new archive records them. */
  default BackendSettings complete(BackendSettings settings) {
    return settings;
  }

  /**
   * The backend named {@code name}.
   *
   * @throws IllegalArgumentException when none of that name is installed, listing those that are
   */
  static IndexBackend named(String name) {
    TreeSet<String> known = new TreeSet<>();
    known.add(BackendSettings.EMBEDDED);
    for (IndexBackend b : ServiceLoader.load(IndexBackend.class)) {
      if (b.name().equals(name)) {
        return b;
      }
      known.add(b.name());
    }
    throw new IllegalArgumentException("No index backend '" + name + "'; installed: "
        + String.join(", ", known)
        + (name.equals("opensearch") ? " (opensearch comes with the dragoman-opensearch module)" : ""));
  }
}
