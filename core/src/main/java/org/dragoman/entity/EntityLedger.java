package org.dragoman.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.dragoman.model.Mention;
import org.dragoman.text.Scripts;

/**
 * The writable state behind an {@link EntityCatalogue}: every name the archive's articles
 * mention, grouped into entities that keep their ids.
 *
 * <p>Each name mention carries a provisional id from {@link MentionFinder} ("person:amar-fayaz");
 * mentions with one provisional id form a <em>node</em>. A new node joins the entity that already
 * has its written form (one written form is one entity), or else the entity whose name in
 * another script matches it clearly ({@link NameMatcher}: "عمار فياز" joins "Amar Fayaz"), or
 * else starts an entity of its own with its provisional id. A name seen again in a new form can
 * join two entities into one: the one mentioned by more articles keeps its id, the other's id
 * becomes a redirect to it, so that ids once given keep resolving. Editors' {@link
 * EntityCatalogue.Edit}s act on the same state.
 *
 * <p>Articles are added and removed one at a time ({@link #add}, {@link #remove}), so keeping the
 * catalogue costs what changed, not what the archive holds. Not thread-safe: one writer owns it.
 */
public final class EntityLedger {

  final Map<String, LedgerNode> nodes = new LinkedHashMap<>();
  final Map<String, LedgerEntry> entities = new LinkedHashMap<>();
  final Map<String, String> redirects = new TreeMap<>();
  /** Pairs of ids an editor split apart ("a|b", sorted): never joined again automatically. */
  final Set<String> apart = new HashSet<>();
  long sequence;

  // derived, rebuilt on load
  final Map<String, String> byTerm = new HashMap<>();
  private final Map<String, Set<String>> byKey = new HashMap<>();

  /** An empty ledger. */
  public EntityLedger() {}

  // ------------------------------------------------------------------ articles

