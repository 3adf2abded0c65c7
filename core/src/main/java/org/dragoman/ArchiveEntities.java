package org.dragoman;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.entity.EntityImport;
import org.dragoman.entity.EntityLedger;
import org.dragoman.entity.LedgerFiles;
import org.dragoman.index.ArchiveStore;
import org.dragoman.ingest.IngestPipeline;
import org.dragoman.io.FileStamp;
import org.dragoman.model.Mention;
import org.dragoman.search.EntityResolver;

/**
 * The archive's entities: the {@link EntityLedger} kept in {@code entities/catalogue.json},
 * updated from the articles that change, and the editors' decisions in {@code
 * entities/edits.json}. The ledger is derived: when it is missing, damaged, or behind the index
 * (a run killed between the two), it is rebuilt from the articles' stored mentions and the
 * editors' decisions, with a warning. The decisions are the editors' own and are never rewritten
 * by a rebuild.
 *
 * <p>Thread-safe: writers are serialised; readers get immutable catalogues.
 */
@Slf4j
final class ArchiveEntities {

  private final ArchiveStore store;
  private final Path ledgerFile;
  private final Path editsFile;

  /** The writer's ledger, loaded at first need. */
  private EntityLedger ledger;
  /** How many of the editors' decisions the ledger holds. */
  private int editsApplied;

  private volatile EntityCatalogue catalogue;
  private volatile String catalogueStamp;

  ArchiveEntities(ArchiveStore store) {
    this.store = store;
    this.ledgerFile = store.root().resolve("entities").resolve("catalogue.json");
    this.editsFile = store.root().resolve("entities").resolve("edits.json");
  }

  /** Fails, naming the file, when the editors' decisions cannot be read: before anything changes. */
  void checkEdits() throws IOException {
    EntityCatalogue.readEdits(editsFile);
  }

  /** Loads the ledger (rebuilding it when missing, damaged or behind the index) before a change. */
  synchronized void load() throws IOException {
    if (store.writable()) {
      writable();
    }
  }

  /** Articles committed to the index: their old mentions leave the ledger, their new ones join. */
  synchronized void committed(List<IngestPipeline.Indexed> articles) throws IOException {
    if (articles.isEmpty() && Files.exists(ledgerFile)) {
      return;
    }
    EntityLedger l = writable();
    for (IngestPipeline.Indexed a : articles) {
      l.remove(a.id(), a.language(), a.previous());
      l.add(a.id(), a.language(), a.mentions());
    }
    save();
  }

  /** One article's mentions changed from {@code before} to {@code after} (names carried by alignment). */
  synchronized void changed(String id, String language, List<Mention> before, List<Mention> after)
      throws IOException {
    EntityLedger l = writable();
    // the new mentions first: the names the article keeps never leave the ledger for a moment,
    // so an entity they name keeps its Latin names (and its claim to its id) while others join it
    l.add(id, language, after);
    l.remove(id, language, before);
  }

