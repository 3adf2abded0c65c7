package org.dragoman.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.dragoman.index.Schema;
import org.dragoman.text.NameKeys;
import org.dragoman.text.Scripts;

/**
 * The part of a query that finds articles written in another language than the query: each word
 * of the query translated through the archive's word lexicon, its translations searched as one
 * term weighted by their probabilities (a probabilistic structured query, Darwish and Oard 2003:
 * Lucene's {@link SynonymQuery} with a weight per term), and the names and numbers of the query
 * matched through the anchors every article carries whatever its script (name skeletons such as
 * {@code k:bntrs} for "Panthers" and "بانثرز", numbers, Latin-script names).
 *
 * <p>The query's own language is the one whose lexicon knows most of its words, so that a query
 * needs no language tag. One instance serves one query (it keeps the translator's answers).
 */
final class CrossLanguage {

  /** Translations kept per word, the likeliest first. */
  static final int TRANSLATIONS = 5;

  /** Translations less likely than this are noise of a small lexicon. */
  static final float MIN_PROBABILITY = 0.05f;

  /** Clauses a word may take at most: its translations and two anchors. */
  static final int CLAUSES_PER_WORD = TRANSLATIONS + 2;

  /** A name or number of the query found among a text's anchors. */
  static final float ANCHOR_BOOST = 1f;

  private final Analyzer analyzer;
  private final QueryTranslator translator;

  CrossLanguage(Analyzer analyzer, QueryTranslator translator) {
    this.analyzer = analyzer;
    this.translator = translator;
  }

  /** The words of a query in one language and the terms they give there. */
  record Reading(String language, Map<String, List<String>> termsByWord) {}

  /**
   * What reaches the articles of one language from a query in another.
   *
   * @param translated the query's words translated, or null
   * @param from the language they were read in, or null
   * @param anchors its names and numbers among the articles' anchors, or null
   */
  record Parts(Query translated, String from, Query anchors) {}

  /**
   * The query's parts over the articles of {@code target} that do not need its language.
   * {@code held} are the archive's languages; {@code languages} how many are searched at once,
   * to share the clause budget (a long text is cut to its first words).
   */
  Parts parts(UserQuery q, String target, List<String> held, int languages) {
    // half of Lucene's clause limit is the query's own words' (QueryCompiler), the other half
    // its translations' and anchors', shared by the languages searched
    int clauses = QueryCompiler.CLAUSE_BUDGET / 2 / Math.max(1, languages);
    List<String> all = q.words();
    List<String> words = all.subList(0, Math.min(all.size(), Math.max(1, clauses / CLAUSES_PER_WORD)));
    if (words.isEmpty()) {
      return new Parts(null, null, null);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    Reading source = source(words, target, held);
    if (source != null) {
      String field = Schema.textField(target);
      Set<String> seen = new LinkedHashSet<>();
      for (List<String> terms : source.termsByWord().values()) {
        for (String term : terms) {
          if (!seen.add(term)) {
            continue;
          }
          List<QueryTranslator.Translation> ts = translations(source.language(), target, term);
          if (ts.isEmpty()) {
            continue;
          }
          SynonymQuery.Builder s = new SynonymQuery.Builder(field);
          for (QueryTranslator.Translation t : ts) {
            s.addTerm(new Term(field, t.term()), Math.min(1f, t.probability()));
          }
          b.add(s.build(), BooleanClause.Occur.SHOULD);
          any = true;
        }
      }
    }
    BooleanQuery.Builder a = new BooleanQuery.Builder();
    boolean anyAnchor = false;
    for (String anchor : anchors(words)) {
      a.add(new BoostQuery(new TermQuery(new Term(Schema.ANCHOR, anchor)), ANCHOR_BOOST),
          BooleanClause.Occur.SHOULD);
      anyAnchor = true;
    }
    return new Parts(any ? b.build() : null, any ? source.language() : null,
        anyAnchor ? a.build() : null);
  }

  /** The translator's answers within this query: each word is asked once per language pair. */
  private final Map<String, List<QueryTranslator.Translation>> asked = new java.util.HashMap<>();

  private List<QueryTranslator.Translation> translate(String from, String to, String term) {
    return asked.computeIfAbsent(from + "\u0000" + to + "\u0000" + term,
        k -> translator.translate(from, to, term));
  }

  private List<QueryTranslator.Translation> translations(String from, String to, String term) {
    List<QueryTranslator.Translation> out = new ArrayList<>();
    for (QueryTranslator.Translation t : translate(from, to, term)) {
      if (t.probability() >= MIN_PROBABILITY && out.size() < TRANSLATIONS) {
        out.add(t);
      }
    }
    return out;
  }

  /** The language other than {@code target} whose lexicon into it knows most of the words. */
  private Reading source(List<String> words, String target, List<String> held) {
    Reading best = null;
    int bestKnown = 0;
    for (String l : held) {
      if (l.equals(target)) {
        continue;
      }
      Map<String, List<String>> terms = new LinkedHashMap<>();
      int known = 0;
      for (String w : words) {
        List<String> ts = terms(l, w);
        terms.put(w, ts);
        for (String t : ts) {
          if (!translate(l, target, t).isEmpty()) {
            known++;
          }
        }
      }
      if (known > bestKnown) {
        bestKnown = known;
        best = new Reading(l, terms);
      }
    }
    return best;
  }

  private List<String> terms(String language, String word) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.textField(language), word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The anchors of the query's names and numbers, as the anchor field holds them: a number's
   * value, a Latin-script name or acronym, the consonant skeleton of a name in any script.
   */
  static Set<String> anchors(List<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String raw : words) {
      String w = raw.replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", "");
      if (w.isEmpty()) {
        continue;
      }
      if (w.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.')
          && Character.isDigit(w.charAt(0))) {
        String digits = org.dragoman.align.DocumentAnchors.numberValue(w);
        if (digits.length() >= 2) {
          out.add("n:" + digits);
        }
        continue;
      }
      int first = w.codePointAt(0);
      if (!Character.isLetter(first)) {
        continue;
      }
      boolean latin = Scripts.isMostlyLatin(w);
      boolean name = !latin || Character.isUpperCase(first) || Character.isTitleCase(first);
      if (!name) {
        continue;
      }
      if (latin && w.length() >= 2) {
        out.add("l:" + w.toLowerCase(java.util.Locale.ROOT));
      }
      String key = NameKeys.key(w);
      if (key.length() >= 3) {
        out.add("k:" + key);
      }
    }
    return out;
  }
}
