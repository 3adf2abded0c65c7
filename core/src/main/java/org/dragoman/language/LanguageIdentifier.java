package org.dragoman.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dragoman.model.Segment;
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

  /** Paragraphs are judged on at most this many characters; longer ones gain nothing. */
  static final int SAMPLE_CHARS = 1500;

  private static final class Holder {
    static final LanguageIdentifier SHARED =
        new LanguageIdentifier(LanguageDetectorBuilder.fromAllLanguages().build());
  }

  private final LanguageDetector detector;

  private LanguageIdentifier(LanguageDetector detector) {
    this.detector = detector;
  }

  /** Returns the shared identifier over every language the detector knows. */
  public static LanguageIdentifier shared() {
    return Holder.SHARED;
  }

  /** Returns the language of {@code text}, or {@value #UNDETERMINED}. */
  public String identify(CharSequence text) {
    String sample = TextNormalizer.forAnalysis(
        text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text);
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
   * <p>Paragraphs too short to judge take the language of the article. The article's language
   * is the one that holds most letters over its paragraphs, so one English quotation does not
   * turn an Arabic article English.
   */
  public Identified identify(String text, List<Segment> paragraphs) {
    String[] tags = new String[paragraphs.size()];
    Map<String, Integer> letters = new TreeMap<>();
    for (int i = 0; i < tags.length; i++) {
      String p = paragraphs.get(i).text(text);
      tags[i] = identify(p);
      if (!UNDETERMINED.equals(tags[i])) {
        letters.merge(tags[i], TextNormalizer.letterCount(p), Integer::sum);
      }
    }
    String main =
        letters.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElseGet(() -> identify(text));
    List<Segment> out = new java.util.ArrayList<>(tags.length);
    for (int i = 0; i < tags.length; i++) {
      out.add(paragraphs.get(i).withLanguage(UNDETERMINED.equals(tags[i]) ? main : tags[i]));
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