  /** Adds the name mentions of one article. */
  public void add(String article, String language, List<Mention> mentions) {
    Set<LedgerNode> touched = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (!m.type().isEntity() || m.entity() == null) {
        continue;
      }
      String label = m.text().strip();
      if (label.isEmpty()) {
        continue;
      }
      String key = m.type() + "|" + m.entity();
      LedgerNode n = nodes.get(key);
      boolean fresh = n == null;
      if (fresh) {
        n = new LedgerNode();
        n.key = key;
        n.type = m.type();
        nodes.put(key, n);
      }
      Map<String, Integer> byLabel = n.labels.computeIfAbsent(language, k -> new TreeMap<>());
      boolean newLabel = byLabel.getOrDefault(label, 0) == 0 && !n.hasLabel(label);
      byLabel.merge(label, 1, Integer::sum);
      n.mentions++;
      touched.add(n);
      if (fresh) {
        place(n, m.entity(), label);
      } else if (newLabel) {
        meet(n, label);
      }
    }
    Set<LedgerEntry> named = new LinkedHashSet<>();
    for (LedgerNode n : touched) {
      n.articles++;
      named.add(entities.get(resolve(n.entity)));
    }
    for (LedgerEntry e : named) {
      if (e != null && e.articles >= 0) {
        e.articles++;
      }
    }
  }

  /** Removes the name mentions of one article, as {@link #add} added them. */
  public void remove(String article, String language, List<Mention> mentions) {
    Set<LedgerNode> touched = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (!m.type().isEntity() || m.entity() == null) {
        continue;
      }
      LedgerNode n = nodes.get(m.type() + "|" + m.entity());
      if (n == null) {
        continue;
      }
      Map<String, Integer> byLabel = n.labels.get(language);
      String label = m.text().strip();
      if (byLabel != null && byLabel.getOrDefault(label, 0) > 0) {
        byLabel.merge(label, -1, Integer::sum);
        if (byLabel.get(label) == 0) {
          byLabel.remove(label);
        }
        n.mentions = Math.max(0, n.mentions - 1);
        touched.add(n);
      }
    }
    Set<LedgerEntry> named = new LinkedHashSet<>();
    for (LedgerNode n : touched) {
      n.articles = Math.max(0, n.articles - 1);
      named.add(entities.get(resolve(n.entity)));
    }
    for (LedgerEntry e : named) {
      if (e != null && e.articles > 0) {
        e.articles--;
      }
    }
  }

  /** A new node: into the entity of its written form, or its match in another script, or its own. */
  private void place(LedgerNode n, String provisional, String label) {
    String term = NameTerms.term(n.type.name(), label);
    String owner = resolve(byTerm.get(term));
    String match = null;
    if (owner == null) {
      match = crossScriptMatch(n, label);
      // the first Latin name of an entity known only in another script gives it a readable
      // id: a new entity that the other joins (its id keeps resolving)
      boolean readable = match != null && Scripts.isMostlyLatin(label)
          && !LedgerIds.hasLatinLabel(nodes, entities.get(match));
      owner = readable ? null : match;
    }
    if (owner == null) {
      LedgerEntry e = new LedgerEntry();
      e.id = unusedId(provisional);
      e.type = n.type;
      e.created = ++sequence;
      e.articles = 0;
      e.dirty = false;
      entities.put(e.id, e);
      owner = e.id;
    }
    n.entity = owner;
    entities.get(owner).nodes.add(n.key);
    index(n, label);
    if (match != null && !match.equals(owner)) {
      join(owner, match);
    }
  }

  /** A known node written a new way: the entity of that form, if another, becomes one with it. */
  private void meet(LedgerNode n, String label) {
    String term = NameTerms.term(n.type.name(), label);
    String other = resolve(byTerm.get(term));
    if (other == null) {
      other = crossScriptMatch(n, label);
    }
    if (other != null && !other.equals(n.entity) && !isApart(other, n.entity)) {
      join(n.entity, other);
    }
    index(n, label);
  }

  private void index(LedgerNode n, String label) {
    byTerm.putIfAbsent(NameTerms.term(n.type.name(), label), n.entity);
    String key = NameTerms.key(label);
    if (key.contains(" ") || key.length() >= 3) {
      byKey.computeIfAbsent(n.type + "|" + key, k -> new LinkedHashSet<>()).add(n.key);
    }
  }

  /**
   * The entity whose name in another script is clearly this label (similarity at least {@link
   * EntityCatalogue#SAME_ENTITY}, and ahead of the next entity by {@link
   * EntityCatalogue#CLEAR_MARGIN}), or null.
   */
  private String crossScriptMatch(LedgerNode n, String label) {
    String key = NameTerms.key(label);
    Set<String> same = byKey.get(n.type + "|" + key);
    if (same == null) {
      return null;
    }
    boolean latin = Scripts.isMostlyLatin(label);
    NameMatcher.Key labelKey = NameMatcher.key(label);
    Map<String, Double> byEntity = new LinkedHashMap<>();
    for (String k : same) {
      LedgerNode b = nodes.get(k);
      if (b == n || b.entity == null) {
        continue;
      }
      String owner = resolve(b.entity);
      if (owner.equals(n.entity)) {
        continue;
      }
      for (String lb : b.allLabels()) {
        if (Scripts.isMostlyLatin(lb) != latin) {
          double s = NameMatcher.similarity(labelKey, NameMatcher.key(lb));
          byEntity.merge(owner, s, Math::max);
        }
      }
    }
    String best = null;
    double bestScore = 0;
    double second = 0;
    for (var e : byEntity.entrySet()) {
      if (e.getValue() > bestScore) {
        second = bestScore;
        bestScore = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return best != null && bestScore >= EntityCatalogue.SAME_ENTITY
        && bestScore - second >= EntityCatalogue.CLEAR_MARGIN ? best : null;
  }

  /** Makes entities {@code a} and {@code b} one; the one more articles mention keeps its id. */
  private void join(String a, String b) {
    LedgerEntry ea = entities.get(resolve(a));
    LedgerEntry eb = entities.get(resolve(b));
    if (ea == null || eb == null || ea == eb) {
      return;
    }
    LedgerEntry keep = LedgerIds.keeps(nodes, ea, eb) ? ea : eb;
    moveAll(keep == ea ? eb : ea, keep);
  }

  /** Moves every node and alias of {@code from} into {@code into}; {@code from} redirects there. */
  void moveAll(LedgerEntry from, LedgerEntry into) {
    for (String k : from.nodes) {
      nodes.get(k).entity = into.id;
      into.nodes.add(k);
    }
    for (String a : from.aliases) {
      if (!into.aliases.contains(a)) {
        into.aliases.add(a);
      }
    }
    entities.remove(from.id);
    redirects.put(from.id, into.id); // lookups by term resolve through it
    if (into.articles >= 0 && from.articles >= 0) {
      into.articles += from.articles; // at most: an article may name both; measured again
    } else {
      into.articles = -1;
    }
    into.dirty = true;
  }

  private String unusedId(String provisional) {
    String id = provisional;
    for (int k = 2; entities.containsKey(id) || redirects.containsKey(id); k++) {
      id = provisional + "-" + k;
    }
    return id;
  }

  private boolean isApart(String a, String b) {
    String x = resolve(a);
    String y = resolve(b);
    return apart.contains(x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x);
  }

  /** The id {@code id} stands for now (itself, or where it was merged), or null when unknown. */
  public String resolve(String id) {
    if (id == null) {
      return null;
    }
    String current = id;
    for (int hops = 0; hops < 1000 && !entities.containsKey(current); hops++) {
      String next = redirects.get(current);
      if (next == null) {
        return null;
      }
      current = next;
    }
    return entities.containsKey(current) ? current : null;
  }

  // ------------------------------------------------------------------ editors

  /**
   * Applies an editor's decision (see {@link EntityCatalogue.Edit}).
   *
   * @throws IllegalArgumentException naming the id when an entity the edit needs does not exist,
   *     or the edit is not one of merge, alias, split
   */
  public void apply(EntityCatalogue.Edit edit) {
    new LedgerEdits(this).apply(edit);
  }

  /**
   * Gives each entity the id its names had in {@code old} (a ledger this one was rebuilt to
   * replace), where that id is free: ids once given stay through a rebuild.
   */
  public void adoptIds(EntityLedger old) {
    Map<String, String> renames = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (LedgerEntry e : entities.values()) {
      Map<String, Integer> votes = new TreeMap<>();
      for (String k : e.nodes) {
        LedgerNode before = old.nodes.get(k);
        String was = before == null ? null : old.resolve(before.entity);
        if (was != null) {
          votes.merge(was, nodes.get(k).mentions + 1, Integer::sum);
        }
      }
      // of the ids its names had, an editor's first, then a readable one ("person:kit" over
      // "person:kyt"), then the most mentioned
      for (var v : votes.entrySet()) {
        LedgerEntry was = old.entities.get(v.getKey());
        if (was != null && was.fixed) {
          v.setValue(v.getValue() + 2_000_000);
        } else if (LedgerIds.readable(nodes, v.getKey(), e)) {
          v.setValue(v.getValue() + 1_000_000);
        }
      }
      votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
          .filter(was -> !was.equals(e.id) && taken.add(was)).ifPresent(was -> renames.put(e.id, was));
    }
    renames.entrySet().removeIf(r ->
        entities.containsKey(r.getValue()) && !renames.containsKey(r.getValue())); // taken
    List<LedgerEntry> moved = new ArrayList<>();
    for (String from : renames.keySet()) {
      moved.add(entities.remove(from));
    }
    for (LedgerEntry e : moved) {
      e.id = renames.get(e.id);
      e.dirty = true;
      LedgerEntry before = old.entities.get(e.id);
      e.fixed = before != null && before.fixed;
      for (String k : e.nodes) {
        nodes.get(k).entity = e.id;
      }
      entities.put(e.id, e);
    }
    redirects.putAll(old.redirects);
    for (String id : entities.keySet()) {
      redirects.remove(id);
    }
    apart.addAll(old.apart);
    sequence = Math.max(sequence, old.sequence);
    reindex();
  }

  // ------------------------------------------------------------------ reading

  /** Rebuilds the derived lookups after the state was read back. */
  void reindex() {
    reindex(null);
  }

  /**
   * Rebuilds the derived lookups; the cross-script keys of the names are taken from {@code keys}
   * when given (as {@link #keyIndex} wrote them: computing them costs a transliteration each).
   */
  void reindex(Map<String, List<String>> keys) {
    byTerm.clear();
    byKey.clear();
    if (keys != null) {
      keys.forEach((k, v) -> byKey.put(k, new LinkedHashSet<>(v)));
    }
    for (LedgerNode n : nodes.values()) {
      for (String l : n.allLabels()) {
        if (keys == null) {
          index(n, l);
        } else {
          byTerm.putIfAbsent(NameTerms.term(n.type.name(), l), n.entity);
        }
      }
    }
    for (LedgerEntry e : entities.values()) {
      for (String a : e.aliases) {
        byTerm.put(NameTerms.term(e.type.name(), a), e.id);
      }
    }
  }

  /** The cross-script keys of the names, with the nodes that write each: for the file. */
  Map<String, Set<String>> keyIndex() {
    return byKey;
  }

  /**
   * The catalogue as readers see it. The article count of each entity changed since the last
   * snapshot is measured again with {@code articleCount} (articles whose names have any of the
   * given index terms, see {@link NameTerms#term}); the others keep theirs.
   */
  public EntityCatalogue snapshot(ToIntFunction<Collection<String>> articleCount) {
    List<EntityCatalogue.Entity> out = new ArrayList<>();
    for (LedgerEntry e : entities.values()) {
      EntityCatalogue.Entity entity = LedgerView.entity(e, nodes, articleCount, x -> LedgerIds.weight(nodes, x));
      if (entity != null) {
        out.add(entity);
      }
    }
    out.sort(Comparator.comparingInt(EntityCatalogue.Entity::articles).reversed()
        .thenComparing(Comparator.comparingInt(EntityCatalogue.Entity::mentions).reversed())
        .thenComparing(EntityCatalogue.Entity::id));
    return new EntityCatalogue(out, redirects);
  }

  /**
   * Measures again, with {@code articleCount}, the article count of each entity whose count a
   * join or an edit left uncertain; the others are kept up to date article by article.
   */
  public void recount(ToIntFunction<Collection<String>> articleCount) {
    for (LedgerEntry e : entities.values()) {
      if (e.dirty || e.articles < 0) {
        e.articles = articleCount.applyAsInt(termsOf(e));
        e.dirty = false;
      }
    }
  }

  private Set<String> termsOf(LedgerEntry e) {
    Set<String> terms = new LinkedHashSet<>();
    for (String k : e.nodes) {
      for (String l : nodes.get(k).allLabels()) {
        terms.add(NameTerms.term(e.type.name(), l));
      }
    }
    for (String a : e.aliases) {
      terms.add(NameTerms.term(e.type.name(), a));
    }
    return terms;
  }

  /** The catalogue with the article counts last measured (or each node's count, summed). */
  public EntityCatalogue snapshot() {
    return snapshot(null);
  }
}
