package org.dragoman.model;

import java.util.List;

/**
 * One link of a bitext: sentences of the source that translate sentences of the target. Either
 * side may be empty (a sentence with no counterpart: 1-0 or 0-1); otherwise 1-1, 1-2, 2-1 or 2-2.
 *
 * @param source indices of source sentences, ascending and consecutive
 * @param target indices of target sentences, ascending and consecutive
 * @param confidence how sure the aligner is, 0 to 1
 */
public record SentenceLink(List<Integer> source, List<Integer> target, double confidence) {
  public SentenceLink {
    source = List.copyOf(source);
    target = List.copyOf(target);
    if (source.isEmpty() && target.isEmpty()) {
      throw new IllegalArgumentException("A link needs at least one sentence");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be 0 to 1, got " + confidence);
    }
  }

  /** Returns the shape, such as "1-1", "2-1" or "0-1". */
  public String shape() {
    return source.size() + "-" + target.size();
  }
}
