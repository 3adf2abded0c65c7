package org.dragoman.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dragoman.model.Mention;

/**
 * Questions about every article of an archive at once: their ids, languages and mentions, the
 * articles read since a time, counts by facet. Kept apart from {@link ArchiveStore}, which
 * writes and reads single articles, so that each is one operation that a store answers its own
 * way (the embedded index by its terms and doc values, a cluster by a range query, a scroll or
 * an aggregation).
 */
public interface ArchiveScans {

  /** Calls {@code visit} with the id, language and mentions of every article. */
  void forEachMentions(MentionVisitor visit) throws IOException;

  /** Receives one article's mentions, with when it was read (epoch milliseconds, 0 if unknown). */
  interface MentionVisitor {
    void visit(String id, String language, long ingested, List<Mention> mentions);
  }

  /** Calls {@code visit} with the pairing facts of every article. */
  void forEachFacts(java.util.function.Consumer<ArchiveStore.Facts> visit) throws IOException;

  /** How many articles mention a name with any of the index terms {@code names}. */
  int countNames(Collection<String> names) throws IOException;

  /** The ids of the articles read after {@code time} (epoch ms; all for Long.MIN_VALUE). */
  Set<String> idsReadSince(long time) throws IOException;

  /** When the last article was read (epoch ms), or Long.MIN_VALUE for an empty archive. */
  long latestRead() throws IOException;

  /** How many articles the archive holds, and their counts in each of {@code dimensions}. */
  record Counts(int articles, Map<String, Map<String, Long>> dimensions) {}

  /** The counts of {@code dimensions} (facets: language, format, year…) over every article. */
  Counts counts(List<String> dimensions) throws IOException;

  /** Returns the ids of every article, sorted. */
  List<String> ids() throws IOException;

  /** Returns the languages of the archive's articles, sorted. */
  List<String> languages() throws IOException;
}
