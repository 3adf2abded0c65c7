package org.dragoman.language;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.dragoman.model.Segment;
import org.dragoman.text.Scripts;
import org.dragoman.text.TextNormalizer;

/**
 * Identifies the language of a text, a paragraph or a sentence, as a BCP 47 tag.
 *
 * <p>The script comes first: a text is judged only among the languages written in the script
 * of most of its letters, and only that script's statistics are ever loaded (Latin, about 25 MB
 * for 49 languages; Arabic, 3 MB for Arabic, Persian and Urdu). A script that one language alone
 * writes among the 75 known (Greek, Hebrew, Korean…) gives that language; a script without
 * statistics gives the language CLDR names as its likeliest writer (Ethiopic: Amharic). Within a
 * script, the languages' character n-gram statistics (orders 1 to 5, from Lingua's published
 * models, see {@link NgramModel}) score the text as a language model; texts of
 * {@value #LONG_CHARS} characters or more use orders up to 3, which are as accurate on them and
 * faster. Texts with fewer than {@value #MIN_LETTERS} letters are {@value #UNDETERMINED}.
 *
 * <pre>{@code
 * LanguageIdentifier.shared().identify("توصلنا للتو بالخبر الرائع"); // "ar"
 * }</pre>
 *
 * <p>Thread-safe. Measured in {@code docs/QUALITY.md} ({@code eval langid}).
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
   * A paragraph shorter than this is judged on its own only when written in another script than
   * the article: a few words in the same script say more about the article than about themselves.
   */
  static final int SHORT_CHARS = 120;

  /**
   * A lead, in nats, after which the rest of a text is not read: the likelihood of the best
   * language is then e^30 times the next one's.
   */
  static final double DECISIVE_MARGIN = 30;

  /** From this many characters (cleaned), n-grams up to trigrams suffice. */
  static final int LONG_CHARS = 100;

  private static final LanguageIdentifier SHARED = new LanguageIdentifier();

  /** Loaded models by ISO 15924 script code; empty for a script without statistics. */
  private final Map<String, Optional<NgramModel>> models = new ConcurrentHashMap<>();

  private LanguageIdentifier() {}

  /** Returns the shared identifier. */
  public static LanguageIdentifier shared() {
    return SHARED;
  }

  /** Returns the language of {@code text}, or {@value #UNDETERMINED}. */
  public String identify(CharSequence text) {
    return identify(text, SAMPLE_CHARS);
  }

  private String identify(CharSequence text, int max) {
    CharSequence sample = text.length() > max ? text.subSequence(0, max) : text;
    String clean = clean(sample);
    // The script of a text is the script of its running words: a capitalised word (a name, an
    // acronym: "Los Angeles Lakers", "NFL") travels between languages and says little of the
    // text's own; in a script without case every word runs, and a Han character counts as one.
    // Letters decide when there are no running words (a title in capitals).
    int[] letters = new int[UScript.CODE_LIMIT];
    int[] running = new int[UScript.CODE_LIMIT];
    int total = 0;
    int runningTotal = 0;
    boolean inWord = false;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i); // before lower-casing: capitals mark the names
      if (Character.isLetter(c)) {
        int script = UScript.getScript(c);
        if (script == UScript.HAN) {
          running[script]++;
          runningTotal++;
        } else if (!inWord && !Character.isUpperCase(c) && !Character.isTitleCase(c)) {
          running[script]++;
          runningTotal++;
        }
        inWord = true;
        letters[script]++;
        total++;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK
          && Character.getType(c) != Character.COMBINING_SPACING_MARK) {
        inWord = false;
      }
    }
    int[] weight = runningTotal >= 3 ? running : letters;
    if (total < MIN_LETTERS) {
      return UNDETERMINED;
    }
    int script = 0;
    int most = -1;
    for (int s = 0; s < letters.length; s++) {
      int n = s == UScript.HAN ? weight[s] + weight[UScript.HIRAGANA] + weight[UScript.KATAKANA]
          : s == UScript.HIRAGANA || s == UScript.KATAKANA ? 0 : weight[s];
      if (n > most) {
        most = n;
        script = s;
      }
    }
    String code = UScript.getShortName(script);
    NgramModel model = models.computeIfAbsent(code, c -> Optional.ofNullable(NgramModel.forScript(c)))
        .orElse(null);
    if (model == null) {
      return likelyLanguage(code);
    }
    if (model.size() == 1) {
      return model.languages()[0];
    }
    double[] scores = clean.length() >= LONG_CHARS
        ? model.scoreUntil(clean, 3, DECISIVE_MARGIN)
        : model.score(clean, NgramModel.MAX_ORDER);
    int best = -1;
    boolean found = false;
    for (int l = 0; l < scores.length; l++) {
      found |= scores[l] != 0;
      if (writable(model, l, letters) && (best < 0 || scores[l] > scores[best])) {
        best = l;
      }
    }
    return best < 0 || !found ? UNDETERMINED : model.language(best);
  }

  /** Whether the text holds letters of every script language {@code l} needs. */
  private static boolean writable(NgramModel model, int l, int[] letters) {
    for (int s : model.requiredScripts(l)) {
      if (letters[s] == 0) {
        return false;
      }
    }
    return true;
  }

  /** Han, Hiragana and Katakana are judged together: Japanese writes all three. */
  private static int group(int script) {
    return script == UScript.HIRAGANA || script == UScript.KATAKANA ? UScript.HAN : script;
  }

  /** The language CLDR gives as the likeliest for a script ("Ethi" → "am"), or undetermined. */
  private static String likelyLanguage(String script) {
    ULocale likely = ULocale.addLikelySubtags(new ULocale("und_" + script));
    return likely.getLanguage().isEmpty() || !likely.getScript().equals(script)
        ? UNDETERMINED
        : likely.getLanguage();
  }

  /**
   * The form the statistics were counted on: lower case, without punctuation and digits (so
   * "don't" is "dont"), every other non-letter a space.
   */
  static String clean(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z') {
          out.append((char) cp);
        } else if (cp >= 'A' && cp <= 'Z') {
          out.append((char) (cp + 32));
        } else if (!(cp >= '0' && cp <= '9') && !isPunctuationOrDigit(Character.getType(cp))) {
          out.append(' ');
        }
        continue;
      }
      int type = Character.getType(cp);
      if (Character.isLetter(cp)) {
        out.appendCodePoint(UCharacter.toLowerCase(cp));
      } else if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
        out.appendCodePoint(cp);
      } else if (type != Character.FORMAT && cp != 0x0640 && !isPunctuationOrDigit(type)) {
        out.append(' '); // format characters and tatweel are not there for the reader
      }
    }
    return out.toString();
  }

  private static boolean isPunctuationOrDigit(int type) {
    return switch (type) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /**
   * Identifies each paragraph of an article and the article as a whole.
   *
   * <p>The article's language is the one that holds most letters over its paragraphs, so one
   * English quotation does not turn an Arabic article English. A paragraph of a sentence or more
   * is judged on its own (on its first {@value #PARAGRAPH_SAMPLE_CHARS} characters); a shorter
   * one only when it is written in another script than the article (an English line in an Arabic
   * text). The others, and those too short to judge, take the article's language.
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
        tags[i] = identify(p, PARAGRAPH_SAMPLE_CHARS);
      } else if (Scripts.dominant(text, seg.start(), seg.end()) != mainScript) {
        tags[i] = identify(p, SAMPLE_CHARS);
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
    List<Segment> out = new ArrayList<>(tags.length);
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