  /** Writes the ledger, reflecting the index's last commit. */
  synchronized void save() throws IOException {
    EntityLedger l = writable();
    l.recount(terms -> {
      try {
        return store.scans().countNames(terms);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    LedgerFiles.write(ledgerFile, l, store.stamp() + "#" + editsApplied);
    catalogue = null; // made again when asked for
    catalogueStamp = null;
  }

  /** The resolver of the current catalogue, one object per catalogue (search caches by it). */
  private volatile Resolved resolved;

  private record Resolved(EntityCatalogue catalogue, EntityResolver resolver) {}

  /** A resolver over the current catalogue: the same object while the catalogue is the same. */
  EntityResolver resolver() {
    EntityCatalogue catalogue;
    try {
      catalogue = catalogue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Resolved last = resolved;
    if (last != null && last.catalogue() == catalogue) {
      return last.resolver();
    }
    EntityResolver r = new EntityResolver() {
      @Override
      public Collection<String> terms(String id) {
        return catalogue.get(id).map(EntityCatalogue.Entity::terms).orElse(List.of());
      }

      @Override
      public String entityOfTerm(String term) {
        return catalogue.entityOfTerm(term);
      }
    };
    resolved = new Resolved(catalogue, r);
    return r;
  }

  /** The catalogue as of the last save; read again only when its file changed. */
  EntityCatalogue catalogue() throws IOException {
    String stamp = stamp(ledgerFile);
    EntityCatalogue c = catalogue;
    if (c != null && stamp.equals(catalogueStamp)) {
      return c;
    }
    synchronized (this) {
      if (store.writable()) {
        writable(); // rebuilds and saves when missing, damaged or behind
        if (catalogue == null || !stamp(ledgerFile).equals(catalogueStamp)) {
          catalogue = ledger.snapshot();
          catalogueStamp = stamp(ledgerFile);
        }
        return catalogue;
      }
      LedgerFiles.Loaded loaded;
      try {
        loaded = LedgerFiles.read(ledgerFile, false);
      } catch (IOException e) {
        log.warn("{}; reading the entities from the index instead (open the archive for writing "
            + "to rebuild the file)", e.getMessage());
        loaded = null;
      }
      catalogue = loaded != null ? loaded.ledger().snapshot() : rebuilt(readEdits()).snapshot();
      catalogueStamp = stamp;
      return catalogue;
    }
  }

  /**
   * Applies an editor's decision and records it.
   *
   * @throws IllegalArgumentException naming the id when the edit cannot apply
   */
  synchronized EntityCatalogue edit(EntityCatalogue.Edit edit) throws IOException {
    EntityLedger l = writable();
    l.apply(edit); // throws before anything is written when the edit is impossible
    List<EntityCatalogue.Edit> edits = new ArrayList<>(readEdits());
    edits.add(edit);
    EntityCatalogue.writeEdits(editsFile, edits);
    editsApplied = edits.size();
    save();
    return catalogue();
  }

  /**
   * Applies the decisions an edited export expresses; those that change nothing are not
   * recorded again, and those that cannot apply are returned with the reason.
   */
  synchronized EntityImport importFrom(Path file) throws IOException {
    List<EntityCatalogue.Edit> wanted = EntityCatalogue.editsFromExport(file);
    EntityLedger l = writable();
    EntityCatalogue before = l.snapshot();
    List<EntityCatalogue.Edit> edits = new ArrayList<>(readEdits());
    List<String> skipped = new ArrayList<>();
    int applied = 0;
    for (EntityCatalogue.Edit e : wanted) {
      var entity = before.get(e.into());
      if (entity.isPresent() && EntityCatalogue.namesOf(entity.get()).contains(e.label())) {
        continue; // already its name
      }
      try {
        l.apply(e);
        edits.add(e);
        applied++;
      } catch (IllegalArgumentException x) {
        skipped.add(e.into() + " '" + e.label() + "': " + x.getMessage());
      }
    }
    if (applied > 0) {
      EntityCatalogue.writeEdits(editsFile, edits);
      editsApplied = edits.size();
      save();
    }
    return new EntityImport(catalogue(), applied, skipped);
  }

  /** Rebuilds the ledger from every article's stored mentions and the editors' decisions. */
  synchronized EntityCatalogue rebuild() throws IOException {
    EntityLedger old = ledger;
    if (old == null) {
      try {
        LedgerFiles.Loaded loaded = LedgerFiles.read(ledgerFile);
        old = loaded == null ? null : loaded.ledger();
      } catch (IOException e) {
        old = null; // damaged: nothing to keep
      }
    }
    ledger = rebuilt(readEdits());
    if (old != null) {
      ledger.adoptIds(old);
    }
    editsApplied = readEdits().size();
    save();
    return catalogue();
  }

  private EntityLedger writable() throws IOException {
    if (ledger != null) {
      return ledger;
    }
    List<EntityCatalogue.Edit> edits = readEdits();
    LedgerFiles.Loaded loaded = null;
    String why = null;
    try {
      loaded = LedgerFiles.read(ledgerFile);
      if (loaded == null && Files.exists(ledgerFile)) {
        why = ledgerFile + " is of an older version";
      }
    } catch (IOException e) {
      why = e.getMessage();
    }
    String stamp = store.stamp();
    if (loaded != null && loaded.stamp() != null && loaded.stamp().startsWith(stamp + "#")) {
      int applied = Integer.parseInt(loaded.stamp().substring(stamp.length() + 1));
      if (applied <= edits.size()) {
        ledger = loaded.ledger();
        for (EntityCatalogue.Edit e : edits.subList(applied, edits.size())) {
          applyLeniently(ledger, e); // recorded, but the ledger was not written after them
        }
        editsApplied = edits.size();
        if (applied < edits.size()) {
          save();
        }
        return ledger;
      }
      why = ledgerFile + " holds editors' decisions that " + editsFile + " does not";
    } else if (loaded != null) {
      why = ledgerFile + " is behind the index (a run was stopped before writing it)";
    }
    if (why != null) {
      log.warn("{}: rebuilding the entity catalogue from the articles", why);
    }
    ledger = rebuilt(edits);
    if (loaded != null) {
      ledger.adoptIds(loaded.ledger()); // ids once given stay
    }
    editsApplied = edits.size();
    save();
    return ledger;
  }

  private EntityLedger rebuilt(List<EntityCatalogue.Edit> edits) throws IOException {
    record Visit(String id, String language, long ingested, List<Mention> mentions) {}
    List<Visit> all = new ArrayList<>();
    store.scans().forEachMentions((id, language, ingested, mentions) -> {
      List<Mention> names = mentions.stream().filter(m -> m.type().isEntity()).toList();
      if (!names.isEmpty()) {
        all.add(new Visit(id, language, ingested, names));
      }
    });
    // in the order the articles were read, as the ledger first met them, so that entities get
    // the ids they had
    all.sort(Comparator.comparingLong(Visit::ingested).thenComparing(Visit::id));
    EntityLedger l = new EntityLedger();
    for (Visit v : all) {
      l.add(v.id(), v.language(), v.mentions());
    }
    for (EntityCatalogue.Edit e : edits) {
      applyLeniently(l, e);
    }
    return l;
  }

  private static void applyLeniently(EntityLedger l, EntityCatalogue.Edit e) {
    try {
      l.apply(e);
    } catch (IllegalArgumentException x) {
      log.warn("An editors' decision no longer applies ({}): {}", e, x.getMessage());
    }
  }

  private List<EntityCatalogue.Edit> readEdits() throws IOException {
    return EntityCatalogue.readEdits(editsFile);
  }

  private static String stamp(Path file) throws IOException {
    return FileStamp.of(file);
  }
}
