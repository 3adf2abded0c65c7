package org.dragoman.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Lucene queries that Dragoman's search and alignment build, in OpenSearch's query DSL, so
 * that the cluster runs the very query the embedded index runs: each clause becomes the DSL
 * query that OpenSearch turns back into the same Lucene query (a {@code term} into a {@link
 * TermQuery}, a {@code bool} into a {@link BooleanQuery} with the same minimum, a boost into a
 * {@link BoostQuery}), and a phrase of analysed terms goes as a {@code match_phrase} of {@link
 * PositionedTerms}, which the plugin's analyzer reads back to the same terms at the same
 * positions. Scores are then the same, given the same statistics (a search asks for them
 * across shards: {@code dfs_query_then_fetch}) and the same similarity.
 *
 * <p>A query of another kind is refused with its class named, rather than sent approximately.
 */
final class QueryDsl {
  private final JsonMapper json;

  QueryDsl(JsonMapper json) {
    this.json = json;
  }

  /** The DSL of {@code q}. */
  ObjectNode of(Query q) {
    ObjectNode o = json.createObjectNode();
    switch (q) {
      case TermQuery t -> o.putObject("term").putObject(t.getTerm().field())
          .put("value", t.getTerm().text());
      case BooleanQuery b -> bool(o, b);
      case BoostQuery b -> {
        ObjectNode bool = o.putObject("bool");
        bool.putArray("must").add(of(b.getQuery()));
        bool.put("boost", b.getBoost());
      }
      case ConstantScoreQuery c -> o.putObject("constant_score").set("filter", of(c.getQuery()));
      case MatchAllDocsQuery m -> o.putObject("match_all");
      case MatchNoDocsQuery m -> o.putObject("match_none");
      case TermInSetQuery t -> terms(o, t);
      case PointRangeQuery r -> range(o, r);
      case PrefixQuery p -> o.putObject("prefix").putObject(p.getPrefix().field())
          .put("value", p.getPrefix().text()).put("rewrite", "constant_score");
      case PhraseQuery p -> phrase(o, p);
      case org.apache.lucene.search.SynonymQuery s -> synonyms(o, s);
      default -> throw new IllegalArgumentException("No query DSL for a "
          + q.getClass().getSimpleName() + ": " + q);
    }
    return o;
  }

  private void bool(ObjectNode o, BooleanQuery b) {
    if (b.clauses().isEmpty()) {
      o.putObject("match_none"); // Lucene's empty query matches nothing; the DSL's everything
      return;
    }
    ObjectNode bool = o.putObject("bool");
    boolean required = false;
    int should = 0;
    for (BooleanClause c : b.clauses()) {
      String occur = switch (c.occur()) {
        case MUST -> "must";
        case FILTER -> "filter";
        case SHOULD -> "should";
        case MUST_NOT -> "must_not";
      };
      required |= c.occur() == BooleanClause.Occur.MUST || c.occur() == BooleanClause.Occur.FILTER;
      should += c.occur() == BooleanClause.Occur.SHOULD ? 1 : 0;
      ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
      list.add(of(c.query()));
    }
    // as Lucene reads it: without a required clause, one of the optional ones must match
    int minimum = b.getMinimumNumberShouldMatch();
    if (minimum == 0 && !required && should > 0) {
      minimum = 1;
    }
    if (should > 0) {
      bool.put("minimum_should_match", minimum);
    }
  }

  private void terms(ObjectNode o, TermInSetQuery t) {
    String field = fieldOf(t);
    ArrayNode values = o.putObject("terms").putArray(field);
    try {
      BytesRefIterator it = t.getBytesRefIterator();
      for (BytesRef r = it.next(); r != null; r = it.next()) {
        values.add(r.utf8ToString());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String fieldOf(TermInSetQuery t) {
    return t.getField();
  }

  private void range(ObjectNode o, PointRangeQuery r) {
    if (r.getNumDims() != 1 || r.getBytesPerDim() != Long.BYTES) {
      throw new IllegalArgumentException("No query DSL for a range of " + r.getNumDims()
          + " dimensions of " + r.getBytesPerDim() + " bytes: " + r);
    }
    ObjectNode f = o.putObject("range").putObject(r.getField());
    f.put("gte", LongPoint.decodeDimension(r.getLowerPoint(), 0));
    f.put("lte", LongPoint.decodeDimension(r.getUpperPoint(), 0));
  }

  /** Weighted synonyms: the plugin's query, since the DSL has none that keeps the weights. */
  private void synonyms(ObjectNode o, org.apache.lucene.search.SynonymQuery s) {
    ObjectNode q = o.putObject("dragoman_synonym");
    q.put("field", s.getField());
    ArrayNode terms = q.putArray("terms");
    float[] weights = weights(s);
    List<Term> ts = s.getTerms();
    for (int i = 0; i < ts.size(); i++) {
      terms.addObject().put("term", ts.get(i).text()).put("weight", weights[i]);
    }
  }

  /** The weights of a synonym query's terms, in the order it gives its terms. */
  private static float[] weights(org.apache.lucene.search.SynonymQuery s) {
    List<Term> terms = s.getTerms();
    float[] out = new float[terms.size()];
    String text = s.toString();
    java.util.Arrays.fill(out, 1f);
    // Lucene prints a weighted term as "field:term^0.5"; the weight is not public otherwise
    for (int i = 0; i < terms.size(); i++) {
      String printed = terms.get(i).field() + ":" + terms.get(i).text() + "^";
      int at = text.indexOf(printed);
      if (at >= 0) {
        int from = at + printed.length();
        int to = from;
        while (to < text.length() && (Character.isDigit(text.charAt(to)) || text.charAt(to) == '.'
            || text.charAt(to) == 'E' || text.charAt(to) == '-')) {
          to++;
        }
        out[i] = Float.parseFloat(text.substring(from, to));
      }
    }
    return out;
  }

  private void phrase(ObjectNode o, PhraseQuery p) {
    Term[] terms = p.getTerms();
    if (terms.length == 0) {
      o.putObject("match_none");
      return;
    }
    List<String> texts = new ArrayList<>();
    for (Term t : terms) {
      texts.add(t.text());
    }
    int[] positions = Arrays.copyOf(p.getPositions(), terms.length);
    ObjectNode m = o.putObject("match_phrase").putObject(p.getField());
    m.put("query", PositionedTerms.encode(texts, positions));
    m.put("analyzer", AnalyzerNames.TERMS);
    m.put("slop", p.getSlop());
  }
}
