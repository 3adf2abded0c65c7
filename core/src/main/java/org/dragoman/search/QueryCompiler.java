package org.dragoman.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.dragoman.index.Schema;

/**
 * Turns a {@link UserQuery} into the Lucene query of one language: each word through that
 * language's analysis (so its stop words drop out and never count), over the article's text, its
 * title when the source gave one, and the language-neutral field of names and hashtags. A plain
 * question ranks by BM25 over its words, every word optional, with a boost where two of its
 * words stand together in the text and where a quoted phrase is found as written; with
 * operators, a quoted phrase is a phrase to be found.
 *
 * <p>Thread-safe; stateless beyond its analyzer.
 */
final class QueryCompiler {

  /** A word in a title the source gave counts this much more than in the text. */
  static final float TITLE_BOOST = 2f;

  /**
   * A name or hashtag matched in the neutral field (the same in every script and language), in
   * queries with operators. A plain question leaves the field out: on the passage-retrieval set
   * every weight above 0 lowered the ranking (docs/QUALITY.md).
   */
  static final float NEUTRAL_BOOST = 0.3f;

  /**
   * Two words of a question found within a few words of each other in the text: a small boost
   * (measured: 0.05 beside BM25 scores of 5 to 30; 0.3 lowered Hindi, 0 lowered Arabic, English
   * and Turkish).
   */
  static final float PROXIMITY_BOOST = 0.05f;

  /** The words of a quoted phrase found as the phrase, in a question. */
  static final float PHRASE_BOOST = 1f;

  /** How far apart two words may stand and still count as together. */
  static final int PROXIMITY_SLOP = 8;

  /** Lucene's limit on clauses, across the whole query: a long text is cut to stay below it. */
  static final int CLAUSE_BUDGET = 900;

  private final QueryBuilder builder;

  QueryCompiler(Analyzer analyzer) {
    this.builder = new QueryBuilder(analyzer);
  }

  /**
   * The query of {@code q} over the articles of {@code language}, or null when nothing of it
   * remains in that language (only stop words). {@code languages} is how many languages are
   * searched at once, to share the clause budget.
   */
  Query compile(UserQuery q, String language, int languages) {
    int maxWords = Math.max(4, CLAUSE_BUDGET / (Math.max(1, languages) * 5));
    Fields f = new Fields(Schema.textField(language), Schema.titleField(language), Schema.ANY);
    if (q.plain()) {
      return plain(q, f, maxWords);
    }
    return group(q.root(), f, new int[] {maxWords});
  }

  private record Fields(String text, String title, String neutral) {}

