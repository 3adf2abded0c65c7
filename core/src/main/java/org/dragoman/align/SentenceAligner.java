package org.dragoman.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.SentenceLink;
import org.dragoman.text.Scripts;

/**
 * Links the sentences of a text and its translation: 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1, in order
 * (no crossing links), each with a confidence.
 *
 * <p>The search is Gale and Church's dynamic programme over the two sentence lists, kept to a band
 * around the diagonal (widened and run again if the best path touches its edge), so its cost
 * grows linearly with the length of the texts. Each candidate link is scored by
 *
 * <ul>
 *   <li>its shape's prior probability and Gale–Church's character-length model, the length ratio
 *       estimated from the two texts themselves;
 *   <li>anchors shared or missing: numbers in any digits and grouping, Latin-script names and
 *       acronyms, hashtags, URLs, question and exclamation marks ({@link Anchors});
 *   <li>word translation probabilities from a {@link Lexicon} (IBM Model 1), when one is given —
 *       {@link #alignAll} learns it from the texts themselves first, as Moore (2002) does.
 * </ul>
 *
 * <pre>{@code
 * SentenceAligner aligner = SentenceAligner.create("en", "ar");
 * List<SentenceLink> links = aligner.align(englishSentences, arabicSentences);
 * }</pre>
 *
 * <p>Thread-safe; immutable.
 */
public final class SentenceAligner {

  /** The most distinct share of a pass's 1-1 links (see {@link #learn}) trains the lexicon. */
  private static final double TRAIN_SHARE = 0.8;
  private static final int EM_ITERATIONS = 5;

  /**
   * Rounds of learning a lexicon from the previous pass and aligning again: the second round
   * learns from links the first lexicon already improved.
   */
  private static final int LEXICAL_PASSES = 2;


  private final String sourceLanguage;
  private final String targetLanguage;
  private final LanguagePacks packs;

  private SentenceAligner(String sourceLanguage, String targetLanguage, LanguagePacks packs) {
    this.sourceLanguage = Objects.requireNonNull(sourceLanguage, "sourceLanguage");
    this.targetLanguage = Objects.requireNonNull(targetLanguage, "targetLanguage");
    this.packs = packs;
  }

  /** An aligner for texts in {@code sourceLanguage} and {@code targetLanguage} (BCP 47 tags). */
  public static SentenceAligner create(String sourceLanguage, String targetLanguage) {
    return new SentenceAligner(sourceLanguage, targetLanguage, LanguagePacks.installed());
  }

  /**
   * One pair of texts to align, as sentence lists.
   *
   * <p>The first {@code sourceHeading} and {@code targetHeading} sentences are the texts'
   * headings (their titles): headings are aligned with headings and bodies with bodies, so a
   * heading one translation adds or leaves out is a sentence without counterpart instead of
   * pulling the body's first links out of place.
   *
   * @param source the source sentences
   * @param target the target sentences
   * @param sourceHeading how many leading source sentences are its heading, 0 when unknown
   * @param targetHeading how many leading target sentences are its heading, 0 when unknown
   */
  public record Pair(List<String> source, List<String> target, int sourceHeading,
      int targetHeading) {
    public Pair {
      source = List.copyOf(source);
      target = List.copyOf(target);
      if (sourceHeading < 0 || sourceHeading > source.size()
          || targetHeading < 0 || targetHeading > target.size()) {
        throw new IllegalArgumentException("headings of " + sourceHeading + " and "
            + targetHeading + " sentences in texts of " + source.size() + " and "
            + target.size());
      }
    }

    /** A pair with no heading known. */
    public Pair(List<String> source, List<String> target) {
      this(source, target, 0, 0);
    }

    /** The pair's sections: heading and body when either side has a heading, else itself. */
    List<Pair> sections() {
      if (sourceHeading == 0 && targetHeading == 0) {
        return List.of(this);
      }
      return List.of(
          new Pair(source.subList(0, sourceHeading), target.subList(0, targetHeading)),
          new Pair(source.subList(sourceHeading, source.size()),
              target.subList(targetHeading, target.size())));
    }

    /** The links of the whole pair from the links of its {@link #sections}. */
    List<SentenceLink> join(List<List<SentenceLink>> sectionLinks) {
      if (sectionLinks.size() == 1) {
        return sectionLinks.get(0);
      }
      List<SentenceLink> out = new ArrayList<>(sectionLinks.get(0));
      for (SentenceLink l : sectionLinks.get(1)) {
        out.add(new SentenceLink(l.source().stream().map(i -> i + sourceHeading).toList(),
            l.target().stream().map(j -> j + targetHeading).toList(), l.confidence()));
      }
      return out;
    }
  }

