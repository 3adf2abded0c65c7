package org.dragoman.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.dragoman.model.Article;
import org.dragoman.model.MediaTypes;
import org.dragoman.model.Segment;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an {@link Article} is laid out in Lucene: one document per article, its text in a field
 * of its own language ({@code text_ar}, {@code text_en}…) analysed by that language's pack, a
 * language-neutral ICU-folded field ({@code any}) holding the names and hashtags mentioned, which cross languages,
 * facets for language, year and format, and the rest stored as JSON so that the article can be
 * shown again from the index alone.
 */
public final class Schema {

  public static final String ID = "id";
  public static final String SOURCE = "source";
  public static final String HASH = "hash";
  public static final String PIPELINE = "pipeline";
  public static final String LANGUAGE = "language";
  public static final String FORMAT = "format";
  public static final String YEAR = "year";
  public static final String PUBLISHED = "published";
  public static final String ANY = "any";
  public static final String META = "meta";
  /** Language-independent anchors, one indexed term each, for finding translations. */
  public static final String ANCHOR = "anchor";
  /** The same anchors, stored, one a line. */
  public static final String ANCHORS = "anchors";
  /** When the article was read (epoch milliseconds), stored. */
  public static final String INGESTED = "ingested";
  /** Length of the text in characters, stored. */
  public static final String LENGTH = "length";
  /** The article's mentions, stored as JSON. */
  public static final String MENTIONS = "mentions";
  /** The article's mentions, stored compactly ({@link StoredCodec}); older archives have JSON. */
  public static final String MENTIONS_BINARY = "mentions_b";
  /** The article's paragraphs and sentences, stored compactly ({@link StoredCodec}). */
  public static final String SEGMENTS = "segments";
  /** How many of {@link #SEGMENTS} are paragraphs (the rest are sentences). */
  static final String PARAGRAPH_COUNT = "paragraphs";
  /** Names mentioned: "PERSON:amar fayaz", indexed and as doc values (for entity facets). */
  public static final String NAME = "name";
  /** Cross-script skeletons of the names mentioned, whole ("mr fs") and word by word. */
  public static final String NAME_KEY = "name_key";
  /** Days that the article's dates mention (first day of a month or year), epoch days. */
  public static final String MENTIONED = "mentioned";
  /** Facet: months the article's dates mention ("2020-11"). */
  public static final String MENTIONED_MONTH = "mentioned_month";
  public static final String TEXT_PREFIX = "text_";
  public static final String TITLE_PREFIX = "title_";

  /** Stored only: the title shown (the source's, or the start of the first sentence). */
  public static final String DISPLAY_TITLE = "display_title";

  /** Most values counted per facet dimension. */
  public static final int MAX_FACET_VALUES = 10_000;

  /** Facet dimensions, each one value per article. */
  public static final FacetsConfig FACETS = new FacetsConfig();

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static {
    FACETS.setMultiValued(MENTIONED_MONTH, true);
  }

  static final String CONTENT_TYPE = "content_type";
  static final String TITLE = "title";
  static final String PUBLISHED_DAY = "published_day";
  static final String AUTHOR = "author";
  /** How the text was recognised from page images (OCR), when it was. */
  static final String RECOGNITION = "recognition";
  /** Page furniture left out of the text, one value a line. */
  static final String FURNITURE = "furniture";
  static final String CANONICAL_URL = "canonical_url";

