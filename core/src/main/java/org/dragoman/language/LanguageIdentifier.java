package org.dragoman.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dragoman.model.Segment;
import org.dragoman.text.Scripts;
import org.dragoman.text.TextNormalizer;

/**
 * Identifies the language of a text, a paragraph or a sentence, as a BCP 47 tag.
 *
 * <p>Backed by Lingua (character n-grams up to five, 75 languages), chosen because it measured
 * most accurate on single paragraphs and sentences among the detectors available to Java, and it
 * tells Arabic, Urdu and Persian apart: see {@code docs/QUALITY.md}. Texts with too few letters to
 * judge are {@value #UNDETERMINED}.
 *
 * <pre>{@code
 * LanguageIdentifier.shared().identify("توصلنا للتو بالخبر الرائع"); // "ar"
 * }</pre>
 *
 * <p>Thread-safe. Models load lazily, per script, on first use.
 */
public final class LanguageIdentifier {

  /** The tag for "language not determined". */
  public static final String UNDETERMINED = "und";

  /** Below this many letters a text is not identified on its own. */
  static final int MIN_LETTERS = 12;

  /** A text is judged on at most this many characters; longer ones gain nothing. */
  static final int SAMPLE_CHARS = 1000;

  /** Each paragraph of an article is judged on at most this many characters. */
  static final int PARAGRAPH_SAMPLE_CHARS = 300;

  /**
   * Below this many characters Lingua's trigram-only mode is unreliable (its authors' figure), so
   * a short paragraph is confirmed with all n-gram lengths before it may differ from the article.
   */
  static final int SHORT_CHARS = 120;

  private static final class Holder {
    static final LanguageIdentifier SHARED = new LanguageIdentifier(
        LanguageDetectorBuilder.fromAllLanguages().build(),
        LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build());
  }

  /** All n-gram lengths: slower, accurate on short text. */
  private final LanguageDetector accurate;

  /** Trigrams only: several times faster, as accurate on text of a sentence or more. */
  private final LanguageDetector fast;

  private LanguageIdentifier(LanguageDetector accurate, LanguageDetector fast) {
    this.accurate = accurate;
    this.fast = fast;
  }

  /** Returns the shared identifier over every language the detector knows. */
  public static LanguageIdentifier shared() {
    return Holder.SHARED;
  }

  /** Returns the language of {@code text}, or {@value #UNDETERMINED}, judged accurately. */
  public String identify(CharSequence text) {
    return identify(text, SAMPLE_CHARS, accurate);
  }

  private static String identify(CharSequence text, int max, LanguageDetector detector) {
    String sample = TextNormalizer.forAnalysis(
        text.length() > max ? text.subSequence(0, max) : text);
    if (TextNormalizer.letterCount(sample) < MIN_LETTERS) {
      return UNDETERMINED;
    }
    Language language = detector.detectLanguageOf(sample);
    if (language == Language.UNKNOWN) {
      return UNDETERMINED;
    }
    return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Identifies each paragraph of an article and the article as a whole.
   *
   * <p>The article's language is the one that holds most letters over its paragraphs, so one
   * English quotation does not turn an Arabic article English. A paragraph of a sentence or more
   * is judged on its own (trigrams, on its first {@value #PARAGRAPH_SAMPLE_CHARS} characters); a
   * shorter one only when it is written in another script than the article (an English line in an
   * Arabic text), since a few words in the same script say more about the article than about
   * themselves. The others, and those too short to judge, take the article's language.
   */
  public Identified identify(String text, List<Segment> paragraphs) {
    int mainScript = Scripts.dominant(text, 0, Math.min(text.length(), SAMPLE_CHARS * 4));
    String[] tags = new String[paragraphs.size()];
    Map<String, Integer> letters = new TreeMap<>();
    for (int i = 0; i < tags.length; i++) {
      Segment seg = paragraphs.get(i);
      String p = seg.text(text);
      int count = TextNormalizer.letterCount(p);
      if (count < MIN_LETTERS) {
        continue;
      }
      if (p.length() >= SHORT_CHARS) {
        tags[i] = identify(p, PARAGRAPH_SAMPLE_CHARS, fast);
      } else if (Scripts.dominant(text, seg.start(), seg.end()) != mainScript) {
        tags[i] = identify(p, SAMPLE_CHARS, accurate);
      }
      if (tags[i] != null && !UNDETERMINED.equals(tags[i])) {
        letters.merge(tags[i], count, Integer::sum);
      }
    }
    String main =
        letters.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElseGet(() -> identify(text));
    List<Segment> out = new java.util.ArrayList<>(tags.length);
    for (int i = 0; i < tags.length; i++) {
      boolean own = tags[i] != null && !UNDETERMINED.equals(tags[i]);
      out.add(paragraphs.get(i).withLanguage(own ? tags[i] : main));
    }
    return new Identified(main, out);
  }


  /**
   * The languages found in one article.
   *
   * @param language the article's main language
   * @param paragraphs its paragraphs, each with its own language
   */
  public record Identified(String language, List<Segment> paragraphs) {
    public Identified {
      paragraphs = List.copyOf(paragraphs);
    }
  }
}