  /** Aligns one pair, learning a lexicon from the pair itself first. */
  public List<SentenceLink> align(Pair pair) {
    return alignAll(List.of(pair)).get(0);
  }

  /** Aligns one pair with a given lexicon (for example the archive's). */
  public List<SentenceLink> align(Pair pair, Lexicon lexicon) {
    return pair.join(pair.sections().stream().map(s -> align(prepare(s), lexicon)).toList());
  }

  /** Aligns one pair, learning a lexicon from the pair itself first. */
  public List<SentenceLink> align(List<String> source, List<String> target) {
    return align(new Pair(source, target));
  }

  /** Aligns one pair with a given lexicon (for example the archive's). */
  public List<SentenceLink> align(List<String> source, List<String> target, Lexicon lexicon) {
    return align(new Pair(source, target), lexicon);
  }

  /**
   * Aligns many pairs in two passes: lengths and anchors first; then a lexicon trained on the
   * most confident 1-1 links of all pairs; then again with it.
   */
  public List<List<SentenceLink>> alignAll(List<Pair> pairs) {
    return alignCollection(pairs).links();
  }

  /**
   * The links of a collection of pairs and the lexicon learned from them.
   *
   * @param links the links of each pair, in order
   * @param lexicon the lexicon of the last pass, learned from the collection's confident links
   */
  public record Aligned(List<List<SentenceLink>> links, Lexicon lexicon) {}

  /** Like {@link #alignAll}, also returning the lexicon it learned. */
  public Aligned alignCollection(List<Pair> pairs) {
    List<Pair> sections = pairs.stream().flatMap(p -> p.sections().stream()).toList();
    Aligned aligned = alignSections(sections);
    List<List<SentenceLink>> out = new ArrayList<>(pairs.size());
    int k = 0;
    for (Pair p : pairs) {
      int n = p.sections().size();
      out.add(p.join(aligned.links().subList(k, k + n)));
      k += n;
    }
    return new Aligned(out, aligned.lexicon());
  }

  private Aligned alignSections(List<Pair> pairs) {
    // Pairs are independent given the lexicon: each step runs over them in parallel.
    List<Prepared> prepared = pairs.parallelStream().map(this::prepare).toList();
    List<List<SentenceLink>> out =
        prepared.parallelStream().map(p -> align(p, Lexicon.empty())).toList();
    Lexicon lexicon = Lexicon.empty();
    for (int pass = 0; pass < LEXICAL_PASSES; pass++) {
      Lexicon learned = learn(prepared, out, lexicon);
      List<List<SentenceLink>> previous = out;
      out = IntStream.range(0, prepared.size()).parallel()
          .mapToObj(k -> align(prepared.get(k), learned, previous.get(k))).toList();
      lexicon = learned;
    }
    return new Aligned(out, lexicon);
  }

  /**
   * Trains a lexicon on the most distinct 1-1 links of aligned pairs: those whose sentences
   * translate each other much better than either translates a neighbour of the other, by the
   * model that aligned them ({@code used}). Confidence against leaving the sentences unlinked
   * would not do: nearly every link of a long sentence has a confidence of 1, and a wrong link
   * one sentence off is as sure of it as the right one.
   */
  Lexicon learn(List<Prepared> prepared, List<List<SentenceLink>> links, Lexicon used) {
    List<double[]> scored = new ArrayList<>(IntStream.range(0, prepared.size()).parallel()
        .mapToObj(k -> {
          LinkScorer scorer = new LinkScorer(prepared.get(k), used);
          List<double[]> margins = new ArrayList<>(); // margin, pair, source, target
          for (SentenceLink l : links.get(k)) {
            if (l.source().size() == 1 && l.target().size() == 1) {
              int i = l.source().get(0);
              int j = l.target().get(0);
              margins.add(new double[] {scorer.margin(i, j), k, i, j});
            }
          }
          return margins;
        })
        .flatMap(List::stream).toList());
    scored.sort(Comparator.<double[]>comparingDouble(x -> -x[0])
        .thenComparingDouble(x -> x[1]).thenComparingDouble(x -> x[2]));
    int keep = (int) Math.ceil(scored.size() * TRAIN_SHARE);
    List<List<String>> src = new ArrayList<>();
    List<List<String>> tgt = new ArrayList<>();
    for (double[] s : scored.subList(0, keep)) {
      Prepared p = prepared.get((int) s[1]);
      src.add(p.source.words.get((int) s[2]));
      tgt.add(p.target.words.get((int) s[3]));
    }
    return src.isEmpty() ? Lexicon.empty() : Lexicon.train(src, tgt, EM_ITERATIONS);
  }

