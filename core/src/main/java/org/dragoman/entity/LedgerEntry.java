package org.dragoman.entity;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Mention;

/** One entity: its id, type, nodes, aliases and the article count last measured. */
final class LedgerEntry {
  String id;
  Mention.Type type;
  List<String> nodes = new ArrayList<>();
  List<String> aliases = new ArrayList<>();
  long created;
  /** Whether an editor named it (merge into a new id, split): it keeps its id in any join. */
  boolean fixed;
  /** Articles that mention it, kept up to date article by article; -1 when not known. */
  int articles = -1;
  /** Whether the count must be measured again (after a join or an edit). */
  boolean dirty = true;
}
