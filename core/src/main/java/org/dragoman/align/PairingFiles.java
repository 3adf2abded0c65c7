package org.dragoman.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dragoman.io.AtomicFiles;
import org.dragoman.io.JsonProblems;
import org.dragoman.model.TranslationGroup;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive's translation groups and editors' decisions, as JSON files in its
 * {@code alignment/} folder. Each file is written to a temporary name and moved over the old one,
 * so a crash leaves either the old or the new file, never half of one.
 */
@lombok.extern.slf4j.Slf4j
public final class PairingFiles {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path groups;
  private final Path decisions;

  /** The files of the archive at {@code archive}. */
  public PairingFiles(Path archive) {
    Path dir = archive.resolve("alignment");
    this.groups = dir.resolve("groups.json");
    this.decisions = dir.resolve("decisions.json");
  }

  /**
   * Returns the lexicon last learned for {@code source}→{@code target}, or an empty one: also
   * when its file is damaged, which is logged; the next {@code align --archive} learns it again
   * (see {@link #lexiconDamaged}).
   */
  public Lexicon lexicon(String source, String target) throws IOException {
    Path file = lexiconFile(source, target);
    if (!Files.isRegularFile(file)) {
      return Lexicon.empty();
    }
    try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(
        Files.newInputStream(file)))) {
      return Lexicon.read(in);
    } catch (java.io.EOFException | RuntimeException e) {
      log.warn("{} is damaged ({}): the {}–{} sentence links use no lexicon until 'align "
          + "--archive' learns it again", file, e.getMessage() == null ? "cut short" : e.getMessage(),
          source, target);
      return Lexicon.empty();
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("Unknown lexicon format")) {
        log.warn("{} is damaged ({}): learning it again at the next 'align --archive'", file,
            e.getMessage());
        return Lexicon.empty();
      }
      throw e;
    }
  }

  /** Whether the lexicon file of {@code source}→{@code target} is there but cannot be read. */
  public boolean lexiconDamaged(String source, String target) {
    Path file = lexiconFile(source, target);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(
        Files.newInputStream(file)))) {
      Lexicon.read(in);
      return false;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /** Replaces the lexicon of {@code source}→{@code target}. */
  public void writeLexicon(String source, String target, Lexicon lexicon) throws IOException {
    AtomicFiles.write(lexiconFile(source, target), out -> {
      java.io.DataOutputStream d = new java.io.DataOutputStream(out);
      lexicon.write(d);
      d.flush();
    });
  }

  /** The file of the {@code source}→{@code target} lexicon (there or not). */
  public Path lexiconFile(String source, String target) {
    if (!source.matches("[a-zA-Z-]+") || !target.matches("[a-zA-Z-]+")) {
      throw new IllegalArgumentException("Not language tags: " + source + ", " + target);
    }
    return groups.resolveSibling("lexicon-" + source + "-" + target + ".bin");
  }

  private record DecisionsFile(List<List<String>> pins, List<List<String>> forbids) {}

  /** Returns the groups of the last pairing run, or none (see {@link #readGroups}). */
  public List<TranslationGroup> groups() throws IOException {
    return readGroups().orElse(List.of());
  }

  /**
   * The groups of the last pairing run; empty when no run wrote them, or when the file is
   * damaged, which is logged: the next {@code align --archive} pairs the archive again.
   */
  public java.util.Optional<List<TranslationGroup>> readGroups() throws IOException {
    if (!Files.isRegularFile(groups)) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(List.of(JSON.readValue(groups.toFile(), TranslationGroup[].class)));
    } catch (tools.jackson.core.JacksonException e) {
      log.warn("{} is damaged ({}): translations are left out until 'dragoman align --archive "
          + "{}' pairs the archive again", groups, JsonProblems.describe(e),
          groups.getParent().getParent());
      return java.util.Optional.empty();
    }
  }

  /** Replaces the groups. */
  public void writeGroups(List<TranslationGroup> value) throws IOException {
    write(groups, JSON.writeValueAsString(value));
  }

  /** Returns the editors' decisions. */
  public EditorDecisions decisions() throws IOException {
    if (!Files.isRegularFile(decisions)) {
      return EditorDecisions.none();
    }
    DecisionsFile f;
    try {
      f = JSON.readValue(decisions.toFile(), DecisionsFile.class);
    } catch (tools.jackson.core.JacksonException e) {
      throw new IOException(decisions + " is damaged (" + JsonProblems.describe(e) + "): it holds"
          + " the editors' pinned and forbidden pairings, which cannot be rebuilt; restore it from"
          + " a backup, or remove it to drop them", e);
    }
    if (f == null || f.pins() == null || f.forbids() == null
        || f.pins().stream().anyMatch(p -> p == null || p.size() != 2)
        || f.forbids().stream().anyMatch(p -> p == null || p.size() != 2)) {
      throw new IOException(decisions + " is damaged (not {\"pins\": [[A, B]…], \"forbids\":"
          + " [[A, B]…]}): restore it from a backup, or remove it to drop the editors' pairings");
    }
    return new EditorDecisions(Set.copyOf(f.pins()), Set.copyOf(f.forbids()));
  }

  /** Replaces the editors' decisions. */
  public void writeDecisions(EditorDecisions value) throws IOException {
    write(decisions, JSON.writeValueAsString(new DecisionsFile(
        new ArrayList<>(value.pins()), new ArrayList<>(value.forbids()))));
  }

  private static void write(Path file, String content) throws IOException {
    AtomicFiles.write(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The folder of these files. */
  public Path folder() {
    return groups.getParent();
  }
}
