package org.dragoman.publish.view;

import java.util.Map;

/**
 * The published site's own words (navigation, labels) in one language.
 *
 * @param language the language they are in
 * @param words by key
 */
public record Words(String language, Map<String, String> words) {
  /** The word for {@code key}, or the key itself when the bundle lacks it. */
  public String get(String key) {
    return words.getOrDefault(key, key);
  }
}
