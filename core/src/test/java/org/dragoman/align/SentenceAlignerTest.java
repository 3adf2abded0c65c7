package org.dragoman.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.SentenceLink;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {

  static final List<String> EN = List.of(
      "We have received the news that the union organiser Amar Fayaz has been released.",
      "He was abducted by security agents on 8 November 2020.",
      "The security agencies dropped him at his village.",
      "We initiated an online petition and collected 12,282 signatures from 50 countries.",
      "Supporters protested outside the embassies in Toronto and Montreal.",
      "Thanks to all our supporters!");

  // The Arabic drops the third sentence, merges the fifth and sixth, and adds a closing line.
  static final List<String> AR = List.of(
      "توصلنا بالخبر الرائع عن إطلاق سراح المنظم النقابي عمار فياز.",
      "كان قد اختُطف على يد أجهزة الأمن يوم 08 نوفمبر 2020.",
      "وأصدرنا عريضة عبر الإنترنت وجمعنا أكثر من ١٢٬٢٨٢ توقيعا من 50 بلدا.",
      "واحتج أنصارنا أمام السفارات في تورونتو ومونتريال، وشكرا لجميع أنصارنا!",
      "عاش التضامن الأممي.");

  /** Every sentence of both sides is in exactly one link, in order. */
  static void assertMonotoneCover(List<SentenceLink> links, int n, int m) {
    List<Integer> s = new ArrayList<>();
    List<Integer> t = new ArrayList<>();
    for (SentenceLink l : links) {
      s.addAll(l.source());
      t.addAll(l.target());
      assertTrue(l.confidence() >= 0 && l.confidence() <= 1);
    }
    assertEquals(java.util.stream.IntStream.range(0, n).boxed().toList(), s);
    assertEquals(java.util.stream.IntStream.range(0, m).boxed().toList(), t);
  }

  @Test
  void align_englishArabicWithDropMergeAndAddition_anchorsHoldTheLinks() {
    // Six sentences are too few to learn a lexicon from: numbers and names carry the links.
    List<SentenceLink> links = SentenceAligner.create("en", "ar").align(EN, AR);
    assertMonotoneCover(links, EN.size(), AR.size());
    assertEquals(List.of(0), find(links, 0).target(), links.toString());
    assertTrue(find(links, 1).target().equals(List.of(1)), "8 November 2020: " + links);
    assertEquals(List.of(2), find(links, 3).target(), "12,282 goes with ١٢٬٢٨٢: " + links);
    assertEquals(List.of(3), find(links, 4).target(), "Toronto goes with تورونتو: " + links);
  }

  @Test
  void align_headingOnlyInTheTranslation_isLeftAloneAndTheBodyStaysInPlace() {
    // The Arabic version adds a headline the English has not, and leaves out the English second
    // sentence: the headline and that sentence have no counterpart.
    List<String> en = List.of(
        "We have just received the great news that Amar Fayaz has been released on 3 January 2021.",
        "The security agencies dropped him at his village.",
        "His release is possible through the immense international campaign by students and workers.",
        "We thank all our supporters for their solidarity actions for the release of Amar Fayaz.");
    List<String> ar = List.of(
        "باكستان: إطلاق سراح الرفيق عمار فياز!",
        "توصلنا للتو بالخبر الرائع عن إطلاق سراح الرفيق عمار فياز اليوم.",
        "لقد تحقق إطلاق سراحه بفضل حملة التضامن الأممية العظيمة التي نظمها الطلاب والعمال.",
        "نشكر جميع أنصارنا على أنشطتهم التضامنية من أجل إطلاق سراح عمار فياز.");
    List<SentenceLink> links = SentenceAligner.create("en", "ar")
        .align(new SentenceAligner.Pair(en, ar, 0, 1));
    assertMonotoneCover(links, en.size(), ar.size());
    assertEquals(new SentenceLink(List.of(), List.of(0), 0), withoutConfidence(links.get(0)),
        "the headline is alone: " + links);
    assertEquals(List.of(1), find(links, 0).target(), "Amar Fayaz ↔ عمار فياز: " + links);
    assertEquals(List.of(3), find(links, 3).target(), links.toString());
  }

  private static SentenceLink withoutConfidence(SentenceLink l) {
    return new SentenceLink(l.source(), l.target(), 0);
  }

  @Test
  void margin_rightLinkAgainstOneSentenceOff_positiveForTheRightOneOnly() {
    SentenceAligner aligner = SentenceAligner.create("en", "ar");
    LinkScorer scorer = new LinkScorer(
        aligner.prepare(new SentenceAligner.Pair(EN, AR)), Lexicon.empty());
    // 12,282 signatures ↔ ١٢٬٢٨٢ توقيعا: the neighbours share neither its numbers nor its length.
    assertTrue(scorer.margin(3, 2) > 0, "right link: " + scorer.margin(3, 2));
    assertTrue(scorer.margin(3, 1) < 0, "one sentence off: " + scorer.margin(3, 1));
    assertTrue(scorer.margin(1, 1) > 0, "8 November 2020 ↔ 08 نوفمبر 2020: " + scorer.margin(1, 1));
  }

  @Test
  void align_preSegmentedPairsWithLexicon_learnsFromTheCollection() {
    // Twenty article pairs: enough for Model 1 to learn words, so that a dropped sentence
    // is left alone instead of being merged with its neighbour.
    List<SentenceAligner.Pair> pairs = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      pairs.add(new SentenceAligner.Pair(EN, AR));
    }
    List<SentenceLink> links = SentenceAligner.create("en", "ar").alignAll(pairs).get(0);
    assertMonotoneCover(links, EN.size(), AR.size());
    assertEquals(List.of(3), find(links, 4).target(), links.toString());
  }

  private static SentenceLink find(List<SentenceLink> links, int source) {
    return links.stream().filter(l -> l.source().contains(source)).findFirst().orElseThrow();
  }

  @Test
  void align_emptySide_givesNullLinks() {
    List<SentenceLink> links = SentenceAligner.create("en", "ar").align(EN, List.of());
    assertEquals(EN.size(), links.size());
    assertTrue(links.stream().allMatch(l -> l.target().isEmpty()));
  }

  @Test
  void align_longTexts_staysMonotoneAndLinear() {
    List<String> en = new ArrayList<>();
    List<String> ar = new ArrayList<>();
    int[][] pairs = {{0, 0}, {1, 1}, {3, 2}, {4, 3}};
    for (int k = 0; k < 600; k++) {
      int[] p = pairs[k % pairs.length];
      en.add(EN.get(p[0]) + " Report " + (1000 + k) + ".");
      ar.add(AR.get(p[1]) + " التقرير " + (1000 + k) + ".");
    }
    List<SentenceLink> links = SentenceAligner.create("en", "ar").align(en, ar);
    assertMonotoneCover(links, en.size(), ar.size());
    long exact = links.stream().filter(l -> l.source().size() == 1 && l.target().size() == 1
        && l.source().get(0).equals(l.target().get(0))).count();
    assertTrue(exact > 590, "numbered sentences align one to one: " + exact);
  }

  @Test
  void align_oneSideTenTimesLonger_leavesTheRestUnlinkedWithoutCrashing() {
    List<String> en = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      en.addAll(EN.subList(0, 5));
    }
    List<SentenceLink> links = SentenceAligner.create("en", "ar").align(en, AR);
    assertMonotoneCover(links, en.size(), AR.size());
    long unlinked = links.stream().filter(l -> l.target().isEmpty()).count();
    assertTrue(unlinked >= 35, "most of the longer side has no counterpart: " + unlinked);
  }

  @Test
  void align_sameLanguageNoAnchors_linksByLengthAndWords() {
    List<String> a = List.of("the workers met in the square", "they spoke for a long time about pay",
        "then everyone went home");
    List<SentenceLink> links = SentenceAligner.create("en", "en").align(a, a);
    assertMonotoneCover(links, 3, 3);
    assertEquals(3, links.stream().filter(l -> l.shape().equals("1-1")).count(), links.toString());
  }

  @Test
  void align_earlierPathStartingFarDownTheTarget_bandStillStartsAtTheOrigin() {
    // an earlier pass that left the first ten target sentences unlinked puts the band's centre
    // for source sentence 0 at target 10, beyond the band's width: the path must still start at
    // (0, 0) and cover both sides
    List<String> target = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      target.add("فقرة تمهيدية رقم " + (k + 1) + " لا تقابلها أي جملة في النص الإنجليزي.");
    }
    target.addAll(AR);
    SentenceAligner aligner = SentenceAligner.create("en", "ar");
    SentenceAligner.Prepared p = aligner.prepare(new SentenceAligner.Pair(EN, target));
    List<SentenceLink> previous = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      previous.add(new SentenceLink(List.of(), List.of(k), 0.5));
    }
    int[][] rest = {{0, 10}, {1, 11}, {2}, {3, 12}, {4, 13}, {5, 14}};
    for (int[] l : rest) {
      previous.add(new SentenceLink(List.of(l[0]), l.length > 1 ? List.of(l[1]) : List.of(), 0.5));
    }
    List<SentenceLink> links = aligner.align(p, Lexicon.empty(), previous);
    assertMonotoneCover(links, EN.size(), target.size());
  }
}
