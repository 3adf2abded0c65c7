package org.dragoman.cli;

import com.ibm.icu.text.Transliterator;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dragoman.Archive;
import org.dragoman.align.DocumentPairer;
import org.dragoman.align.Lexicon;
import org.dragoman.align.SentenceAligner;
import org.dragoman.model.Article;
import org.dragoman.model.Segment;
import org.dragoman.model.SentenceLink;
import org.dragoman.text.Segmenter;

/**
 * Synthetic loads for the alignment benchmarks: English articles and their Arabic versions made
 * from a few real sentence pairs, each article with its own numbers and names (Arabic names by
 * ICU's Latin-Arabic transliteration), so that pairing has to find each article's counterpart
 * among thousands that look alike.
 */
final class BenchAlignment {
  private BenchAlignment() {}

  private static final String[][] SENTENCES = {
      {"More than %d workers at %s walked out on Tuesday, demanding a wage of %d rupees.",
       "أضرب أكثر من %d عامل في %s يوم الثلاثاء، مطالبين بأجر قدره %d روبية."},
      {"The strike was called by the union after %s was dismissed on %d March.",
       "دعت النقابة إلى الإضراب بعد فصل %s يوم %d مارس."},
      {"Supporters in %s collected %d signatures for the petition.",
       "جمع المتضامنون في %s %d توقيعا على العريضة."},
      {"\"We will not stop until %s is free,\" said %s.",
       "\"لن نتوقف حتى يتحرر %s\"، قال %s."},
      {"The federation asked %d organisations to write to the company.",
       "طلب الاتحاد من %d منظمة مراسلة الشركة."}};

  private static final String[] SYLLABLES = {"ka", "ma", "ri", "lo", "du", "sa", "ne", "bi", "to",
      "ra", "ho", "mi", "zu", "fa", "de", "ku", "ya", "no", "te", "ba"};

  record Pair(Article english, Article arabic) {}

  static String name(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 2 + r.nextInt(2); k++) {
      b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    return b.toString();
  }

