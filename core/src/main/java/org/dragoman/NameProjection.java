package org.dragoman;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dragoman.align.Bitext;
import org.dragoman.entity.Projection;
import org.dragoman.index.ArchiveStore;
import org.dragoman.model.Mention;

/** Stores the names that sentence alignment carries into translations (see {@link Projection}). */
final class NameProjection {
  private NameProjection() {}

  /**
   * Carries names across every bitext (see {@link Projection}) in both directions and stores the
   * projected mentions with their articles.
   */
  static void store(ArchiveStore store, List<Bitext> bitexts, ArchiveEntities entities)
      throws IOException {
    Map<String, List<Mention>> added = new java.util.HashMap<>();
    Map<String, ArchiveStore.Stored> stored = new java.util.HashMap<>();
    for (Bitext b : bitexts) {
      ArchiveStore.Stored s = stored.computeIfAbsent(b.source().id(), id -> storedOrNull(store, id));
      ArchiveStore.Stored t = stored.computeIfAbsent(b.target().id(), id -> storedOrNull(store, id));
      if (s == null || t == null) {
        continue;
      }
      List<Mention> toTarget = Projection.project(s.article(), s.mentions(), t.article(),
          concat(t.mentions(), added.get(t.article().id())), b.links());
      added.computeIfAbsent(t.article().id(), k -> new ArrayList<>()).addAll(toTarget);
      Bitext r = b.reversed();
      List<Mention> toSource = Projection.project(t.article(), t.mentions(), s.article(),
          concat(s.mentions(), added.get(s.article().id())), r.links());
      added.computeIfAbsent(s.article().id(), k -> new ArrayList<>()).addAll(toSource);
    }
    boolean changed = false;
    for (var e : added.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      ArchiveStore.Stored s = stored.get(e.getKey());
      List<Mention> all = new ArrayList<>(s.mentions());
      all.addAll(e.getValue());
      all.sort(java.util.Comparator.comparingInt(Mention::start));
      store.put(s.article(), s.pipeline(), s.anchors(), all);
      entities.changed(s.article().id(), s.article().language(), s.mentions(), all);
      changed = true;
    }
    if (changed) {
      store.commit();
      entities.save();
    }
  }

  private static ArchiveStore.Stored storedOrNull(ArchiveStore store, String id) {
    try {
      return store.stored(id).orElse(null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Mention> concat(List<Mention> a, List<Mention> b) {
    if (b == null || b.isEmpty()) {
      return a;
    }
    List<Mention> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
