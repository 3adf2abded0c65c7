package org.dragoman;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.align.Bitext;
import org.dragoman.model.Article;
import org.dragoman.model.SentenceLink;
import org.dragoman.translate.TranslationRecords;

/**
 * The sentence links the archive knows rather than guesses: those of translations imported from
 * XLIFF, one link per unit, while neither version has changed since.
 */
final class KnownLinks {
  private final TranslationRecords records;

  private KnownLinks(TranslationRecords records) {
    this.records = records;
  }

  static KnownLinks read(Path archive) throws IOException {
    return new KnownLinks(TranslationRecords.read(archive));
  }

  /** Whether the links of {@code pair} (source first) are known. */
  boolean has(Article[] pair) {
    return links(pair[0], pair[1]) != null;
  }

  /** {@code b} with the known links of its two articles, when there are. */
  Bitext apply(Bitext b) {
    List<SentenceLink> known = links(b.source(), b.target());
    return known == null ? b : new Bitext(b.source(), b.target(), known);
  }

  private List<SentenceLink> links(Article a, Article b) {
    TranslationRecords.Made m = records.get(a.id(), b.id());
    if (current(m, a, b)) {
      return m.sentenceLinks();
    }
    m = records.get(b.id(), a.id());
    if (current(m, b, a)) {
      List<SentenceLink> out = new ArrayList<>();
      for (SentenceLink l : m.sentenceLinks()) {
        out.add(new SentenceLink(l.target(), l.source(), l.confidence()));
      }
      return out;
    }
    return null;
  }

  private static boolean current(TranslationRecords.Made m, Article source, Article target) {
    return m != null && "imported".equals(m.how()) && m.sourceHash().equals(source.contentHash())
        && m.targetHash().equals(target.contentHash());
  }
}
