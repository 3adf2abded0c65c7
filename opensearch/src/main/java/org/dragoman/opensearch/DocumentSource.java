package org.dragoman.opensearch;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.dragoman.index.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An article's Lucene document ({@link Schema#fields}) as the JSON source of a cluster document,
 * and back: each field becomes a property of its name (a field of many terms, one a line, an
 * array of them; a binary one base64), and {@value #STORED} says which of them the embedded
 * index stores and as what, so that the document read back is the one the embedded index would
 * give ({@link Schema#fromDocument} reads either).
 */
final class DocumentSource {
  /** The property listing the stored fields: name → s (string), i (int), l (long), b (binary). */
  static final String STORED = "dragoman_stored";

  /** Characters of the longest term, as the embedded index cuts them. */
  private static final int MAX_TERM_CHARS = 8000;

  private DocumentSource() {}

  /** The JSON source of {@code d}. */
  static ObjectNode toSource(JsonMapper json, Document d) {
    Map<String, List<Object>> values = new LinkedHashMap<>();
    Map<String, String> stored = new LinkedHashMap<>();
    for (IndexableField f : d.getFields()) {
      if (f instanceof SortedSetDocValuesFacetField facet) {
        if (stored.containsKey(facet.dim)) {
          continue; // the stored value (the language) counted as a facet too
        }
        values.computeIfAbsent(facet.dim, k -> new ArrayList<>()).add(String.join("/", facet.path));
        continue;
      }
      var type = f.fieldType();
      if (type.stored()) {
        // a string field also gives its bytes: its string is what it stores
        String kind = f.numericValue() instanceof Integer ? "i"
            : f.numericValue() != null ? "l" : f.stringValue() != null ? "s" : "b";
        String was = stored.putIfAbsent(f.name(), kind);
        Object v = kind.equals("b") ? base64(f.binaryValue())
            : kind.equals("s") ? f.stringValue() : f.numericValue();
        values.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(v);
        if (was != null && !was.equals(kind)) {
          throw new IllegalStateException("Field " + f.name() + " stored as " + was + " and " + kind);
        }
        continue;
      }
      if (stored.containsKey(f.name())) {
        continue; // the stored value indexed too (a point of the same number)
      }
      if (type.indexOptions() == IndexOptions.NONE && type.pointDimensionCount() == 0) {
        continue; // doc values only: the same values as an indexed field of the same name
      }
      List<Object> list = values.computeIfAbsent(f.name(), k -> new ArrayList<>());
      if (Mapping.LINES.contains(f.name())) {
        for (String line : f.stringValue().split("\n")) {
          if (!line.isEmpty()) {
            list.add(line.length() > MAX_TERM_CHARS ? line.substring(0, MAX_TERM_CHARS) : line);
          }
        }
      } else if (type.pointDimensionCount() > 0) {
        list.add(f.numericValue());
      } else {
        list.add(f.stringValue());
      }
    }
    ObjectNode out = json.createObjectNode();
    for (Map.Entry<String, List<Object>> e : values.entrySet()) {
      List<Object> vs = e.getValue();
      if (vs.size() == 1 && !Mapping.MANY.contains(e.getKey())) {
        put(out, e.getKey(), vs.get(0));
      } else {
        ArrayNode a = out.putArray(e.getKey());
        for (Object v : vs) {
          add(a, v);
        }
      }
    }
    ObjectNode kinds = out.putObject(STORED);
    stored.forEach(kinds::put);
    return out;
  }

  /** The stored fields of a source, as the embedded index would give them. */
  static Document fromSource(JsonNode source) {
    Document d = new Document();
    for (var e : source.path(STORED).properties()) {
      String name = e.getKey();
      String kind = e.getValue().asString();
      JsonNode v = source.path(name);
      for (JsonNode one : v.isArray() ? v : List.of(v)) {
        if (one.isMissingNode() || one.isNull()) {
          continue;
        }
        d.add(switch (kind) {
          case "b" -> new StoredField(name, new BytesRef(Base64.getDecoder().decode(one.asString())));
          case "i" -> new StoredField(name, one.asInt());
          case "l" -> new StoredField(name, one.asLong());
          default -> new StoredField(name, one.asString());
        });
      }
    }
    return d;
  }

  private static String base64(BytesRef b) {
    return Base64.getEncoder().encodeToString(
        java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
  }

  private static void put(ObjectNode o, String name, Object v) {
    switch (v) {
      case Integer i -> o.put(name, i);
      case Long l -> o.put(name, l);
      case Number n -> o.put(name, n.longValue());
      default -> o.put(name, v.toString());
    }
  }

  private static void add(ArrayNode a, Object v) {
    switch (v) {
      case Integer i -> a.add(i);
      case Long l -> a.add(l);
      case Number n -> a.add(n.longValue());
      default -> a.add(v.toString());
    }
  }
}
