package org.dragoman.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dragoman.io.AtomicFiles;
import org.dragoman.model.TranslationGroup;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive's translation groups and editors' decisions, as JSON files in its
 * {@code alignment/} folder. Each file is written to a temporary name and moved over the old one,
 * so a crash leaves either the old or the new file, never half of one.
 */
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

  /** Returns the lexicon last learned for {@code source}→{@code target}, or an empty one. */
  public Lexicon lexicon(String source, String target) throws IOException {
    Path file = lexiconFile(source, target);
    if (!Files.isRegularFile(file)) {
      return Lexicon.empty();
    }
    try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(
        Files.newInputStream(file)))) {
      return Lexicon.read(in);
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

  private Path lexiconFile(String source, String target) {
    if (!source.matches("[a-zA-Z-]+") || !target.matches("[a-zA-Z-]+")) {
      throw new IllegalArgumentException("Not language tags: " + source + ", " + target);
    }
    return groups.resolveSibling("lexicon-" + source + "-" + target + ".bin");
  }

  private record DecisionsFile(List<List<String>> pins, List<List<String>> forbids) {}

  /** Returns the groups of the last pairing run, or none. */
  public List<TranslationGroup> groups() throws IOException {
    if (!Files.isRegularFile(groups)) {
      return List.of();
    }
    return List.of(JSON.readValue(groups.toFile(), TranslationGroup[].class));
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
    DecisionsFile f = JSON.readValue(decisions.toFile(), DecisionsFile.class);
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