  /** {@code n} English articles and their Arabic versions. */
  static List<Pair> pairs(int n, long seed) {
    Random r = new Random(seed);
    Transliterator toArabic = Transliterator.getInstance("Latin-Arabic");
    List<Pair> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      String person = name(r) + " " + name(r);
      String place = name(r);
      String other = name(r) + " " + name(r);
      int[] numbers = {100 + r.nextInt(90000), 1000 + r.nextInt(90000), 1 + r.nextInt(28),
          100 + r.nextInt(90000), 10 + r.nextInt(900)};
      StringBuilder en = new StringBuilder();
      StringBuilder ar = new StringBuilder();
      en.append(String.format(SENTENCES[0][0], numbers[0], place, numbers[1])).append('\n');
      ar.append(String.format(SENTENCES[0][1], numbers[0], toArabic.transliterate(place), numbers[1])).append('\n');
      en.append(String.format(SENTENCES[1][0], person, numbers[2])).append('\n');
      ar.append(String.format(SENTENCES[1][1], toArabic.transliterate(person), numbers[2])).append('\n');
      en.append(String.format(SENTENCES[2][0], place, numbers[3])).append('\n');
      ar.append(String.format(SENTENCES[2][1], toArabic.transliterate(place), numbers[3])).append('\n');
      en.append(String.format(SENTENCES[3][0], person, other)).append('\n');
      ar.append(String.format(SENTENCES[3][1], toArabic.transliterate(person), toArabic.transliterate(other))).append('\n');
      en.append(String.format(SENTENCES[4][0], numbers[4]));
      ar.append(String.format(SENTENCES[4][1], numbers[4]));
      LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(365));
      out.add(new Pair(article("en-" + k, "en", en.toString(), day),
          article("ar-" + k, "ar", ar.toString(), day.plusDays(r.nextInt(5)))));
    }
    return out;
  }

  static Article article(String id, String language, String text, LocalDate published) {
    List<Segment> paragraphs = new ArrayList<>();
    for (Segment p : Segmenter.paragraphs(text)) {
      paragraphs.add(p.withLanguage(language));
    }
    List<Segment> sentences = Segmenter.sentences(text, language, java.util.Set.of());
    return new Article(id, "bench:" + id, "text/plain", language, null, published, null, null,
        id, text, paragraphs, sentences, Instant.EPOCH);
  }

  /** Pairs archives of growing size; returns seconds and pairing quality per size. */
  static List<Map<String, Object>> pairingCurve(List<Integer> sizes, Path work) throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int size : sizes) {
      List<Pair> pairs = pairs(size / 2, size);
      List<Article> all = new ArrayList<>();
      for (Pair p : pairs) {
        all.add(p.english());
        all.add(p.arabic());
      }
      Path dir = work.resolve("pairing-" + size);
      long t0 = System.nanoTime();
      DocumentPairer.Result result;
      double indexSeconds;
      try (Archive archive = Archive.open(dir)) {
        archive.putAll(all);
        indexSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        result = archive.align();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      int right = 0;
      for (var g : result.groups()) {
        if (g.articles().size() == 2 && g.articles().get(0).substring(3)
            .equals(g.articles().get(1).substring(3))) {
          right++;
        }
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("articles", size);
      row.put("indexSeconds", Math.round(indexSeconds * 100) / 100.0);
      row.put("pairingSeconds", Math.round(seconds * 100) / 100.0);
      row.put("groups", result.groups().size());
      row.put("correctGroups", right);
      rows.add(row);
      BenchCommand.delete(dir);
    }
    return rows;
  }

  /**
   * Aligns texts of {@code sentences} sentence pairs, {@code warmup} unmeasured times then
   * {@code rounds} times; returns the median seconds and sentence pairs/s, with the same for the
   * reference measured in the same rounds: one pass on lengths and anchors alone (Gale and
   * Church's method with anchors, no lexicon to learn), on the same texts.
   */
  static Map<String, Object> sentenceAlignment(int sentences, int warmup, int rounds) {
    List<String> en = new ArrayList<>();
    List<String> ar = new ArrayList<>();
    for (Pair p : pairs(sentences / 5 + 1, 7)) {
      for (Segment s : p.english().sentences()) {
        en.add(s.text(p.english().text()));
      }
      for (Segment s : p.arabic().sentences()) {
        ar.add(s.text(p.arabic().text()));
      }
    }
    en = en.subList(0, sentences);
    ar = ar.subList(0, sentences);
    SentenceAligner aligner = SentenceAligner.create("en", "ar");
    List<Double> full = new ArrayList<>();
    List<Double> reference = new ArrayList<>();
    long exact = 0;
    for (int round = 0; round < warmup + rounds; round++) {
      long t0 = System.nanoTime();
      List<SentenceLink> links = aligner.align(en, ar);
      double seconds = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      aligner.align(en, ar, Lexicon.empty());
      double lengthsOnly = (System.nanoTime() - t0) / 1e9;
      if (round >= warmup) {
        full.add(seconds);
        reference.add(lengthsOnly);
        exact = links.stream().filter(l -> l.source().size() == 1 && l.target().size() == 1
            && l.source().get(0).equals(l.target().get(0))).count();
      }
    }
    double seconds = BenchCommand.median(full);
    double lengthsOnly = BenchCommand.median(reference);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sentencesPerSide", sentences);
    m.put("rounds", rounds);
    m.put("seconds", Math.round(seconds * 1000) / 1000.0);
    m.put("sentencePairsPerSecond", Math.round(sentences / seconds));
    m.put("secondsEachRound", full.stream().map(x -> Math.round(x * 1000) / 1000.0).toList());
    m.put("correctLinks", exact);
    m.put("lengthsOnlySeconds", Math.round(lengthsOnly * 1000) / 1000.0);
    m.put("lengthsOnlySentencePairsPerSecond", Math.round(sentences / lengthsOnly));
    return m;
  }
}
