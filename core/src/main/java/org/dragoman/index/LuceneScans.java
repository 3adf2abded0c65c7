package org.dragoman.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.dragoman.model.Mention;

/** The questions about every article of the embedded index: read from its terms and doc values. */
final class LuceneScans implements ArchiveScans {
  private final LuceneStore store;

  LuceneScans(LuceneStore store) {
    this.store = store;
  }

  /** Calls {@code visit} with the id, language and mentions of every article. */
  @Override
  public void forEachMentions(MentionVisitor visit) throws IOException {
    store.withSearcher(s -> {
      org.apache.lucene.index.StoredFields fields = s.storedFields();
      java.util.Set<String> wanted =
          java.util.Set.of(Schema.ID, Schema.LANGUAGE, Schema.MENTIONS, Schema.MENTIONS_BINARY,
              Schema.INGESTED);
      for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          org.apache.lucene.document.Document d = fields.document(leaf.docBase + doc, wanted);
          var ingested = d.getField(Schema.INGESTED);
          visit.visit(d.get(Schema.ID), d.get(Schema.LANGUAGE),
              ingested == null ? 0 : ingested.numericValue().longValue(), Schema.mentions(d));
        }
      }
      return null;
    });
  }

  @Override
  public void forEachFacts(java.util.function.Consumer<ArchiveStore.Facts> visit)
      throws IOException {
    store.withSearcher(s -> {
      for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            visit.accept(facts(s, leaf.docBase + doc));
          }
        }
      }
      return null;
    });
  }

  private static final java.util.Set<String> FACTS =
      java.util.Set.of(Schema.ID, Schema.LANGUAGE, Schema.LENGTH, Schema.ANCHORS);

  /** The pairing facts of document {@code doc} of {@code s}. */
  static ArchiveStore.Facts facts(org.apache.lucene.search.IndexSearcher s, int doc)
      throws IOException {
    org.apache.lucene.document.Document d = s.storedFields().document(doc, FACTS);
    String anchors = d.get(Schema.ANCHORS);
    var length = d.getField(Schema.LENGTH);
    var leaves = s.getIndexReader().leaves();
    var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    org.apache.lucene.index.NumericDocValues published =
        leaf.reader().getNumericDocValues(Schema.PUBLISHED);
    java.time.LocalDate date = published != null && published.advanceExact(doc - leaf.docBase)
        ? java.time.LocalDate.ofEpochDay(published.longValue())
        : null;
    return new ArchiveStore.Facts(d.get(Schema.ID), d.get(Schema.LANGUAGE),
        length == null ? 0 : length.numericValue().intValue(), date,
        anchors == null || anchors.isEmpty() ? java.util.Set.of()
            : java.util.Set.of(anchors.split("\n")));
  }

  /** How many articles mention a name with any of the index terms {@code names}. */
  @Override
  public int countNames(java.util.Collection<String> names) throws IOException {
    if (names.isEmpty()) {
      return 0;
    }
    return store.withSearcher(s -> s.count(new org.apache.lucene.search.TermInSetQuery(
        Schema.NAME, names.stream().map(BytesRef::new).toList())));
  }

  /** The ids of the articles read after {@code time} (epoch ms; all for Long.MIN_VALUE). */
  @Override
  public java.util.Set<String> idsReadSince(long time) throws IOException {
    org.apache.lucene.search.Query q = time == Long.MIN_VALUE
        ? new org.apache.lucene.search.MatchAllDocsQuery()
        : org.apache.lucene.document.LongPoint.newRangeQuery(Schema.INGESTED, time + 1,
            Long.MAX_VALUE);
    return store.withSearcher(s -> {
      java.util.Set<String> out = new java.util.HashSet<>();
      org.apache.lucene.index.StoredFields fields = s.storedFields();
      for (org.apache.lucene.search.ScoreDoc sd
          : s.search(q, Math.max(1, s.getIndexReader().numDocs())).scoreDocs) {
        out.add(fields.document(sd.doc, java.util.Set.of(Schema.ID)).get(Schema.ID));
      }
      return out;
    });
  }

  /** When the last article was read (epoch ms), or Long.MIN_VALUE for an empty archive. */
  @Override
  public long latestRead() throws IOException {
    return store.withSearcher(s -> {
      long max = Long.MIN_VALUE;
      for (var leaf : s.getIndexReader().leaves()) {
        var values = leaf.reader().getPointValues(Schema.INGESTED);
        if (values != null) {
          max = Math.max(max, org.apache.lucene.document.LongPoint.decodeDimension(
              values.getMaxPackedValue(), 0));
        }
      }
      return max;
    });
  }

  /** The counts of {@code dimensions} (facets: language, format, year…) over every article. */
  @Override
  public Counts counts(List<String> dimensions) throws IOException {
    return store.withSearcher(s -> {
      org.apache.lucene.facet.FacetsCollector fc = s.search(
          new org.apache.lucene.search.MatchAllDocsQuery(),
          new org.apache.lucene.facet.FacetsCollectorManager());
      return new Counts(s.getIndexReader().numDocs(),
          FacetCounts.of(s.getIndexReader(), fc, dimensions));
    });
  }

  /** Returns the ids of every article, sorted. */
  @Override
  public List<String> ids() throws IOException {
    return store.withSearcher(s -> {
      List<String> out = new ArrayList<>();
      org.apache.lucene.index.StoredFields fields = s.storedFields();
      java.util.Set<String> wanted = java.util.Set.of(Schema.ID);
      for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            out.add(fields.document(leaf.docBase + doc, wanted).get(Schema.ID));
          }
        }
      }
      java.util.Collections.sort(out);
      return out;
    });
  }

  /** Returns the languages of the archive's articles. */
  @Override
  public List<String> languages() throws IOException {
    return store.withSearcher(s -> {
      List<String> out = new ArrayList<>();
      Terms terms = MultiTerms.getTerms(s.getIndexReader(), Schema.LANGUAGE);
      if (terms != null) {
        TermsEnum e = terms.iterator();
        for (BytesRef t = e.next(); t != null; t = e.next()) {
          if (e.docFreq() > 0) {
            out.add(t.utf8ToString());
          }
        }
      }
      return out;
    });
  }
}
