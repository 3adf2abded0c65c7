package org.dragoman.entity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dragoman.model.Mention;
import org.dragoman.text.Scripts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive's entities: one canonical id per person, organisation or place, with its labels
 * per language and script, the editors' aliases, and how often it is mentioned.
 *
 * <p>Built from every article's name mentions: mentions with the same provisional id or the same
 * written form are one entity, and so are names of one type written in different scripts whose
 * cross-script keys agree and whose {@link NameMatcher} similarity is high ("Amar Fayaz" and
 * "عمار فياز"). Editors' decisions — merge, alias, split, or an edited catalogue imported back —
 * are kept apart as {@link Edit}s and applied after every rebuild, so they survive re-ingestion.
 *
 * <p>Immutable; thread-safe.
 */
public final class EntityCatalogue {

  /** Names of one type whose similarity reaches this, across scripts, are one entity. */
  static final double SAME_ENTITY = 0.8;

  /** How much closer the best cross-script match must be than the next one. */
  static final double CLEAR_MARGIN = 0.03;

  /** One entity. {@code terms} are the index terms of its names (see {@link NameTerms#term}). */
  public record Entity(String id, Mention.Type type, String label, Map<String, List<String>> labels,
      List<String> aliases, int mentions, int articles, List<String> terms) {}

  /** One name mention of one article. */
  public record Occurrence(String article, String language, Mention mention) {}

  /**
   * An editor's decision: {@code merge} ({@code ids} into {@code into}), {@code alias} (the name
   * {@code label} is entity {@code into}), {@code split} (the mentions written {@code label}
   * leave entity {@code ids[0]} for a new entity {@code into}).
   */
  public record Edit(String op, List<String> ids, String into, String label) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<Entity> entities;
  private final Map<String, Entity> byId = new HashMap<>();
  private final Map<String, String> byTerm = new HashMap<>();

  private EntityCatalogue(List<Entity> entities) {
    this.entities = List.copyOf(entities);
    for (Entity e : this.entities) {
      byId.put(e.id(), e);
      for (String t : e.terms()) {
        byTerm.putIfAbsent(t, e.id());
      }
    }
  }

  /** An empty catalogue. */
  public static EntityCatalogue empty() {
    return new EntityCatalogue(List.of());
  }

  /** Entities, most mentioned first, of {@code type} (all when {@code null}), at most {@code limit}. */
  public List<Entity> list(Mention.Type type, int limit) {
    return entities.stream().filter(e -> type == null || e.type() == type).limit(Math.max(0, limit)).toList();
  }

  /** The entity with {@code id}. */
  public Optional<Entity> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The id of the entity an index name term belongs to, or {@code null}. */
  public String entityOfTerm(String term) {
    return byTerm.get(term);
  }

  /** The entity a mention belongs to, or {@code null}. */
  public String entityOf(Mention m) {
    return m.type().isEntity() ? byTerm.get(NameTerms.term(m.type().name(), m.text())) : null;
  }

  /** How many entities there are. */
  public int size() {
    return entities.size();
  }

  // ------------------------------------------------------------------ building

  private static final class Group {
    final List<Node> nodes = new ArrayList<>();
    String fixedId;
    final Set<String> aliases = new LinkedHashSet<>();
  }

  private static final class Node {
    final String id;
    final Mention.Type type;
    final Map<String, Map<String, Integer>> labels = new TreeMap<>(); // language → label → count
    final Set<String> articles = new HashSet<>();
    int mentions;
    Node parent = this;

    Node(String id, Mention.Type type) {
      this.id = id;
      this.type = type;
    }

    Node root() {
      Node n = this;
      while (n.parent != n) {
        n.parent = n.parent.parent;
        n = n.parent;
      }
      return n;
    }

