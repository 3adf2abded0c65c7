package org.dragoman.language;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Everything Dragoman knows about one language, in one place. Packs are found through {@link
 * java.util.ServiceLoader}: adding a language is adding one class that implements this interface
 * and naming it in {@code META-INF/services/org.dragoman.language.LanguagePack}.
 *
 * <pre>{@code
 * public final class WelshPack implements LanguagePack {
 *   public String name() { return "cy"; }
 *   public Analyzer createAnalyzer() { return new IcuFoldingAnalyzer(); }
 * }
 * }</pre>
 *
 * <p>Implementations must be stateless and thread-safe; {@link LanguagePacks} keeps one analyzer
 * per pack.
 */
public interface LanguagePack {

  /** The BCP 47 language tag this pack serves, such as {@code en} or {@code ar}; stable. */
  String name();

  /**
   * Creates the Lucene analyzer for full-text search in this language. It sees text that still
   * carries format characters and non-ASCII digits: {@link LanguagePacks} wraps it so that these
   * are removed and folded first.
   */
  Analyzer createAnalyzer();

  /**
   * Abbreviations after which a sentence never ends in this language ("Mr.", "Dr."), on top of
   * those that CLDR already gives ICU's sentence break iterator.
   */
  default Set<String> abbreviations() {
    return Set.of();
  }

  /**
   * Page debris written in this language that web pages leave around article bodies, such as
   * share-button captions ("Share Tweet") or source markers ("[Source]"). Each match is replaced
   * by a paragraph break; patterns that should take a whole line anchor themselves with
   * {@code (?m)^…$}. Debris of every installed pack is removed from every article, whatever its
   * language, since a page's furniture is often in another language than its body.
   */
  default List<Pattern> debris() {
    return List.of();
  }

  /**
   * One pattern of {@link #debris}, with a word every match contains ({@code hint}, compared
   * without regard to case), or {@code null}: a text without the word is not searched for it,
   * which spares reading most texts with patterns that must look at every line. A {@code
   * maxLine} above 0 says the pattern only ever matches a whole line, of at most that many
   * characters without the spaces around them: only such lines are tried.
   */
  record Debris(Pattern pattern, String hint, int maxLine) {
    /** A pattern with a hint (or {@code null}) that may match anywhere. */
    public Debris(Pattern pattern, String hint) {
      this(pattern, hint, 0);
    }
  }

  /** {@link #debris}, each with its hint; by default none has one. */
  default List<Debris> debrisRules() {
    return debris().stream().map(p -> new Debris(p, null)).toList();
  }

  /**
   * Prefixes that attach to a word in this language's writing and can hide a name inside it,
   * longest first (Arabic "وال", "بال", "و", "ب"…): stripped to compare a word with names written
   * in another script.
   */
  default List<String> proclitics() {
    return List.of();
  }

  /**
   * Articles that names of this language may carry or drop when written elsewhere, in its own
   * script and as other scripts spell them (Arabic "ال", "al-", "el-": "الحكيم" is often just
   * "Hakim").
   */
  default List<String> nameArticles() {
    return List.of();
  }

  /**
   * How this language's spellings of names are heard by writers of other scripts (Italian "ci"
   * as "tshi", German "w" as "v"), or, for a language of another script, how it writes the Latin
   * letters it lacks (Arabic writes g as ج). Names are compared through every reading of every
   * installed pack.
   */
  default List<Reading> nameReadings() {
    return List.of();
  }

  /**
   * The language's function words (articles, prepositions, pronouns), lower case: by default
   * the stop set of the pack's Lucene analyzer. Date and name extraction skip them between the
   * words they recognise ("the 15th of February", "el 5 de mayo", "am 15. Februar").
   */
  default Set<String> stopWords() {
    try (Analyzer analyzer = createAnalyzer()) {
      if (analyzer instanceof org.apache.lucene.analysis.StopwordAnalyzerBase withStops) {
        Set<String> words = new java.util.HashSet<>();
        for (Object word : withStops.getStopwordSet()) {
          words.add(word instanceof char[] chars ? new String(chars) : String.valueOf(word));
        }
        return Set.copyOf(words);
      }
    }
    return Set.of();
  }

  /**
   * Date words that CLDR does not carry, as phrase → meaning: {@code "-1"}, {@code "0"} or
   * {@code "+1"} for words that make a weekday, month or period past, present or future, also
   * read as "the last one" before a weekday or "day" ("letzter Sonntag im März", "l'ultimo
   * giorno di ottobre"); {@code "--MM-DD"} for a holiday on a fixed date ("Weihnachten" →
   * {@code "--12-25"}); {@code "after"} and {@code "before"} for the words that count from
   * another date ("the third Tuesday after Christmas", "il mese dopo Natale"); {@code "day+1"},
   * {@code "day-1"}… for the words of a day counted from today that people say and CLDR does not
   * write (Levantine "بكرة", Gulf "البارحة"); {@code "span-1:week"} and {@code "period+1:year"}
   * for phrases that are a span or a period ("قبل أسبوع", "العام المقبل"); {@code "in"} for a
   * word that counts forward where CLDR's past phrases count back ("بعد ثلاثة أيام"); {@code
   * "mid"} for the middle of the month named next ("mid-March", "منتصف آذار"); {@code "n3"}… for
   * number words CLDR's spellout lacks (the Arabic feminine "ثلاث"). Month and weekday names, the standard relative days and
   * number words come from CLDR and do not belong here.
   */
  default java.util.Map<String, String> dateWords() {
    return java.util.Map.of();
  }

  /**
   * Words that announce a name, as word → entity type ({@code PERSON}, {@code ORGANISATION} or
   * {@code PLACE}): titles and forms of address before a person ("Comrade", "MP", "الرفيق"),
   * words that are part of an organisation's name or introduce it ("Union", "Party", "نقابة",
   * "حزب") and words that introduce a place ("city", "province", "مدينة", "إقليم"); also
   * {@code CONNECTOR} for the lower-case words that join the words of an organisation's name
   * ("Union of Public Employees") and {@code PARTICLE} for those inside a person's name
   * ("bin", "van", "de"). Lower case; matched on the loose key of each word.
   */
  default java.util.Map<String, String> nameCues() {
    return java.util.Map.of();
  }

  /** Builds a word table from {@code "word=meaning"} strings, for packs' {@link #dateWords} and {@link #nameCues}. */
  static java.util.Map<String, String> table(String... entries) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String e : entries) {
      int eq = e.lastIndexOf('=');
      out.put(e.substring(0, eq), e.substring(eq + 1));
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
