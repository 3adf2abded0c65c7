package org.dragoman.entity;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dragoman.model.Mention;

/** One provisional id's mentions: labels per language with counts, articles and mentions. */
final class LedgerNode {
  String key; // TYPE|provisional id
  Mention.Type type;
  String entity;
  Map<String, Map<String, Integer>> labels = new TreeMap<>();
  int mentions;
  int articles;

  /** Whether some language writes this node {@code label} (what {@link #allLabels} holds). */
  boolean hasLabel(String label) {
    for (Map<String, Integer> byLabel : labels.values()) {
      if (byLabel.getOrDefault(label, 0) > 0) {
        return true;
      }
    }
    return false;
  }

  Set<String> allLabels() {
    Set<String> out = new LinkedHashSet<>();
    labels.values().forEach(m -> m.forEach((l, c) -> {
      if (c > 0) {
        out.add(l);
      }
    }));
    return out;
  }
}