    boolean hasLabel(String term) {
      for (Map<String, Integer> byLabel : labels.values()) {
        for (String l : byLabel.keySet()) {
          if (NameTerms.term(type.name(), l).equals(term)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** Builds the catalogue from name occurrences, then applies the editors' {@code edits}. */
  public static EntityCatalogue build(List<Occurrence> occurrences, List<Edit> edits) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (Occurrence o : occurrences) {
      Mention m = o.mention();
      if (!m.type().isEntity() || m.entity() == null) {
        continue;
      }
      Node n = nodes.computeIfAbsent(m.type() + "|" + m.entity(), k -> new Node(m.entity(), m.type()));
      n.labels.computeIfAbsent(o.language(), k -> new TreeMap<>()).merge(m.text().strip(), 1, Integer::sum);
      n.articles.add(o.article());
      n.mentions++;
    }
    // one written form is one entity
    Map<String, Node> byTerm = new HashMap<>();
    Map<String, List<Node>> byKey = new HashMap<>();
    for (Node n : nodes.values()) {
      for (Map<String, Integer> byLabel : n.labels.values()) {
        for (String label : byLabel.keySet()) {
          Node before = byTerm.putIfAbsent(NameTerms.term(n.type.name(), label), n);
          if (before != null) {
            union(before, n);
          }
          String key = NameTerms.key(label);
          if (key.contains(" ") || key.length() >= 3) {
            byKey.computeIfAbsent(n.type + "|" + key, k -> new ArrayList<>()).add(n);
          }
        }
      }
    }
    // the same name in two scripts: each name joins its best match in the other script, if
    // that match is clear (another name with the same key nearly as close leaves it alone)
    for (List<Node> same : byKey.values()) {
      for (Node a : same) {
        Node best = null;
        double bestScore = 0;
        double second = 0;
        for (Node b : same) {
          if (a == b) {
            continue;
          }
          double score = crossScriptSimilarity(a, b);
          if (score > bestScore) {
            second = bestScore;
            bestScore = score;
            best = b;
          } else if (score > second) {
            second = score;
          }
        }
        if (best != null && bestScore >= SAME_ENTITY && bestScore - second >= CLEAR_MARGIN) {
          union(a, best);
        }
      }
    }
    Map<Node, Group> groupsByRoot = new LinkedHashMap<>();
    for (Node n : nodes.values()) {
      groupsByRoot.computeIfAbsent(n.root(), k -> new Group()).nodes.add(n);
    }
    List<Group> groups = new ArrayList<>(groupsByRoot.values());
    for (Edit e : edits) {
      apply(groups, e);
    }
    List<Entity> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Group g : groups) {
      if (g.nodes.isEmpty() && g.aliases.isEmpty()) {
        continue;
      }
      Entity e = entity(g, used);
      if (e != null) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparingInt(Entity::articles).reversed()
        .thenComparing(Comparator.comparingInt(Entity::mentions).reversed()).thenComparing(Entity::id));
    return new EntityCatalogue(out);
  }

  private static void union(Node a, Node b) {
    Node ra = a.root();
    Node rb = b.root();
    if (ra != rb) {
      rb.parent = ra;
    }
  }

  private static double crossScriptSimilarity(Node a, Node b) {
    double best = 0;
    for (String la : allLabels(a)) {
      for (String lb : allLabels(b)) {
        if (Scripts.isMostlyLatin(la) != Scripts.isMostlyLatin(lb)) {
          best = Math.max(best, NameMatcher.similarity(NameMatcher.key(la), NameMatcher.key(lb)));
        }
      }
    }
    return best;
  }

  private static List<String> allLabels(Node n) {
    List<String> out = new ArrayList<>();
    n.labels.values().forEach(m -> out.addAll(m.keySet()));
    return out;
  }

  private static Group groupOf(List<Group> groups, String id) {
    for (Group g : groups) {
      if (id.equals(g.fixedId)) {
        return g;
      }
    }
    for (Group g : groups) {
      if (g.fixedId == null && g.nodes.stream().anyMatch(n -> n.id.equals(id))) {
        return g;
      }
    }
    return null;
  }

  private static void apply(List<Group> groups, Edit e) {
    switch (e.op()) {
      case "merge" -> {
        Group into = groupOf(groups, e.into());
        if (into == null) {
          into = new Group();
          groups.add(into);
        }
        for (String id : e.ids()) {
          Group g = groupOf(groups, id);
          if (g != null && g != into) {
            into.nodes.addAll(g.nodes);
            into.aliases.addAll(g.aliases);
            g.nodes.clear();
            g.aliases.clear();
          }
        }
        into.fixedId = e.into();
      }
      case "alias" -> {
        Group into = groupOf(groups, e.into());
        if (into == null) {
          return;
        }
        into.fixedId = into.fixedId == null ? e.into() : into.fixedId;
        into.aliases.add(e.label());
        for (Group g : groups) {
          if (g == into) {
            continue;
          }
          for (Node n : new ArrayList<>(g.nodes)) {
            if (n.type == typeOf(into) && n.hasLabel(NameTerms.term(n.type.name(), e.label()))) {
              g.nodes.remove(n);
              into.nodes.add(n);
            }
          }
        }
      }
      case "split" -> {
        Group from = e.ids().isEmpty() ? null : groupOf(groups, e.ids().get(0));
        if (from == null) {
          return;
        }
        Group split = new Group();
        split.fixedId = e.into();
        for (Node n : new ArrayList<>(from.nodes)) {
          if (n.hasLabel(NameTerms.term(n.type.name(), e.label()))) {
            from.nodes.remove(n);
            split.nodes.add(n);
          }
        }
        if (from.fixedId == null && !from.nodes.isEmpty()) {
          from.fixedId = e.ids().get(0);
        }
        groups.add(split);
      }
      default -> throw new IllegalArgumentException("Unknown entity edit '" + e.op() + "': use merge, alias or split");
    }
  }

  private static Mention.Type typeOf(Group g) {
    if (!g.nodes.isEmpty()) {
      return g.nodes.get(0).type;
    }
    String id = g.fixedId == null ? "" : g.fixedId;
    int colon = id.indexOf(':');
    try {
      return colon > 0 ? Mention.Type.valueOf(id.substring(0, colon).toUpperCase(java.util.Locale.ROOT)) : Mention.Type.PERSON;
    } catch (IllegalArgumentException e) {
      return Mention.Type.PERSON;
    }
  }

  private static Entity entity(Group g, Set<String> used) {
    Mention.Type type = typeOf(g);
    Map<String, Map<String, Integer>> labels = new TreeMap<>();
    Set<String> articles = new HashSet<>();
    int mentions = 0;
    Node best = null;
    for (Node n : g.nodes) {
      n.labels.forEach((lang, byLabel) -> byLabel.forEach((l, c) ->
          labels.computeIfAbsent(lang, k -> new TreeMap<>()).merge(l, c, Integer::sum)));
      articles.addAll(n.articles);
      mentions += n.mentions;
      boolean latin = allLabels(n).stream().anyMatch(Scripts::isMostlyLatin);
      boolean bestLatin = best != null && allLabels(best).stream().anyMatch(Scripts::isMostlyLatin);
      if (best == null || latin && !bestLatin || latin == bestLatin && n.mentions > best.mentions) {
        best = n;
      }
    }
    String id = g.fixedId != null ? g.fixedId : best == null ? null : best.id;
    if (id == null || !used.add(id)) {
      return null;
    }
    String label = null;
    int count = -1;
    boolean labelLatin = false;
    Map<String, List<String>> perLanguage = new TreeMap<>();
    Set<String> terms = new LinkedHashSet<>();
    for (var e : labels.entrySet()) {
      List<String> names = new ArrayList<>(e.getValue().keySet());
      names.sort(Comparator.comparing((String l) -> -e.getValue().get(l)).thenComparing(l -> -l.length()));
      perLanguage.put(e.getKey(), names);
      for (var lc : e.getValue().entrySet()) {
        terms.add(NameTerms.term(type.name(), lc.getKey()));
        boolean latin = Scripts.isMostlyLatin(lc.getKey());
        int words = lc.getKey().split("\\s+").length;
        int score = lc.getValue() + 100 * words;
        if (label == null || latin && !labelLatin || latin == labelLatin && score > count) {
          label = lc.getKey();
          count = score;
          labelLatin = latin;
        }
      }
    }
    for (String a : g.aliases) {
      terms.add(NameTerms.term(type.name(), a));
    }
    if (g.fixedId == null && label != null && labelLatin) {
      String fromLabel = type.name().toLowerCase(java.util.Locale.ROOT) + ":" + Gazetteer.slug(label);
      if (!fromLabel.equals(id) && used.add(fromLabel)) {
        used.remove(id);
        id = fromLabel;
      }
    }
    if (label == null) {
      label = g.aliases.isEmpty() ? id : g.aliases.iterator().next();
    }
    return new Entity(id, type, label, perLanguage, List.copyOf(g.aliases), mentions, articles.size(), List.copyOf(terms));
  }

  // ------------------------------------------------------------------ files

  private record File(List<Entity> entities) {}

  private record EditsFile(List<Edit> edits) {}

  /** Reads a catalogue written by {@link #write}; empty when there is none. */
  public static EntityCatalogue read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return empty();
    }
    try {
      return new EntityCatalogue(JSON.readValue(file.toFile(), File.class).entities());
    } catch (RuntimeException e) {
      throw new IOException(file + ": not an entity catalogue: " + e.getMessage(), e);
    }
  }

