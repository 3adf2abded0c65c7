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
 * <p>A snapshot of the archive's {@link EntityLedger}: mentions with the same provisional id or
 * the same written form are one entity, and so are names of one type written in different
 * scripts whose cross-script keys agree and whose {@link NameMatcher} similarity is high ("Amar
 * Fayaz" and "عمار فياز"). Ids are stable: an entity merged into another keeps resolving to it.
 * Editors' decisions — merge, alias, split, or an edited catalogue imported back — are {@link
 * Edit}s, kept in the archive and applied again whenever the ledger is rebuilt.
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

  private final List<Entity> entities;
  private final Map<String, String> redirects;
  private final Map<String, Entity> byId = new HashMap<>();
  private final Map<String, String> byTerm = new HashMap<>();

  EntityCatalogue(List<Entity> entities, Map<String, String> redirects) {
    this.entities = List.copyOf(entities);
    this.redirects = Map.copyOf(redirects);
    for (Entity e : this.entities) {
      byId.put(e.id(), e);
      for (String t : e.terms()) {
        byTerm.putIfAbsent(t, e.id());
      }
    }
  }

  /** An empty catalogue. */
  public static EntityCatalogue empty() {
    return new EntityCatalogue(List.of(), Map.of());
  }

  /** Entities, most mentioned first, of {@code type} (all when {@code null}), at most {@code limit}. */
  public List<Entity> list(Mention.Type type, int limit) {
    return entities.stream().filter(e -> type == null || e.type() == type).limit(Math.max(0, limit)).toList();
  }

  /**
   * The entity with {@code id}, or the one it became: an id merged into another keeps
   * resolving (see {@link #resolve}).
   */
  public Optional<Entity> get(String id) {
    String r = resolve(id);
    return Optional.ofNullable(r == null ? null : byId.get(r));
  }

  /** The current id of {@code id} (itself, or the entity it was merged into), or null. */
  public String resolve(String id) {
    String current = id;
    for (int hops = 0; current != null && hops < 1000 && !byId.containsKey(current); hops++) {
      current = redirects.get(current);
    }
    return current != null && byId.containsKey(current) ? current : null;
  }

  /** Ids that were merged into others, with the id each became. */
  public Map<String, String> redirects() {
    return redirects;
  }

  /** The id of the entity an index name term belongs to, or {@code null}. */
  public String entityOfTerm(String term) {
    return byTerm.get(term);
  }

  /** The entity a mention belongs to, or {@code null}. */
  public String entityOf(Mention m) {
    return m.type().isEntity() ? byTerm.get(NameTerms.term(m.type().name(), m.text())) : null;
  }

  /** Every name of {@code e}: its labels in every language and its aliases. */
  public static Set<String> namesOf(Entity e) {
    Set<String> names = new LinkedHashSet<>();
    if (e.labels() != null) {
      e.labels().values().forEach(names::addAll);
    }
    if (e.aliases() != null) {
      names.addAll(e.aliases());
    }
    return names;
  }

  /** How many entities there are. */
  public int size() {
    return entities.size();
  }

  /**
   * Builds a catalogue from name occurrences, then applies the editors' {@code edits}; article
   * counts are summed over each entity's provisional ids.
   */
  public static EntityCatalogue build(List<Occurrence> occurrences, List<Edit> edits) {
    EntityLedger ledger = new EntityLedger();
    Map<String, List<Occurrence>> byArticle = new LinkedHashMap<>();
    for (Occurrence o : occurrences) {
      byArticle.computeIfAbsent(o.article() + "\u0000" + o.language(), k -> new ArrayList<>()).add(o);
    }
    for (List<Occurrence> os : byArticle.values()) {
      ledger.add(os.get(0).article(), os.get(0).language(), os.stream().map(Occurrence::mention).toList());
    }
    for (Edit e : edits) {
      ledger.apply(e);
    }
    return ledger.snapshot();
  }

  // ------------------------------------------------------------------ files

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private record File(List<Entity> entities) {}

  private record EditsFile(List<Edit> edits) {}

  /** Writes the catalogue as an editor's export ({@code {"entities": [...]}}), atomically. */
  public void export(Path file) throws IOException {
    LedgerFiles.writeJson(file, new File(entities));
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
      throw new IOException(file + ": not a list of entity edits (" + reason(e)
          + "); restore it from a backup, or remove it to drop the editors' decisions", e);
    }
  }

  private static String reason(RuntimeException e) {
    return e instanceof tools.jackson.core.JacksonException j
        ? org.dragoman.io.JsonProblems.describe(j)
        : String.valueOf(e.getMessage());
  }

  /** Writes the editors' decisions, atomically. */
  public static void writeEdits(Path file, List<Edit> edits) throws IOException {
    LedgerFiles.writeJson(file, new EditsFile(edits));
  }

  /**
   * Reads a catalogue an editor exported and changed, and returns the decisions it expresses:
   * every label and alias of an entity is that entity's name.
   */
  public static List<Edit> editsFromExport(Path file) throws IOException {
    return editsFromExport(file, Limits.DEFAULT);
  }

  /**
   * What editors may give the catalogue: the characters of one name (a label or an alias) and
   * the bytes of an imported file. A name is a person's, an organisation's or a place's; a
   * longer one is a mistake (a paragraph pasted into the alias field), and would weigh on every
   * later ingest and search.
   */
  public record Limits(int maxNameChars, long maxImportBytes) {
    /** 200 characters a name, 64 MB an import. */
    public static final Limits DEFAULT = new Limits(200, 64L << 20);

    /** Throws, naming the setting, when {@code name} is too long. */
    public void checkName(String where, String name) {
      if (name != null && name.length() > maxNameChars) {
        throw new IllegalArgumentException(where + ": the name '"
            + name.substring(0, 40).replaceAll("\\s+", " ") + "…' has " + name.length()
            + " characters, more than the " + maxNameChars + " a name may have (setting "
            + "maxNameChars)");
      }
    }
  }

  /** As {@link #editsFromExport(Path)}, within {@code limits}. */
  public static List<Edit> editsFromExport(Path file, Limits limits) throws IOException {
    long size = java.nio.file.Files.size(file);
    if (size > limits.maxImportBytes()) {
      throw new IllegalArgumentException(file + ": " + size + " bytes, more than the "
          + limits.maxImportBytes() + " an entity import may have (setting maxImportBytes)");
    }
    List<Entity> edited;
    try {
      File read = JSON.readValue(file.toFile(), File.class);
      if (read == null) {
        throw new IllegalArgumentException(file + ": null, not an exported entity catalogue ({\"entities\": [...]})");
      }
      edited = read.entities();
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + ": not an exported entity catalogue ({\"entities\": [...]}): "
          + reason(e), e);
    }
    List<Edit> out = new ArrayList<>();
    for (Entity e : edited == null ? List.<Entity>of() : edited) {
      if (e == null || e.id() == null || e.id().isBlank()) {
        throw new IllegalArgumentException(file + ": an entity has no id");
      }
      Set<String> names = new LinkedHashSet<>();
      if (e.label() != null) {
        names.add(e.label());
      }
      if (e.labels() != null) {
        e.labels().values().forEach(l -> {
          if (l != null) {
            names.addAll(l);
          }
        });
      }
      if (e.aliases() != null) {
        names.addAll(e.aliases());
      }
      for (String n : names) {
        if (n == null || n.isBlank()) {
          throw new IllegalArgumentException(file + ": entity " + e.id() + ": a name is empty");
        }
        limits.checkName(file + ": entity " + e.id(), n);
        out.add(new Edit("alias", List.of(), e.id(), n));
      }
    }
    return out;
  }
}
