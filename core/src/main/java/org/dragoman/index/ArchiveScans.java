package org.dragoman.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.dragoman.model.Mention;

/**
 * Questions about every article of an archive at once: their ids, languages and mentions, the
 * articles read since a time, counts by facet. Kept apart from {@link ArchiveStore}, which
 * writes and reads single articles and holds the index, so that each of these is one operation
 * a store on another engine can answer its own way (a range query, an aggregation).
 */
public final class ArchiveScans {
  private final ArchiveStore store;

  ArchiveScans(ArchiveStore store) {
    this.store = store;
  }

  /** Calls {@code visit} with the id, language and mentions of every article. */
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

  /** Receives one article's mentions, with when it was read (epoch milliseconds, 0 if unknown). */
  public interface MentionVisitor {
    void visit(String id, String language, long ingested, List<Mention> mentions);
  }

  /** How many articles mention a name with any of the index terms {@code names}. */
  public int countNames(java.util.Collection<String> names) throws IOException {
    if (names.isEmpty()) {
      return 0;
    }
    return store.withSearcher(s -> s.count(new org.apache.lucene.search.TermInSetQuery(
        Schema.NAME, names.stream().map(BytesRef::new).toList())));
  }

  /** The ids of the articles read after {@code time} (epoch ms; all for Long.MIN_VALUE). */
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

  /** How many articles the archive holds, and their counts in each of {@code dimensions}. */
  public record Counts(int articles,
      java.util.Map<String, java.util.Map<String, Long>> dimensions) {}

  /** The counts of {@code dimensions} (facets: language, format, year…) over every article. */
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
