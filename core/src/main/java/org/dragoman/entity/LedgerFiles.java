package org.dragoman.entity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dragoman.io.AtomicFiles;
import org.dragoman.model.Mention;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger on disk ({@code entities/catalogue.json}): its entities, nodes, redirects and the
 * index commit it reflects ({@code stamp}), so that a ledger behind its index (a run killed
 * between the two) is noticed and rebuilt.
 */
public final class LedgerFiles {
  private LedgerFiles() {}

  /** The version of the file layout; an older or newer file is rebuilt from the index. */
  static final int FORMAT = 2;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  record NodeRecord(String key, String entity, Map<String, Map<String, Integer>> labels,
      int mentions, int articles) {}

  record EntryRecord(String id, String type, List<String> nodes, List<String> aliases,
      long created, boolean fixed, int articles) {}

  record LedgerRecord(int format, String stamp, long sequence, List<EntryRecord> entities,
      List<NodeRecord> nodes, Map<String, String> redirects, List<String> apart,
      Map<String, List<String>> keys) {}

  /**
   * A ledger read back.
   *
   * @param ledger the ledger
   * @param stamp the index commit it reflects
   */
  public record Loaded(EntityLedger ledger, String stamp) {}

  /**
   * Reads the ledger of {@code file}; {@code null} when there is none or it is of another
   * format version.
   *
   * @throws IOException naming the file when it is not a ledger (truncated, garbled)
   */
  public static Loaded read(Path file) throws IOException {
    return read(file, true);
  }

  /**
   * Reads the ledger of {@code file}, ready to be changed when {@code forWriting} (its lookups
   * built: names' cross-script keys cost an ICU transliteration each), or only to be read.
   */
  public static Loaded read(Path file, boolean forWriting) throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    LedgerRecord r;
    try {
      r = JSON.readValue(file.toFile(), LedgerRecord.class);
    } catch (RuntimeException e) {
      throw new IOException(file + " is damaged (" + firstLine(e) + ")", e);
    }
    if (r == null || r.format() != FORMAT) {
      return null;
    }
    try {
      EntityLedger l = new EntityLedger();
      l.sequence = r.sequence();
      for (NodeRecord n : r.nodes()) {
        LedgerNode node = new LedgerNode();
        node.key = n.key();
        node.type = Mention.Type.valueOf(n.key().substring(0, n.key().indexOf('|')));
        node.entity = n.entity();
        node.labels = new TreeMap<>();
        n.labels().forEach((lang, m) -> node.labels.put(lang, new TreeMap<>(m)));
        node.mentions = n.mentions();
        node.articles = n.articles();
        l.nodes.put(node.key, node);
      }
      for (EntryRecord e : r.entities()) {
        LedgerEntry entry = new LedgerEntry();
        entry.id = e.id();
        entry.type = Mention.Type.valueOf(e.type());
        entry.nodes = new ArrayList<>(e.nodes());
        entry.aliases = new ArrayList<>(e.aliases());
        entry.created = e.created();
        entry.fixed = e.fixed();
        entry.articles = e.articles();
        entry.dirty = false;
        l.entities.put(entry.id, entry);
      }
      if (r.redirects() != null) {
        l.redirects.putAll(r.redirects());
      }
      if (r.apart() != null) {
        l.apart.addAll(r.apart());
      }
      if (forWriting) {
        l.reindex(r.keys());
      }
      return new Loaded(l, r.stamp());
    } catch (RuntimeException e) {
      throw new IOException(file + " is damaged (" + firstLine(e) + ")", e);
    }
  }

  /** Writes {@code ledger}, reflecting the index commit {@code stamp}, atomically. */
  public static void write(Path file, EntityLedger ledger, String stamp) throws IOException {
    List<NodeRecord> nodes = new ArrayList<>(ledger.nodes.size());
    for (LedgerNode n : ledger.nodes.values()) {
      nodes.add(new NodeRecord(n.key, n.entity, n.labels, n.mentions, n.articles));
    }
    List<EntryRecord> entries = new ArrayList<>(ledger.entities.size());
    for (LedgerEntry e : ledger.entities.values()) {
      entries.add(new EntryRecord(e.id, e.type.name(), e.nodes, e.aliases, e.created, e.fixed,
          e.articles));
    }
    Map<String, List<String>> keys = new java.util.LinkedHashMap<>();
    ledger.keyIndex().forEach((k, v) -> keys.put(k, new ArrayList<>(v)));
    LedgerRecord r = new LedgerRecord(FORMAT, stamp, ledger.sequence, entries, nodes,
        ledger.redirects, new ArrayList<>(ledger.apart), keys);
    AtomicFiles.write(file, out -> JSON.writeValue(out, r));
  }

  /** Writes {@code value} as indented JSON, atomically. */
  static void writeJson(Path file, Object value) throws IOException {
    AtomicFiles.write(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, value));
  }

  private static String firstLine(Throwable e) {
    if (e instanceof tools.jackson.core.JacksonException j) {
      return org.dragoman.io.JsonProblems.describe(j);
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