  /** A pair with its sides analysed. */
  record Prepared(Side source, Side target) {}

  Prepared prepare(Pair pair) {
    boolean sourceLatin = Scripts.isMostlyLatin(String.join(" ", pair.source()));
    boolean targetLatin = Scripts.isMostlyLatin(String.join(" ", pair.target()));
    Side.Names sourceNames = sourceLatin == targetLatin ? Side.Names.NONE
        : sourceLatin ? Side.Names.CAPITALISED : Side.Names.EVERY_WORD;
    Side.Names targetNames = sourceLatin == targetLatin ? Side.Names.NONE
        : targetLatin ? Side.Names.CAPITALISED : Side.Names.EVERY_WORD;
    // The two sides are analysed at once, the target on another thread.
    var target = java.util.concurrent.CompletableFuture.supplyAsync(() -> new Side(pair.target(),
        packs.analyzer(targetLanguage), targetNames, packs.proclitics(targetLanguage)));
    Side source = new Side(pair.source(), packs.analyzer(sourceLanguage), sourceNames,
        packs.proclitics(sourceLanguage));
    return new Prepared(source, target.join());
  }


  List<SentenceLink> align(Prepared p, Lexicon lexicon) {
    return align(p, lexicon, null);
  }

  /**
   * Coarse to fine: with the links of an earlier pass, the band follows that path closely, since
   * a better lexicon moves links by a few sentences, not by hundreds; should the new path touch
   * that narrow band's edge, the full band around the length diagonal is searched.
   */
  List<SentenceLink> align(Prepared p, Lexicon lexicon, List<SentenceLink> previous) {
    if (previous != null && !previous.isEmpty() && p.source.size() > 0 && p.target.size() > 0) {
      int n = p.source.size();
      int m = p.target.size();
      int[] center = new int[n + 1];
      int j = 0;
      for (SentenceLink l : previous) {
        for (int s : l.source()) {
          center[s] = j;
        }
        j += l.target().size();
      }
      center[n] = m;
      AlignmentBand band = new AlignmentBand(n, m, FOLLOW_WIDTH).centredOn(center);
      List<SentenceLink> path = band.search(new LinkScorer(p, lexicon));
      if (!band.touchedEdge) {
        return path;
      }
    }
    return alignOnDiagonal(p, lexicon);
  }

  /** Width of the band that follows an earlier pass's path. */
  private static final int FOLLOW_WIDTH = 6;

  private List<SentenceLink> alignOnDiagonal(Prepared p, Lexicon lexicon) {
    int n = p.source.size();
    int m = p.target.size();
    if (n == 0 || m == 0) {
      List<SentenceLink> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(new SentenceLink(List.of(i), List.of(), 0));
      }
      for (int j = 0; j < m; j++) {
        out.add(new SentenceLink(List.of(), List.of(j), 0));
      }
      return out;
    }
    LinkScorer scorer = new LinkScorer(p, lexicon);
    // The path strays from the length diagonal by a random walk of drops and merges, about the
    // square root of the length; a path that touches the band's edge is searched again, wider.
    int width = 16 + (int) Math.sqrt(Math.max(n, m)) / 4;
    while (true) {
      AlignmentBand band = new AlignmentBand(n, m, width)
          .centredOn(p.source().lengths, p.target().lengths);
      List<SentenceLink> path = band.search(scorer);
      if (!band.touchedEdge || width >= Math.max(n, m)) {
        return path;
      }
      width *= 2;
    }
  }
}
