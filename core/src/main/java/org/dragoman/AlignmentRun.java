package org.dragoman;

import java.util.List;
import org.dragoman.model.TranslationGroup;

/**
 * What {@link Archive#alignAndLearn} did.
 *
 * @param groups every translation group of the archive
 * @param unpaired ids of the articles in no group
 * @param changed the groups that are new or changed since the last run
 * @param notes what could not be done, about which articles and why (pairs too long to align)
 */
public record AlignmentRun(List<TranslationGroup> groups, List<String> unpaired,
    List<TranslationGroup> changed, List<String> notes) {
  public AlignmentRun {
    groups = List.copyOf(groups);
    unpaired = List.copyOf(unpaired);
    changed = List.copyOf(changed);
    notes = List.copyOf(notes);
  }
}
