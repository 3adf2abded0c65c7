package org.dragoman.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Editors' decisions applied to an {@link EntityLedger}: merge entities into one, give one an
 * alias (every node written so joins it), split a name off into an entity of its own (never to be
 * joined again automatically).
 */
final class LedgerEdits {
  private final EntityLedger l;

  LedgerEdits(EntityLedger ledger) {
    this.l = ledger;
  }

  /** Applies {@code edit}; see {@link EntityLedger#apply}. */
  void apply(EntityCatalogue.Edit edit) {
    switch (edit.op()) {
      case "merge" -> merge(edit.ids(), edit.into());
      case "alias" -> alias(edit.into(), edit.label());
      case "split" -> split(edit.ids().get(0), edit.label(), edit.into());
      default -> throw new IllegalArgumentException(
          "Unknown entity edit '" + edit.op() + "': use merge, alias or split");
    }
  }

  private LedgerEntry require(String id) {
    String r = l.resolve(id);
    if (r == null) {
      throw new IllegalArgumentException("No entity '" + id + "' in the catalogue");
    }
    return l.entities.get(r);
  }

  private void merge(List<String> ids, String into) {
    LedgerEntry target = require(into);
    List<LedgerEntry> sources = new ArrayList<>();
    for (String id : ids) {
      sources.add(require(id));
    }
    for (LedgerEntry e : sources) {
      if (e.type != target.type) {
        throw new IllegalArgumentException("Cannot merge " + e.type.name().toLowerCase(Locale.ROOT)
            + " '" + e.id + "' into " + target.type.name().toLowerCase(Locale.ROOT) + " '"
            + target.id + "': an entity has one type");
      }
    }
    target.fixed = true;
    for (LedgerEntry e : sources) {
      if (e != target) {
        l.moveAll(e, target);
      }
    }
  }

  private void alias(String id, String label) {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("An alias must not be empty");
    }
    EntityCatalogue.Limits.DEFAULT.checkName("The alias of " + id, label);
    LedgerEntry target = require(id);
    target.fixed = true; // an editor named it
    String alias = label.strip();
    if (!target.aliases.contains(alias)) {
      target.aliases.add(alias);
    }
    String term = NameTerms.term(target.type.name(), alias);
    // every node written this way, wherever it is, is this entity's
    for (LedgerNode n : new ArrayList<>(l.nodes.values())) {
      if (n.type == target.type && !target.id.equals(n.entity) && hasLabel(n, term)) {
        LedgerEntry from = l.entities.get(l.resolve(n.entity));
        from.nodes.remove(n.key);
        n.entity = target.id;
        target.nodes.add(n.key);
        from.dirty = true;
        if (from.nodes.isEmpty() && from.aliases.isEmpty()) {
          l.entities.remove(from.id);
          l.redirects.put(from.id, target.id);
        }
      }
    }
    l.byTerm.put(term, target.id);
    target.dirty = true;
  }

  private void split(String id, String label, String into) {
    LedgerEntry from = require(id);
    EntityCatalogue.Limits.DEFAULT.checkName("The split of " + id, label);
    if (into == null || into.isBlank() || l.resolve(into) != null) {
      throw new IllegalArgumentException("The new id of a split must be new, got '" + into + "'");
    }
    String term = NameTerms.term(from.type.name(), label);
    LedgerEntry split = new LedgerEntry();
    split.id = into;
    split.type = from.type;
    split.created = ++l.sequence;
    split.fixed = true;
    for (String k : new ArrayList<>(from.nodes)) {
      LedgerNode n = l.nodes.get(k);
      if (hasLabel(n, term)) {
        from.nodes.remove(k);
        n.entity = into;
        split.nodes.add(k);
      }
    }
    if (split.nodes.isEmpty()) {
      throw new IllegalArgumentException("Entity '" + from.id + "' has no name written '" + label
          + "' to split off");
    }
    l.entities.put(into, split);
    l.redirects.remove(into);
    l.byTerm.put(term, into);
    l.apart.add(from.id.compareTo(into) < 0 ? from.id + "|" + into : into + "|" + from.id);
    from.dirty = true;
  }

  private static boolean hasLabel(LedgerNode n, String term) {
    for (String l : n.allLabels()) {
      if (NameTerms.term(n.type.name(), l).equals(term)) {
        return true;
      }
    }
    return false;
  }
}