  private static void storeIfPresent(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  /** The indexed term of a name, see {@link org.dragoman.entity.NameTerms#term}. */
  public static String nameTerm(String type, String label) {
    return org.dragoman.entity.NameTerms.term(type, label);
  }

  /** The cross-script key of a name, see {@link org.dragoman.entity.NameTerms#key}. */
  public static String nameKey(String label) {
    return org.dragoman.entity.NameTerms.key(label);
  }


  /** Analysed, stored, with offsets in the postings so highlighting needs no re-analysis. */
  private static final FieldType TEXT = new FieldType();

  /** Analysed only. */
  private static final FieldType NEUTRAL = new FieldType();

  /** Exact terms, one a line ({@link LinesAnalyzer}), without frequencies or norms. */
  private static final FieldType TERMS = new FieldType();

  static {
    TEXT.setTokenized(true);
    TEXT.setStored(true);
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT.freeze();
    NEUTRAL.setTokenized(true);
    NEUTRAL.setStored(false);
    NEUTRAL.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    NEUTRAL.freeze();
    TERMS.setTokenized(true);
    TERMS.setStored(false);
    TERMS.setOmitNorms(true);
    TERMS.setIndexOptions(IndexOptions.DOCS);
    TERMS.freeze();
  }

  private Schema() {}

  /** Returns the text field of {@code language}. */
  public static String textField(String language) {
    return TEXT_PREFIX + language;
  }

  /** Returns the title field of {@code language}. */
  public static String titleField(String language) {
    return TITLE_PREFIX + language;
  }

  /** The stored part of an article besides its text, id, source and language. */
  record Meta(
      String contentType,
      String title,
      LocalDate published,
      String author,
      String canonicalUrl,
      String contentHash,
      List<Segment> paragraphs,
      List<Segment> sentences,
      Instant ingested) {}

  static Document toDocument(Article a, int pipeline, java.util.Collection<String> anchors,
      List<org.dragoman.model.Mention> mentions) {
    try {
      return FACETS.build(fields(a, pipeline, anchors, mentions));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot build facets for article " + a.id(), e);
    }
  }

  /**
   * The fields of an article's document, its facets as {@link SortedSetDocValuesFacetField}s
   * (before {@link #FACETS} encodes them for the embedded index): what another store lays out
   * in its own way.
   */
  public static Document fields(Article a, int pipeline, java.util.Collection<String> anchors,
      List<org.dragoman.model.Mention> mentions) {
    Document d = new Document();
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new StringField(SOURCE, a.source(), Field.Store.YES));
    d.add(new StringField(HASH, a.contentHash(), Field.Store.YES));
    d.add(new StoredField(PIPELINE, pipeline));
    d.add(new StringField(LANGUAGE, a.language(), Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField(LANGUAGE, a.language()));
    d.add(new SortedSetDocValuesFacetField(FORMAT, MediaTypes.shortName(a.contentType())));
    if (a.published() != null) {
      long day = a.published().toEpochDay();
      d.add(new LongPoint(PUBLISHED, day));
      d.add(new NumericDocValuesField(PUBLISHED, day));
      d.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(a.published().getYear())));
    }
    d.add(new Field(textField(a.language()), a.text(), TEXT));
    // a title counts for ranking only when the source gave one (a heading, <title>, front
    // matter, a headline line): the first sentence shown when there is none is not a title
    if (a.title() != null && !a.title().isBlank()) {
      d.add(new Field(titleField(a.language()), a.title(), TEXT));
    }
    d.add(new StoredField(DISPLAY_TITLE, a.displayTitle()));
    // the neutral field holds the names and tags only, so that they match across languages
    // without every word of the text counting twice (and stop words with them)
    java.util.Set<String> neutral = new java.util.LinkedHashSet<>();
    for (org.dragoman.model.Mention m : mentions) {
      if (m.type().isEntity() || m.type() == org.dragoman.model.Mention.Type.HASHTAG) {
        neutral.add(m.text());
      }
    }
    if (!neutral.isEmpty()) {
      // one value, not one per name: the neutral analyzer puts no gap between values, so the
      // terms and positions are the same, for one pass of its tokenizer instead of dozens
      d.add(new Field(ANY, String.join("\n", neutral), NEUTRAL));
    }
    if (!anchors.isEmpty()) {
      d.add(new Field(ANCHOR, String.join("\n", anchors), TERMS));
    }
    d.add(new StoredField(ANCHORS, String.join("\n", anchors)));
    d.add(new StoredField(LENGTH, a.text().length()));
    d.add(new StoredField(INGESTED, a.ingested().toEpochMilli()));
    d.add(new LongPoint(INGESTED, a.ingested().toEpochMilli()));
    // metadata as stored fields of their own (older archives hold them as JSON in META)
    d.add(new StoredField(CONTENT_TYPE, a.contentType()));
    storeIfPresent(d, TITLE, a.title());
    storeIfPresent(d, PUBLISHED_DAY, a.published() == null ? null : a.published().toString());
    storeIfPresent(d, AUTHOR, a.author());
    storeIfPresent(d, RECOGNITION, a.recognition());
    for (String f : a.furniture()) {
      d.add(new StoredField(FURNITURE, f));
    }
    storeIfPresent(d, CANONICAL_URL, a.canonicalUrl());
    List<Segment> segments = new java.util.ArrayList<>(a.paragraphs().size() + a.sentences().size());
    segments.addAll(a.paragraphs());
    segments.addAll(a.sentences());
    d.add(new StoredField(SEGMENTS, StoredCodec.segments(segments)));
    d.add(new StoredField(PARAGRAPH_COUNT, a.paragraphs().size()));
    addMentions(d, mentions);
    return d;
  }

  private static void addMentions(Document d, List<org.dragoman.model.Mention> mentions) {
    d.add(new StoredField(MENTIONS_BINARY, StoredCodec.mentions(mentions)));
    java.util.Set<String> names = new java.util.TreeSet<>();
    java.util.Set<String> keys = new java.util.TreeSet<>();
    java.util.Set<Long> days = new java.util.TreeSet<>();
    java.util.Set<String> months = new java.util.TreeSet<>();
    java.util.Set<String> seen = new java.util.HashSet<>(); // an article names its names again
    java.util.Set<String> seenDates = new java.util.HashSet<>();
    for (org.dragoman.model.Mention m : mentions) {
      if (m.type().isEntity()) {
        if (!seen.add(m.type().name() + '\u0000' + m.text())) {
          continue;
        }
        names.add(nameTerm(m.type().name(), m.text()));
        String key = nameKey(m.text());
        if (!key.isEmpty()) {
          keys.add(key);
          for (int from = 0; from < key.length(); ) {
            int space = key.indexOf(' ', from);
            int to = space < 0 ? key.length() : space;
            keys.add(key.substring(from, to));
            from = to + 1;
          }
        }
      } else if (m.type() == org.dragoman.model.Mention.Type.DATE && m.value() != null
          && seenDates.add(m.value())) {
        // a date or a range "2020-11-08/2020-11-10": every day of it (two months at most);
        // a month or a year counts from its first day, and only a month or a day names a month
        String[] ends = m.value().split("/");
        LocalDate first = firstDay(ends[0]);
        LocalDate last = ends.length > 1 ? firstDay(ends[1]) : first;
        if (first == null || last == null) {
          continue; // not ISO 8601 (an editor's import, an older Dragoman): kept, not indexed
        }
        for (LocalDate day = first; !day.isAfter(last) && !day.isAfter(first.plusDays(61)); day = day.plusDays(1)) {
          days.add(day.toEpochDay());
          if (ends[0].length() >= 7) {
            months.add(day.toString().substring(0, 7));
          }
        }
      }
    }
    if (!names.isEmpty()) {
      d.add(new Field(NAME, String.join("\n", names), TERMS));
    }
    if (!keys.isEmpty()) {
      d.add(new Field(NAME_KEY, String.join("\n", keys), TERMS));
    }
    for (String n : names) {
      d.add(new org.apache.lucene.document.SortedSetDocValuesField(NAME, new org.apache.lucene.util.BytesRef(n)));
    }
    for (long day : days) {
      d.add(new LongPoint(MENTIONED, day));
    }
    for (String m : months) {
      d.add(new SortedSetDocValuesFacetField(MENTIONED_MONTH, m));
    }
  }

  /** The first day of an ISO 8601 day, month or year, or null when it is none of them. */
  private static LocalDate firstDay(String v) {
    try {
      return LocalDate.parse(v.length() == 4 ? v + "-01-01" : v.length() == 7 ? v + "-01" : v);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** Reads the stored mentions of a document. */
  public static List<org.dragoman.model.Mention> mentions(Document d) {
    org.apache.lucene.util.BytesRef binary = d.getBinaryValue(MENTIONS_BINARY);
    if (binary != null) {
      return StoredCodec.mentions(binary);
    }
    String json = d.get(MENTIONS);
    if (json == null) {
      return List.of();
    }
    return List.of(JSON.readValue(json, org.dragoman.model.Mention[].class));
  }

  /** Reads an article back from a stored document. */
  public static Article fromDocument(Document d) {
    String language = d.get(LANGUAGE);
    String json = d.get(META);
    Meta m = json != null ? JSON.readValue(json, Meta.class) : new Meta(d.get(CONTENT_TYPE),
        d.get(TITLE), d.get(PUBLISHED_DAY) == null ? null : LocalDate.parse(d.get(PUBLISHED_DAY)),
        d.get(AUTHOR), d.get(CANONICAL_URL), d.get(HASH), null, null,
        Instant.ofEpochMilli(d.getField(INGESTED).numericValue().longValue()));
    List<Segment> paragraphs = m.paragraphs();
    List<Segment> sentences = m.sentences();
    org.apache.lucene.util.BytesRef segments = d.getBinaryValue(SEGMENTS);
    if (segments != null) {
      List<Segment> all = StoredCodec.segments(segments);
      int p = d.getField(PARAGRAPH_COUNT).numericValue().intValue();
      paragraphs = all.subList(0, p);
      sentences = all.subList(p, all.size());
    }
    return new Article(d.get(ID), d.get(SOURCE), m.contentType(), language, m.title(),
        m.published(), m.author(), m.canonicalUrl(), m.contentHash(),
        d.get(textField(language)), paragraphs == null ? List.of() : paragraphs,
        sentences == null ? List.of() : sentences, m.ingested(), d.get(RECOGNITION),
        java.util.Arrays.asList(d.getValues(FURNITURE)));
  }

  /** Reads article number {@code doc} back from the index's stored fields. */
  public static Article load(StoredFields fields, int doc) throws java.io.IOException {
    return fromDocument(fields.document(doc));
  }
}
