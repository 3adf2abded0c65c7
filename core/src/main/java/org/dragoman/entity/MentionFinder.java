package org.dragoman.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.dragoman.language.LanguagePack;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.Mention;
import org.dragoman.model.Mention.Type;
import org.dragoman.text.TextNormalizer;

/**
 * Finds the mentions of one text: dates ({@link DateFinder}), numbers with their value whatever
 * the digits and grouping ("12,282", "12.200", "١٢٬٢٨٢"), hashtags, URLs, e-mail addresses, and
 * the names of people, organisations and places.
 *
 * <p>Names in cased scripts are runs of capitalised words, joined by the pack's connectors
 * ("bin", "de", "of" inside an organisation's name); the type comes from the gazetteer
 * ({@link Gazetteer}), the pack's cue words ("Comrade", "Union", "city") and the shape (an
 * acronym is an organisation, two or more words a person). A word that the same text writes in
 * lower case elsewhere is not a name at the start of a sentence. Acronyms given after their
 * expansion — "Canadian Union of Public Employees (CUPE)" — become one entity. Scripts without
 * case (Arabic, Urdu, Persian) rely on cue words (الرفيق، نقابة، مدينة), the gazetteer and
 * Latin-script acronyms inside the text; {@code EntityCatalogue} adds the names the sentence
 * alignment projects from a translation.
 *
 * <p>Entity ids here are provisional ({@code person:amar-fayaz}); the archive's catalogue maps
 * them to canonical entities. Thread-safe.
 */
public final class MentionFinder {

  private static final Map<String, MentionFinder> CACHE = new ConcurrentHashMap<>();
  static final int MAX_NAME_WORDS = 6;


  private final String language;
  private final DateFinder dates;
  final Gazetteer gazetteer;
  final Map<String, Type> cues = new HashMap<>();
  final Set<String> connectors = new HashSet<>();
  private final Set<String> particles = new HashSet<>();
  private final Set<String> stopWords = new HashSet<>();
  private final List<String> proclitics = new ArrayList<>();
  private final DateVocabulary dateWords;
  private java.util.Optional<NameTagger> tagger;
  private final TaggedNames taggedNames = new TaggedNames(this);

  private MentionFinder(String language) {
    this.language = language;
    this.dates = DateFinder.forLanguage(language);
    this.gazetteer = Gazetteer.of(language);
    this.dateWords = DateVocabulary.of(language);
    LanguagePacks packs = LanguagePacks.installed();
    List<LanguagePack> sources = new ArrayList<>();
    if (packs.has(language)) {
      sources.add(packs.require(language));
    }
    if (packs.has("en") && !language.equals("en")) {
      sources.add(packs.require("en")); // English titles and acronyms appear in every language
    }
    for (LanguagePack pack : sources) {
      pack.nameCues().forEach((word, type) -> {
        String key = TextNormalizer.matchKey(word);
        if (type.equals("CONNECTOR") || type.equals("PARTICLE")) {
          connectors.add(key);
          if (type.equals("PARTICLE")) {
            particles.add(key);
          }
        } else {
          cues.putIfAbsent(key, Type.valueOf(type));
        }
      });
    }
    if (packs.has(language)) {
      packs.require(language).stopWords().forEach(w -> stopWords.add(TextNormalizer.matchKey(w)));
      packs.require(language).proclitics().forEach(p -> proclitics.add(TextNormalizer.matchKey(p)));
    }
    // last: the tagger's features read the cues and the gazetteer above
    this.tagger = NameTagger.shipped(language, this);
  }

  /** Returns the finder for a BCP 47 language tag. */
  public static MentionFinder forLanguage(String language) {
    String tag = language == null || language.isBlank() ? "und" : language;
    return CACHE.computeIfAbsent(tag, MentionFinder::new);
  }

