package org.dragoman.entity;

import java.util.List;

/**
 * What importing an edited catalogue did.
 *
 * @param catalogue the catalogue after it
 * @param applied the names that became an entity's (those it already had are not counted)
 * @param skipped the decisions that could not apply, each with the entity, the name and why
 *     ("place:atlantis 'Atlantis': No entity 'place:atlantis' in the catalogue")
 */
public record EntityImport(EntityCatalogue catalogue, int applied, List<String> skipped) {
  public EntityImport {
    skipped = List.copyOf(skipped);
  }
}
