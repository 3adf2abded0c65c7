package org.dragoman.opensearch;

import java.util.Set;
import org.dragoman.index.Schema;
import org.dragoman.language.LanguagePacks;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The embedded {@link Schema} as an OpenSearch index: each field with the type, analysis,
 * index options and norms it has in Lucene, scored by Lucene's BM25 ({@value
 * AnalyzerNames#SIMILARITY}). The text and title fields of each language are added when the
 * first article of that language comes, with its pack's analyzer ({@link AnalyzerNames}).
 * Unknown fields are refused ({@code dynamic: strict}): a field Schema gains must be mapped here.
 */
final class Mapping {

  /** Fields of many exact terms, one a line in the embedded index. */
  static final Set<String> LINES = Set.of(Schema.ANCHOR, Schema.NAME, Schema.NAME_KEY);

  /** Fields that are always arrays in a source. */
  static final Set<String> MANY = Set.of(Schema.ANCHOR, Schema.NAME, Schema.NAME_KEY,
      Schema.MENTIONED, Schema.MENTIONED_MONTH, "furniture");

  /** Exact terms, filtered and counted by, never scored (a keyword's term query scores 1). */
  private static final Set<String> KEYWORDS = Set.of(Schema.ID, Schema.HASH, Schema.LANGUAGE,
      Schema.FORMAT, Schema.YEAR, Schema.MENTIONED_MONTH, Schema.NAME, Schema.SOURCE);

  /**
   * Exact terms that searches score (an anchor shared, a name's key across scripts): text fields
   * of one term a value, without frequencies or norms, as the embedded index holds them.
   */
  private static final Set<String> SCORED_TERMS = Set.of(Schema.ANCHOR, Schema.NAME_KEY);

  /** The sub-field of the anchors whose doc values count them. */
  static final String ANCHOR_COUNTS = Schema.ANCHOR + ".df";

  private static final Set<String> LONGS = Set.of(Schema.PUBLISHED, Schema.INGESTED,
      Schema.MENTIONED);

  /** Stored only: numbers. */
  private static final Set<String> STORED_INTS = Set.of(Schema.PIPELINE, Schema.LENGTH,
      "paragraphs");

  /** Stored only: strings. */
  private static final Set<String> STORED_STRINGS = Set.of(Schema.DISPLAY_TITLE, Schema.ANCHORS,
      "content_type", "title", "published_day", "author", "recognition", "furniture",
      "canonical_url", Schema.META, Schema.MENTIONS);

  /** Stored only: bytes. */
  private static final Set<String> STORED_BYTES = Set.of(Schema.SEGMENTS, Schema.MENTIONS_BINARY);

  private Mapping() {}

  /** The body that creates the index. */
  static ObjectNode create(JsonMapper json, int shards, int replicas) {
    ObjectNode body = json.createObjectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_shards", shards);
    index.put("number_of_replicas", replicas);
    // searches see what was committed, as on the embedded index: commit refreshes
    index.put("refresh_interval", "-1");
    // the plugin's similarity type, configured under its own name
    index.putObject("similarity").putObject(AnalyzerNames.SIMILARITY)
        .put("type", AnalyzerNames.SIMILARITY);
    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode p = mappings.putObject("properties");
    for (String k : KEYWORDS) {
      ObjectNode f = p.putObject(k);
      f.put("type", "keyword");
      f.put("similarity", AnalyzerNames.SIMILARITY);
      if (k.equals(Schema.SOURCE) || k.equals(Schema.HASH)) {
        f.put("doc_values", false);
      }
    }
    for (String k : SCORED_TERMS) {
      ObjectNode f = p.putObject(k);
      f.put("type", "text");
      f.put("analyzer", "keyword");
      f.put("index_options", "docs");
      f.put("norms", false);
      f.put("similarity", AnalyzerNames.SIMILARITY);
      if (k.equals(Schema.ANCHOR)) {
        f.putObject("fields").putObject("df").put("type", "keyword").put("index", false);
      }
    }
    for (String k : LONGS) {
      p.putObject(k).put("type", "long");
    }
    for (String k : STORED_INTS) {
      p.putObject(k).put("type", "integer").put("index", false).put("doc_values", false);
    }
    for (String k : STORED_STRINGS) {
      p.putObject(k).put("type", "text").put("index", false);
    }
    for (String k : STORED_BYTES) {
      p.putObject(k).put("type", "binary");
    }
    text(p, Schema.ANY, AnalyzerNames.NEUTRAL, "positions");
    p.putObject(DocumentSource.STORED).put("type", "object").put("enabled", false);
    return body;
  }

  /** The fields of {@code language}'s text and title, to add to the mapping. */
  static ObjectNode language(JsonMapper json, LanguagePacks packs, String language) {
    ObjectNode body = json.createObjectNode();
    ObjectNode p = body.putObject("properties");
    String analyzer = AnalyzerNames.analyzerFor(packs, language);
    text(p, Schema.textField(language), analyzer, "offsets");
    text(p, Schema.titleField(language), analyzer, "offsets");
    return body;
  }

  private static void text(ObjectNode properties, String name, String analyzer, String options) {
    ObjectNode f = properties.putObject(name);
    f.put("type", "text");
    f.put("analyzer", analyzer);
    f.put("index_options", options);
    f.put("similarity", AnalyzerNames.SIMILARITY);
  }
}
