package org.dragoman;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.dragoman.entity.EntityCatalogue;

/**
 * Editors' decisions, the one code path the command line and the web interface share: pairing
 * decisions (pin, forbid) followed by the alignment run that applies them, and entity edits
 * (merge, alias, split). Each is recorded in the archive's editors' files, which no rebuild
 * overwrites, and is visible to every reader once the call returns.
 *
 * <pre>{@code
 * try (Archive archive = Archive.open(dir)) {
 *   EditorActions.Outcome done = EditorActions.pairing(archive, List.of(List.of(a, b)), List.of(), 0);
 * }
 * }</pre>
 */
public final class EditorActions {
  private EditorActions() {}

  /**
   * What an action did.
   *
   * @param done one line saying it ("merged X, Y into Y")
   * @param entities the size of the catalogue afterwards
   * @param run the alignment run a pairing decision caused, or {@code null} for entity edits
   */
  public record Outcome(String done, int entities, AlignmentRun run) {}

  /**
   * Pins and forbids pairs of articles, then pairs and aligns the archive so that the decisions
   * show at once.
   *
   * @param pins pairs of article ids to keep in one group
   * @param forbids pairs of article ids never to put in one group
   * @param maxSentences the longest pair aligned, or 0 for the default
   * @throws IllegalArgumentException naming the id when an article does not exist
   */
  public static Outcome pairing(Archive archive, List<List<String>> pins,
      List<List<String>> forbids, int maxSentences) throws IOException {
    // every pair checked before any is recorded: a bad one records none
    for (List<String> p : pins) {
      requirePair(archive, p);
    }
    for (List<String> p : forbids) {
      requirePair(archive, p);
    }
    StringBuilder done = new StringBuilder();
    for (List<String> p : pins) {
      archive.pin(p.get(0), p.get(1));
      done.append(done.isEmpty() ? "" : "; ").append("pinned ").append(p.get(0)).append(" with ")
          .append(p.get(1));
    }
    for (List<String> p : forbids) {
      archive.forbid(p.get(0), p.get(1));
      done.append(done.isEmpty() ? "" : "; ").append("forbade ").append(p.get(0))
          .append(" with ").append(p.get(1));
    }
    AlignmentRun run = maxSentences > 0 ? archive.alignAndLearn(maxSentences)
        : archive.alignAndLearn();
    return new Outcome(done.isEmpty() ? "aligned" : done.toString(), archive.entities().size(), run);
  }

  /**
   * Records an entity edit and rebuilds the catalogue with it.
   *
   * @throws IllegalArgumentException naming the id when an entity the edit needs does not exist
   */
  public static Outcome entities(Archive archive, EntityCatalogue.Edit edit) throws IOException {
    Objects.requireNonNull(edit, "edit");
    EntityCatalogue c = archive.editEntities(edit);
    return new Outcome(describe(edit), c.size(), null);
  }

  /** One line saying what {@code edit} does. */
  public static String describe(EntityCatalogue.Edit edit) {
    return switch (edit.op()) {
      case "merge" -> "merged " + String.join(", ", edit.ids()) + " into " + edit.into();
      case "alias" -> "'" + edit.label() + "' is now " + edit.into();
      case "split" -> "'" + edit.label() + "' split from " + edit.ids().get(0) + " as " + edit.into();
      default -> edit.op() + " " + edit.into();
    };
  }

  private static void requirePair(Archive archive, List<String> p) throws IOException {
    if (p.size() != 2 || p.get(0).equals(p.get(1))) {
      throw new IllegalArgumentException("A pairing decision takes two different article ids, not "
          + p);
    }
    for (String id : p) {
      if (archive.brief(id).isEmpty()) {
        throw new IllegalArgumentException("No article with id " + id + " in the archive");
      }
    }
  }
}