  /** Writes the catalogue as JSON, atomically. */
  public void write(Path file) throws IOException {
    writeJson(file, new File(entities));
  }

  /** Reads the editors' decisions; none when the file does not exist. */
  public static List<Edit> readEdits(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      EditsFile f = JSON.readValue(file.toFile(), EditsFile.class);
      return f.edits() == null ? List.of() : f.edits();
    } catch (RuntimeException e) {
      throw new IOException(file + ": not a list of entity edits: " + e.getMessage(), e);
    }
  }

  /** Writes the editors' decisions, atomically. */
  public static void writeEdits(Path file, List<Edit> edits) throws IOException {
    writeJson(file, new EditsFile(edits));
  }

  /**
   * Reads a catalogue an editor exported and changed, and returns the decisions it expresses:
   * every label and alias of an entity is that entity's name.
   */
  public static List<Edit> editsFromExport(Path file) throws IOException {
    List<Entity> edited;
    try {
      edited = JSON.readValue(file.toFile(), File.class).entities();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + ": not an exported entity catalogue ({\"entities\": [...]}): "
          + e.getMessage(), e);
    }
    List<Edit> out = new ArrayList<>();
    for (Entity e : edited == null ? List.<Entity>of() : edited) {
      if (e.id() == null || e.id().isBlank()) {
        throw new IllegalArgumentException(file + ": an entity has no id");
      }
      Set<String> names = new LinkedHashSet<>();
      if (e.labels() != null) {
        e.labels().values().forEach(names::addAll);
      }
      if (e.aliases() != null) {
        names.addAll(e.aliases());
      }
      for (String n : names) {
        out.add(new Edit("alias", List.of(), e.id(), n));
      }
    }
    return out;
  }

  private static void writeJson(Path file, Object value) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