  private Query plain(UserQuery q, Fields f, int maxWords) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<String> content = new ArrayList<>(); // the words left after analysis, in order
    Set<String> seen = new LinkedHashSet<>();
    boolean any = false;
    for (UserQuery.Clause c : q.root().clauses()) {
      if (seen.size() >= maxWords) {
        break;
      }
      List<UserQuery.Word> words = new ArrayList<>();
      if (c.node() instanceof UserQuery.Phrase p) {
        // in a question, quotes ask for the words together, and a text that has them apart
        // (a translation's wording) still counts
        Query phrase = phrase(p.text(), f, false);
        if (phrase != null) {
          b.add(new BoostQuery(phrase, PHRASE_BOOST), BooleanClause.Occur.SHOULD);
        }
        for (String x : p.text().split("\\s+")) {
          words.add(new UserQuery.Word(x, false));
        }
      } else if (c.node() instanceof UserQuery.Word w) {
        words.add(w);
      }
      for (UserQuery.Word w : words) {
        if (!seen.add(w.text())) {
          continue;
        }
        Query word = word(w, f, false);
        if (word == null) {
          content.add(null); // a stop word: keeps the distance between its neighbours
          continue;
        }
        content.add(w.text());
        b.add(word, BooleanClause.Occur.SHOULD);
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    // words that stand together in the question and in the text: "living wage", "عمار فياز"
    for (int i = 0; i + 1 < content.size(); i++) {
      String a = content.get(i);
      int j = i + 1;
      while (j < content.size() && content.get(j) == null) {
        j++;
      }
      if (a == null || j >= content.size()) {
        continue;
      }
      Query near = builder.createPhraseQuery(f.text(), a + " " + content.get(j), PROXIMITY_SLOP);
      if (near != null) {
        b.add(new BoostQuery(near, PROXIMITY_BOOST), BooleanClause.Occur.SHOULD);
      }
    }
    return b.build();
  }

  private Query group(UserQuery.Group g, Fields f, int[] budget) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    int added = 0;
    for (UserQuery.Clause c : g.clauses()) {
      if (budget[0] <= 0) {
        break;
      }
      Query sub = switch (c.node()) {
        case UserQuery.Word w -> {
          budget[0]--;
          yield word(w, f, true);
        }
        case UserQuery.Phrase p -> {
          budget[0]--;
          yield phrase(p.text(), f, true);
        }
        case UserQuery.Group inner -> group(inner, f, budget);
      };
      if (sub == null) {
        continue; // a stop word (required or not) requires nothing
      }
      BooleanClause.Occur occur = switch (c.occur()) {
        case SHOULD -> BooleanClause.Occur.SHOULD;
        case MUST -> BooleanClause.Occur.MUST;
        case MUST_NOT -> BooleanClause.Occur.MUST_NOT;
      };
      positive |= occur != BooleanClause.Occur.MUST_NOT;
      b.add(sub, occur);
      added++;
    }
    if (added == 0) {
      return null;
    }
    if (!positive) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST); // "NOT x": all but x
    }
    return b.build();
  }

  /** One word over the text, the given title and the neutral field; null for a stop word. */
  private Query word(UserQuery.Word w, Fields f, boolean neutral) {
    if (w.prefix()) {
      BytesRef text = builder.getAnalyzer().normalize(f.text(), w.text());
      if (text.length == 0) {
        return null;
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(new PrefixQuery(new Term(f.text(), text)), BooleanClause.Occur.SHOULD);
      b.add(new BoostQuery(new PrefixQuery(new Term(f.title(), text)), TITLE_BOOST),
          BooleanClause.Occur.SHOULD);
      return b.build();
    }
    Query text = builder.createBooleanQuery(f.text(), w.text(), BooleanClause.Occur.SHOULD);
    if (text == null) {
      return null; // a stop word in this language, or punctuation
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text, BooleanClause.Occur.SHOULD);
    Query title = builder.createBooleanQuery(f.title(), w.text(), BooleanClause.Occur.SHOULD);
    if (title != null) {
      b.add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD);
    }
    if (neutral && looksLikeAName(w.text())) {
      Query names = builder.createBooleanQuery(f.neutral(), w.text(), BooleanClause.Occur.SHOULD);
      if (names != null) {
        b.add(new BoostQuery(names, NEUTRAL_BOOST), BooleanClause.Occur.SHOULD);
      }
    }
    return b.build();
  }

  /**
   * A capitalised word, an acronym or a hashtag: what the neutral field holds (names and tags
   * written alike in every language). Other words are left to the text's own analysis: counted
   * twice, common words would outweigh the rare ones (measured: ranking drops in every language).
   */
  static boolean looksLikeAName(String word) {
    int first = word.codePointAt(0);
    return Character.isUpperCase(first) || Character.isTitleCase(first) || first == '#'
        || first == '@';
  }

  /** Words in quotes over the text, the given title and the neutral field; null if all stop words. */
  private Query phrase(String text, Fields f, boolean withNeutral) {
    Query inText = builder.createPhraseQuery(f.text(), text);
    if (inText == null) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(inText, BooleanClause.Occur.SHOULD);
    Query title = builder.createPhraseQuery(f.title(), text);
    if (title != null) {
      b.add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD);
    }
    Query neutral = withNeutral ? builder.createPhraseQuery(f.neutral(), text) : null;
    if (neutral != null) {
      b.add(new BoostQuery(neutral, NEUTRAL_BOOST), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }
}
