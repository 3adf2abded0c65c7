package org.dragoman.search;

import java.util.Collection;
import java.util.List;

/**
 * What search needs to know of the entity catalogue (which lives above it): the index name
 * terms of an entity, and the entity an index name term belongs to.
 */
public interface EntityResolver extends org.dragoman.index.NameEntities {

  /** A resolver that knows no entity. */
  EntityResolver NONE = new EntityResolver() {
    @Override
    public Collection<String> terms(String id) {
      return List.of();
    }

    @Override
    public String entityOfTerm(String term) {
      return null;
    }
  };
}
