package org.dragoman.index;

import java.util.Collection;

/**
 * What a store needs to know of the entity catalogue to count a search's hits by entity: the
 * index name terms of an entity, and the entity an index name term belongs to ("Amar Fayaz" and
 * "عمار فياز" are two terms of one entity, and an article naming both counts once).
 */
public interface NameEntities {
  /** The name terms of entity {@code id}; empty when there is no such entity. */
  Collection<String> terms(String id);

  /** The entity of a name term, or {@code null}. */
  String entityOfTerm(String term);
}
