package org.dragoman.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.opensearch.core.ParseField;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.AbstractQueryBuilder;
import org.opensearch.index.query.QueryShardContext;

/**
 * {@value #NAME}: Lucene's {@link SynonymQuery} with a weight per term, which Dragoman's search
 * asks for a word's translations (each weighted by its probability, scored as one term) and
 * which no query of OpenSearch's DSL gives: {@code {"dragoman_synonym": {"field": "text_ar",
 * "terms": [{"term": "عمال", "weight": 0.6}, …]}}}.
 */
final class WeightedSynonymQueryBuilder extends AbstractQueryBuilder<WeightedSynonymQueryBuilder> {
  static final String NAME = "dragoman_synonym";

  record Weighted(String term, float weight) {}

  private final String field;
  private final List<Weighted> terms;

  WeightedSynonymQueryBuilder(String field, List<Weighted> terms) {
    this.field = Objects.requireNonNull(field, "field");
    this.terms = List.copyOf(terms);
  }

  WeightedSynonymQueryBuilder(StreamInput in) throws IOException {
    super(in);
    field = in.readString();
    int n = in.readVInt();
    List<Weighted> t = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      t.add(new Weighted(in.readString(), in.readFloat()));
    }
    terms = List.copyOf(t);
  }

  @Override
  protected void doWriteTo(StreamOutput out) throws IOException {
    out.writeString(field);
    out.writeVInt(terms.size());
    for (Weighted w : terms) {
      out.writeString(w.term());
      out.writeFloat(w.weight());
    }
  }

  @Override
  protected void doXContent(XContentBuilder b, ToXContent.Params params) throws IOException {
    b.startObject(NAME);
    b.field("field", field);
    b.startArray("terms");
    for (Weighted w : terms) {
      b.startObject().field("term", w.term()).field("weight", w.weight()).endObject();
    }
    b.endArray();
    printBoostAndQueryName(b);
    b.endObject();
  }

  static WeightedSynonymQueryBuilder fromXContent(XContentParser p) throws IOException {
    String field = null;
    List<Weighted> terms = new ArrayList<>();
    float boost = DEFAULT_BOOST;
    String name = null;
    String key = null;
    for (XContentParser.Token t = p.nextToken(); t != XContentParser.Token.END_OBJECT;
        t = p.nextToken()) {
      if (t == XContentParser.Token.FIELD_NAME) {
        key = p.currentName();
      } else if (t == XContentParser.Token.START_ARRAY && "terms".equals(key)) {
        while (p.nextToken() != XContentParser.Token.END_ARRAY) {
          String term = null;
          float weight = 1f;
          String k = null;
          for (XContentParser.Token u = p.nextToken(); u != XContentParser.Token.END_OBJECT;
              u = p.nextToken()) {
            if (u == XContentParser.Token.FIELD_NAME) {
              k = p.currentName();
            } else if ("term".equals(k)) {
              term = p.text();
            } else if ("weight".equals(k)) {
              weight = p.floatValue();
            }
          }
          if (term == null || !(weight > 0 && weight <= 1)) {
            throw new ParsingException(p.getTokenLocation(), "[" + NAME + "] each term needs a"
                + " term and a weight in (0, 1]");
          }
          terms.add(new Weighted(term, weight));
        }
      } else if ("field".equals(key)) {
        field = p.text();
      } else if (BOOST_FIELD.match(key, p.getDeprecationHandler())) {
        boost = p.floatValue();
      } else if (NAME_FIELD.match(key, p.getDeprecationHandler())) {
        name = p.text();
      } else {
        throw new ParsingException(p.getTokenLocation(), "[" + NAME + "] does not take [" + key + "]");
      }
    }
    if (field == null || terms.isEmpty()) {
      throw new ParsingException(p.getTokenLocation(), "[" + NAME + "] needs a field and terms");
    }
    WeightedSynonymQueryBuilder q = new WeightedSynonymQueryBuilder(field, terms);
    q.boost(boost);
    q.queryName(name);
    return q;
  }

  @Override
  protected Query doToQuery(QueryShardContext context) {
    SynonymQuery.Builder b = new SynonymQuery.Builder(field);
    for (Weighted w : terms) {
      b.addTerm(new Term(field, w.term()), w.weight());
    }
    return b.build();
  }

  @Override
  protected boolean doEquals(WeightedSynonymQueryBuilder other) {
    return field.equals(other.field) && terms.equals(other.terms);
  }

  @Override
  protected int doHashCode() {
    return Objects.hash(field, terms);
  }

  @Override
  public String getWriteableName() {
    return NAME;
  }

  static final ParseField PARSE = new ParseField(NAME);
}