  /**
   * A finder of {@code language} that tags names with the model in {@code model} (written by
   * {@link NameTaggerTraining}) instead of the one the project ships, to measure a new model.
   *
   * @throws java.io.IOException naming the file when it is not a name model
   */
  public static MentionFinder withModel(String language, java.nio.file.Path model) throws java.io.IOException {
    MentionFinder f = new MentionFinder(language);
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(model)) {
      f.tagger = java.util.Optional.of(NameTagger.read(in, f));
    } catch (java.io.IOException e) {
      throw new java.io.IOException(model + ": not a name model: " + e.getMessage(), e);
    }
    return f;
  }

  /**
   * Returns the mentions of {@code text} in order of position, none overlapping; dates are
   * resolved against {@code reference} with {@code preference}.
   */
  public List<Mention> find(String text, LocalDate reference, DatePreference preference) {
    return find(text, reference, preference, new NameTagger.Memory());
  }

  /**
   * As {@link #find(String, LocalDate, DatePreference)}, for one part of a longer document:
   * {@code memory} keeps what its earlier parts taught the name tagger (one per document).
   */
  public List<Mention> find(String text, LocalDate reference, DatePreference preference, NameTagger.Memory memory) {
    List<Mention> found = new ArrayList<>();
    LinkFinder.find(text, found);
    List<Mention> dateMentions = new ArrayList<>();
    List<Tokens.Token> tokens = Tokens.of(text);
    for (DateFinder.Found d : dates.find(text, tokens, reference, preference)) {
      DateValue v = d.date();
      dateMentions.add(new Mention(Type.DATE, d.text(), d.start(), d.end(), v.value(),
          v.grain().label(), null, v.calendar().equals(DateVocabulary.GREGORIAN) ? null : v.calendar(),
          v.original()));
    }
    found.addAll(dateMentions);
    NumberFinder.find(text, tokens, found);
    if (tagger.isPresent()) {
      taggedNames.find(tagger.get(), text, tokens, memory, found);
    } else {
      names(text, tokens, found);
    }
    return withoutOverlaps(found);
  }

  private static List<Mention> withoutOverlaps(List<Mention> found) {
    // earlier kinds win ties: URL/e-mail/hashtag, then dates, numbers, names; kept spans by
    // start, so that each mention is checked against its two neighbours only
    TreeMap<Integer, Mention> kept = new TreeMap<>();
    for (Mention m : found) {
      Map.Entry<Integer, Mention> before = kept.floorEntry(m.start());
      if (before != null && before.getValue().end() > m.start()) {
        continue;
      }
      Map.Entry<Integer, Mention> after = kept.ceilingEntry(m.start());
      if (after != null && after.getKey() < m.end()) {
        continue;
      }
      kept.put(m.start(), m);
    }
    return new ArrayList<>(kept.values());
  }

  // ------------------------------------------------------------------ names

  private void names(String text, List<Tokens.Token> tokens, List<Mention> out) {
    Map<String, String> surnames = new HashMap<>();
    Set<String> lowercase = new HashSet<>();
    for (Tokens.Token t : tokens) {
      if (t.isWord() && Character.isLowerCase(text.codePointAt(t.start()))) {
        lowercase.add(t.key());
      }
    }
    List<Mention> names = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Tokens.Token t = tokens.get(i);
      if (t.isWord() && cased(text, t) && Character.isUpperCase(text.codePointAt(t.start()))) {
        i = latinRun(text, tokens, i, lowercase, names);
      } else if (t.isWord() && !cased(text, t)) {
        i = uncased(text, tokens, i, names);
      } else {
        i++;
      }
    }
    // a surname alone refers to the person named in full in the same text ("Amar's release")
    for (Mention m : names) {
      if (m.type() == Type.PERSON) {
        String[] words = m.text().split("\\s+");
        if (words.length >= 2) {
          surnames.putIfAbsent(TextNormalizer.matchKey(words[0]), m.entity());
          surnames.putIfAbsent(TextNormalizer.matchKey(words[words.length - 1]), m.entity());
        }
      }
    }
    // "Now Amar Fayaz" at the start of a sentence: the first word is not part of the name when
    // the rest is named alone elsewhere in the text
    Set<String> labels = new HashSet<>();
    for (Mention m : names) {
      if (m.type() != null) {
        labels.add(TextNormalizer.matchKey(m.text()));
      }
    }
    for (int k = 0; k < names.size(); k++) {
      Mention m = names.get(k);
      int space = m.text().indexOf(' ');
      if (m.type() != null && space > 0 && labels.contains(TextNormalizer.matchKey(m.text().substring(space + 1)))) {
        String tail = m.text().substring(space + 1);
        String id = m.type().name().toLowerCase(Locale.ROOT) + ":" + Gazetteer.slug(tail);
        names.set(k, new Mention(m.type(), tail, m.start() + space + 1, m.end(), tail, null, id, null, null));
      }
    }
    List<Mention> surnamesAlone = new ArrayList<>();
    for (Mention m : names) {
      if (m.type() == null) {
        String id = surnames.get(TextNormalizer.matchKey(m.text()));
        if (id != null) {
          surnamesAlone.add(new Mention(Type.PERSON, m.text(), m.start(), m.end(), m.text(), null, id, null, null));
        }
      } else {
        out.add(m);
      }
    }
    out.addAll(surnamesAlone);
  }

  static boolean cased(String text, Tokens.Token t) {
    int cp = text.codePointAt(t.start());
    return Character.isUpperCase(cp) || Character.isLowerCase(cp);
  }

  int latinRun(String text, List<Tokens.Token> tokens, int from, Set<String> lowercase, List<Mention> out) {
    int end = from;
    boolean hasOrgCue = false;
    while (end < tokens.size()) {
      Tokens.Token t = tokens.get(end);
      if (end > from && !(t.gap().isEmpty() || t.gap().equals("-") && !t.spaced())) {
        break;
      }
      boolean capital = t.isWord() && Character.isUpperCase(text.codePointAt(t.start()));
      if (capital) {
        hasOrgCue |= cues.get(t.key()) == Type.ORGANISATION;
        end++;
      } else if (t.isWord() && connectors.contains(t.key()) && end + 1 < tokens.size()
          && tokens.get(end + 1).isWord() && Character.isUpperCase(text.codePointAt(tokens.get(end + 1).start()))
          && tokens.get(end + 1).gap().isEmpty()) {
        end++;
      } else {
        break;
      }
    }
    int next = Math.max(end, from + 1);
    if (end - from > MAX_NAME_WORDS * 2) {
      return next; // a shouted headline or a list of capitals, not a name
    }
    int start = from;
    Type cue = null;
    // leading words that are not part of the name: articles, cue titles, date words
    while (start < end) {
      Tokens.Token t = tokens.get(start);
      Type c = cues.get(t.key());
      if (c == Type.PERSON && start + 1 < end) {
        cue = Type.PERSON;
        start++;
      } else if (stopWords.contains(t.key()) || connectors.contains(t.key()) || isDateWord(t)
          || NameFeatures.sentenceStart(text, tokens, start) && lowercase.contains(t.key())) {
        start++;
      } else {
        break;
      }
    }
    while (end > start && (connectors.contains(tokens.get(end - 1).key()) || isDateWord(tokens.get(end - 1)))) {
      end--;
    }
    if (start >= end) {
      return next;
    }
    if (cue == null && start > 0) {
      Type before = cues.get(tokens.get(start - 1).key());
      if (before == Type.PERSON || before == Type.PLACE) {
        cue = before;
      }
    }
    if (!hasOrgCue) {
      // without an organisation cue, connectors split the run: "Amar Fayaz of Toronto"
      for (int k = start + 1; k < end; k++) {
        if (connectors.contains(tokens.get(k).key()) && !particles.contains(tokens.get(k).key())) {
          emitLatin(text, tokens, start, k, cue, out, lowercase);
          emitLatin(text, tokens, k + 1, end, null, out, lowercase);
          return next;
        }
      }
    }
    emitLatin(text, tokens, start, end, cue, out, lowercase);
    return next;
  }

  private boolean isDateWord(Tokens.Token t) {
    return dateWords.isFullDateWord(t.key());
  }

  private void emitLatin(String text, List<Tokens.Token> tokens, int start, int end, Type cue, List<Mention> out,
      Set<String> lowercase) {
    if (start >= end || end - start > MAX_NAME_WORDS
        || tokens.subList(start, end).stream().allMatch(t -> t.key().length() <= 1)) {
      return; // too long to be a name, or made of single letters
    }
    if (end - start > 1) {
      // "CUPE Canada", "UNIFOR Canadian Freelance Union": an acronym at either end stands alone
      boolean firstAcronym = Acronyms.isAcronym(text.substring(tokens.get(start).start(), tokens.get(start).end()));
      boolean lastAcronym = Acronyms.isAcronym(text.substring(tokens.get(end - 1).start(), tokens.get(end - 1).end()));
      boolean hyphenated = tokens.subList(start + 1, end).stream().allMatch(t -> t.gap().equals("-"));
      if (!hyphenated && firstAcronym != lastAcronym) {
        if (firstAcronym) {
          emitLatin(text, tokens, start, start + 1, null, out, lowercase);
          emitLatin(text, tokens, start + 1, end, cue, out, lowercase);
        } else {
          emitLatin(text, tokens, start, end - 1, cue, out, lowercase);
          emitLatin(text, tokens, end - 1, end, null, out, lowercase);
        }
        return;
      }
    }
    int s = tokens.get(start).start();
    int e = tokens.get(end - 1).end();
    String label = text.substring(s, e);
    Gazetteer.Place place = gazetteer.lookup(tokens, start, end);
    boolean org = false;
    for (int k = start; k < end; k++) {
      org |= cues.get(tokens.get(k).key()) == Type.ORGANISATION;
    }
    boolean acronym = true;
    for (int k = start; k < end; k++) {
      acronym &= Acronyms.isAcronym(text.substring(tokens.get(k).start(), tokens.get(k).end()));
    }
    if (end - start == 1 && cues.containsKey(tokens.get(start).key())) {
      return; // "Union" alone names nothing
    }
    Type type;
    if (place != null && !org) {
      out.add(Mention.of(Type.PLACE, label, s, e, place.english(), place.id()));
      return;
    } else if (org || acronym) {
      type = Type.ORGANISATION;
    } else if (cue != null) {
      type = cue;
    } else if (end - start >= 2) {
      type = Type.PERSON;
    } else {
      if (label.codePointCount(0, label.length()) < 2) {
        return;
      }
      // one capitalised word: a person only if the text names them in full (resolved later)
      out.add(new Mention(null, label, s, e, label, null, null, null, null));
      return;
    }
    String id = type.name().toLowerCase(Locale.ROOT) + ":" + Gazetteer.slug(label);
    if (type == Type.ORGANISATION && !acronym) {
      String expansionOf = Acronyms.after(text, tokens, end, start, connectors);
      if (expansionOf != null) {
        id = "organisation:" + Gazetteer.slug(expansionOf);
      }
    }
    out.add(Mention.of(type, label, s, e, label, id));
  }

  /** Scripts without case: cue words, the gazetteer, and Latin acronyms handled above. */
  int uncased(String text, List<Tokens.Token> tokens, int i, List<Mention> out) {
    Tokens.Token t = tokens.get(i);
    Gazetteer.Place[] known = gazetteer.placesAt(tokens, i);
    for (int len = Math.max(1, known.length); len >= 1; len--) {
      Gazetteer.Place place = len <= known.length ? known[len - 1] : null;
      String stripped = null;
      if (place == null && len == 1) {
        stripped = withoutProclitic(t.key());
        place = stripped == null ? null : gazetteer.lookupKey(stripped);
      }
      if (place != null && tight(tokens, i, i + len)) {
        int s = t.start() + (stripped == null ? 0 : t.key().length() - stripped.length());
        int e = tokens.get(i + len - 1).end();
        out.add(Mention.of(Type.PLACE, text.substring(s, e), s, e, place.english(), place.id()));
        return i + len;
      }
    }
    Type cue = cues.get(t.key());
    if (cue == null) {
      String stripped = withoutProclitic(t.key());
      cue = stripped == null ? null : cues.get(stripped);
    }
    if (cue == null) {
      return i + 1;
    }
    int max = cue == Type.PERSON ? 2 : cue == Type.PLACE ? 1 : 4;
    int from = cue == Type.ORGANISATION ? i : i + 1;
    int skip = 0;
    if (cue == Type.ORGANISATION && !cues.containsKey(t.key())) {
      String stripped = withoutProclitic(t.key());
      skip = stripped == null ? 0 : t.key().length() - stripped.length();
      String proclitic = stripped == null ? "" : t.key().substring(0, skip);
      if (proclitic.endsWith("ال")) {
        skip -= 2; // "والاتحاد" → "الاتحاد": the conjunction goes, the article stays
      }
    }
    int end = i + 1;
    while (end < tokens.size() && end - (i + 1) < max && tight(tokens, end - 1, end + 1)
        && tokens.get(end).isWord() && !stopWords.contains(tokens.get(end).key())
        && !cues.containsKey(tokens.get(end).key()) && !cased(text, tokens.get(end))
        && !dateWords.isWord(tokens.get(end).key())) {
      end++;
    }
    if (end == i + 1) {
      return i + 1;
    }
    int s = tokens.get(from).start() + (from == i ? leading(text, tokens.get(from), skip) : 0);
    int e = tokens.get(end - 1).end();
    String label = text.substring(s, e);
    if (cue == Type.PLACE) {
      Gazetteer.Place place = gazetteer.lookup(label);
      out.add(Mention.of(Type.PLACE, label, s, e, place != null ? place.english() : label,
          place != null ? place.id() : "place:" + Gazetteer.slug(label)));
    } else {
      String id = cue.name().toLowerCase(Locale.ROOT) + ":" + Gazetteer.slug(label);
      if (cue == Type.ORGANISATION && end < tokens.size() && tokens.get(end).gap().equals("(")
          && Acronyms.isAcronym(text.substring(tokens.get(end).start(), tokens.get(end).end()))) {
        // "الاتحاد الكندي للموظفين العموميين (CUPE)": the name is the acronym's expansion
        id = "organisation:" + Gazetteer.slug(text.substring(tokens.get(end).start(), tokens.get(end).end()));
      }
      out.add(Mention.of(cue, label, s, e, label, id));
    }
    return end;
  }

  /** How many characters of the token's text hold its first {@code keyChars} key characters. */
  private static int leading(String text, Tokens.Token t, int keyChars) {
    int chars = 0;
    int seen = 0;
    while (seen < keyChars && t.start() + chars < t.end()) {
      int cp = text.codePointAt(t.start() + chars);
      chars += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        seen++;
      }
    }
    return chars;
  }

  private static boolean tight(List<Tokens.Token> tokens, int from, int to) {
    for (int k = from + 1; k < to && k < tokens.size(); k++) {
      if (!tokens.get(k).gap().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the gazetteer knows a word (or the word without its proclitic) as a place. */
  boolean isPlaceWord(String key, String withoutProclitic) {
    return gazetteer.lookupKey(key) != null || withoutProclitic != null && gazetteer.lookupKey(withoutProclitic) != null;
  }

  boolean isStopWord(String key) {
    return stopWords.contains(key);
  }

  String withoutProclitic(String key) {
    for (String p : proclitics) {
      if (key.length() > p.length() + 2 && key.startsWith(p)) {
        return key.substring(p.length());
      }
    }
    return null;
  }

  /** The language this finder reads. */
  public String language() {
    return language;
  }
}
