package org.dragoman.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.dragoman.index.ArchiveStore;
import org.dragoman.index.Schema;
import org.dragoman.ingest.ArticleReader;
import org.dragoman.language.LanguagePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of Lucene query the search and alignment build, run on the embedded store and on a
 * cluster store of the same articles: the same articles with the same scores. The kinds the
 * samples' searches may not reach are here one by one: weighted synonyms (a word's learned
 * translations), a phrase with a stop word's place left, a prefix, boosts, a minimum; and a
 * kind the store cannot send is refused by name.
 */
class QueryParityTest {
  @TempDir Path dir;

  @Test
  void everyQueryKind_sameScoresOnBothStores() throws Exception {
    LanguagePacks packs = LanguagePacks.installed();
    try (LocalCluster cluster = LocalCluster.start(dir.resolve("nodes"), "queries", 1);
        ArchiveStore embedded = ArchiveStore.open(dir.resolve("e"), true, packs);
        ArchiveStore clustered = ArchiveStore.open(dir.resolve("c"), true, packs,
            // one shard: a phrase alone on two shards scored some 6% apart (docs/OPENSEARCH.md)
            new org.dragoman.index.BackendSettings("opensearch", java.util.Map.of("url",
                cluster.uri(0).toString(), "index", "queries", "shards", "1", "replicas", "0")))) {
      ArticleReader reader = ArticleReader.create(org.dragoman.ingest.IngestOptions.defaults());
      try (var files = java.nio.file.Files.list(DualBackendTest.CORPUS)) {
        for (Path f : files.filter(p -> !p.toString().endsWith(".json")).sorted().toList()) {
          var a = reader.read(f);
          embedded.put(a, 1, List.of("n:40", "n:2024"));
          clustered.put(a, 1, List.of("n:40", "n:2024"));
        }
      }
      embedded.commit();
      clustered.commit();
      String ar = Schema.textField("ar");
      String en = Schema.textField("en");
      List<Query> queries = List.of(
          new SynonymQuery.Builder(ar).addTerm(new Term(ar, "عمال"), 0.6f)
              .addTerm(new Term(ar, "اضراب"), 0.25f).build(),
          new SynonymQuery.Builder(en).addTerm(new Term(en, "worker"), 0.9f).build(),
          new PhraseQuery.Builder().add(new Term(en, "live"), 0).add(new Term(en, "wage"), 2)
              .setSlop(1).build(),
          new PhraseQuery(3, en, "water", "board"),
          new PrefixQuery(new Term(en, "wat")),
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(en, "strike")), BooleanClause.Occur.SHOULD)
              .add(new BoostQuery(new TermQuery(new Term(en, "worker")), 2.5f), BooleanClause.Occur.SHOULD)
              .add(new TermQuery(new Term(en, "karachi")), BooleanClause.Occur.SHOULD)
              .setMinimumNumberShouldMatch(2).build(),
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Schema.ANCHOR, "n:40")), BooleanClause.Occur.SHOULD)
              .add(new TermQuery(new Term(Schema.LANGUAGE, "ar")), BooleanClause.Occur.MUST_NOT)
              .build());
      for (Query q : queries) {
        List<ArchiveStore.ScoredId> a = embedded.top(q, 50);
        List<ArchiveStore.ScoredId> b = clustered.top(q, 50);
        assertFalse(a.isEmpty(), "no hits: " + q);
        assertEquals(a.size(), b.size(), q.toString());
        java.util.Map<String, Float> scores = new java.util.HashMap<>();
        b.forEach(h -> scores.put(h.id(), h.score()));
        for (ArchiveStore.ScoredId h : a) {
          Float other = scores.get(h.id());
          assertEquals(h.score(), other == null ? Float.NaN : other, Math.abs(h.score()) * 1e-5,
              q + " " + h.id());
        }
      }
      // a kind the store does not know is refused by name, not sent approximately
      var e = assertThrows(IllegalArgumentException.class, () -> clustered.top(
          new org.apache.lucene.search.FuzzyQuery(new Term(en, "watr")), 5));
      assertEquals(true, e.getMessage().startsWith("No query DSL for a FuzzyQuery"), e.getMessage());
    }
  }
}
