package org.dragoman.translate;

import java.util.Map;
import java.util.TreeMap;

/**
 * One unit of a translation memory: the same segment in several languages.
 *
 * @param id unique within the memory
 * @param key what the unit came from, for replacing it as a whole: the pair of articles it was
 *     aligned from, the TMX file it was imported from, the translation it was imported with
 * @param origin where it came from, as a translator reads it ("archive a1b2…#3 ↔ c3d4…#3",
 *     "tmx memory.tmx#tu-12")
 * @param texts the segment's text by language tag
 * @param codes how many inline codes (tags, placeholders) each language's text had, by tag;
 *     languages without codes are absent
 */
public record TmUnit(String id, String key, String origin, Map<String, String> texts,
    Map<String, Integer> codes) {

  public TmUnit {
    texts = Map.copyOf(new TreeMap<>(texts));
    codes = codes == null ? Map.of() : Map.copyOf(codes);
    if (texts.size() < 2) {
      throw new IllegalArgumentException("A translation unit needs two languages, got " + texts.keySet());
    }
  }

  /** A unit whose texts have no inline codes. */
  public TmUnit(String id, String key, String origin, Map<String, String> texts) {
    this(id, key, origin, texts, Map.of());
  }
}
