package org.dragoman.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.model.Mention;
import org.dragoman.model.Mention.Type;
import org.dragoman.text.Scripts;
import org.dragoman.text.TextNormalizer;

/**
 * The names of a text in a language with a tagger model ({@link NameTagger}), and the rules a user
 * expects beside it: what the tagger gives, cleaned of what is no name, with the ids of the
 * gazetteer and of the document's full names, and what the tagger was never shown (acronym
 * expansions; the pack's cue words in a script without case). The pack's words come from the
 * {@link MentionFinder} it serves. Thread-safe: no state of its own.
 */
final class TaggedNames {
  private final MentionFinder finder;

  TaggedNames(MentionFinder finder) {
    this.finder = finder;
  }

  /**
   * Names from the statistical tagger: each span typed by it; places given the gazetteer's id;
   * a person named by one word that an earlier full name of the document ends or begins with
   * is that person; a proclitic the document also writes the name without ("وبريطانيا" beside
   * "بريطانيا") is kept in the span, as annotators do, but not in the name's value.
   */
  void find(NameTagger tagger, String text, List<Tokens.Token> tokens, NameTagger.Memory memory, List<Mention> out) {
    List<NameTagger.Found> found = cleaned(text, tokens, tagger.tag(text, tokens, memory));
    List<Mention> tagged = new ArrayList<>();
    boolean[] covered = new boolean[tokens.size()];
    for (NameTagger.Found f : found) {
      tagged.add(tagged(text, tokens, f, memory));
      java.util.Arrays.fill(covered, f.from(), f.to(), true);
    }
    // a name's later short form is the same person: "Amar" after "Amar Fayaz"
    for (int i = 0; i < tokens.size(); i++) {
      Tokens.Token t = tokens.get(i);
      String id = covered[i] || !t.isWord() ? null : memory.surnames.get(t.key());
      if (id != null && Character.isUpperCase(text.codePointAt(t.start())) && !memory.lower.contains(t.key())
          && (i + 1 >= tokens.size() || covered[i + 1] || !Character.isUpperCase(text.codePointAt(tokens.get(i + 1).start())))) {
        String word = text.substring(t.start(), t.end());
        tagged.add(Mention.of(Type.PERSON, word, t.start(), t.end(), word, id));
      }
    }
    // what the tagger was never shown: acronyms after their expansion ("Canadian Union of
    // Public Employees (CUPE)"), and in a text of a script without case the pack's cue words
    // ("الرفيق عمار فياز", "نقابة CUPE") and its Latin-script names
    List<Mention> expansions = expansions(text, tokens);
    List<Mention> ruled = new ArrayList<>();
    int uncased = 0;
    for (Tokens.Token t : tokens) {
      uncased += t.isWord() && !MentionFinder.cased(text, t) ? 1 : -1;
    }
    if (uncased > 0) {
      List<Mention> names = new ArrayList<>();
      Set<String> lowercase = new HashSet<>();
      for (int i = 0; i < tokens.size(); ) {
        Tokens.Token t = tokens.get(i);
        if (t.isWord() && !MentionFinder.cased(text, t)) {
          // only where a person's or an organisation's cue word stands: the places are the tagger's
          String bare = finder.withoutProclitic(t.key());
          Type cue = finder.cues.containsKey(t.key()) ? finder.cues.get(t.key()) : bare == null ? null : finder.cues.get(bare);
          i = cue == Type.PERSON || cue == Type.ORGANISATION ? finder.uncased(text, tokens, i, names) : i + 1;
        } else if (t.isWord() && Character.isUpperCase(text.codePointAt(t.start()))) {
          i = finder.latinRun(text, tokens, i, lowercase, names);
        } else {
          i++;
        }
      }
      for (Mention r : names) {
        // a title's person, and an organisation a Latin name or acronym names; the cue words'
        // other guesses (places, the words after "ministry") are the tagger's to make
        if (r.type() == Type.ORGANISATION && ACRONYM_AFTER.matcher(text).region(r.end(), text.length()).lookingAt()) {
          expansions.add(r); // "الاتحاد الكندي للموظفين العموميين (CUPE)"
        } else if (r.type() == Type.PERSON && !Scripts.isMostlyLatin(r.text())
            && !tagger.plain.contains(tokens.get(tokenAt(tokens, r.start())).key()) // "الرئيس قال"
            || r.type() == Type.ORGANISATION
            && r.text().chars().anyMatch(c -> c < 0x80 && Character.isLetter(c))) {
          ruled.add(r);
        }
      }
    }
    for (Mention x : expansions) {
      tagged.removeIf(m -> m.start() < x.end() && x.start() < m.end());
      ruled.removeIf(m -> m.start() < x.end() && x.start() < m.end());
    }
    out.addAll(expansions);
    out.addAll(tagged);
    for (Mention r : ruled) {
      if (tagged.stream().noneMatch(m -> m.start() < r.end() && r.start() < m.end())) {
        out.add(r);
      }
    }
  }

  /**
   * The tagger's names without what is not one: lists of capitals, titles before a name (a title
   * is a cue: "Comrade Amar Fayaz" is Amar Fayaz, a person), a cue word alone ("Union"), single
   * letters ("A B C", but "U.S." is a name); an acronym beside a place stands alone ("CUPE Canada").
   */
  private List<NameTagger.Found> cleaned(String text, List<Tokens.Token> tokens, List<NameTagger.Found> tags) {
    List<NameTagger.Found> found = new ArrayList<>();
    boolean[] shouted = shouted(text, tokens);
    for (NameTagger.Found f : tags) {
      if (shouted[f.from()] || f.to() - f.from() > MAX_TAGGED_WORDS
          || tokens.subList(f.from(), f.to()).stream().allMatch(t -> t.key().length() <= 1)
          && (f.to() - f.from() == 1 || tokens.subList(f.from() + 1, f.to()).stream().anyMatch(t -> !t.gap().equals(".")))) {
        continue;
      }
      int from = f.from();
      Type type = f.type();
      while (from + 1 < f.to() && finder.cues.get(tokens.get(from).key()) == Type.PERSON) {
        from++;
        type = Type.PERSON;
      }
      if (f.to() - from == 1 && finder.cues.containsKey(tokens.get(from).key())) {
        continue;
      }
      if (from > 0 && finder.cues.get(tokens.get(from - 1).key()) == Type.PERSON && tokens.get(from).gap().length() <= 1
          && (tokens.get(from).gap().isEmpty() || tokens.get(from).gap().equals("."))) {
        type = Type.PERSON; // after a title: "Mr. Sutopo", "الرئيس محمود عباس"
      }
      if (f.to() - from >= 2 && MentionFinder.cased(text, tokens.get(from))) {
        boolean firstAcronym = Acronyms.isAcronym(text.substring(tokens.get(from).start(), tokens.get(from).end()));
        boolean lastAcronym = Acronyms.isAcronym(text.substring(tokens.get(f.to() - 1).start(), tokens.get(f.to() - 1).end()));
        if (firstAcronym && !lastAcronym && finder.gazetteer.lookup(tokens, from + 1, f.to()) != null) {
          found.add(new NameTagger.Found(from, from + 1, Type.ORGANISATION));
          found.add(new NameTagger.Found(from + 1, f.to(), Type.PLACE));
          continue;
        }
      }
      found.add(new NameTagger.Found(from, f.to(), type));
    }
    return found;
  }

  /** "Canadian Union of Public Employees (CUPE)": the words whose initials the acronym after them is. */
  private List<Mention> expansions(String text, List<Tokens.Token> tokens) {
    List<Mention> out = new ArrayList<>();
    for (int k = 1; k < tokens.size(); k++) {
      Tokens.Token t = tokens.get(k);
      if (!t.gap().equals("(") || !Acronyms.isAcronym(text.substring(t.start(), t.end()))) {
        continue;
      }
      int letters = t.end() - t.start();
      int start = k;
      int words = 0;
      while (start > 0 && words < letters && k - start < 2 * MentionFinder.MAX_NAME_WORDS) {
        start--;
        Tokens.Token w = tokens.get(start);
        if (start < k - 1 && !tokens.get(start + 1).gap().isEmpty() || !w.isWord()) {
          start = -1;
          break;
        }
        if (!finder.connectors.contains(w.key())) {
          if (!Character.isUpperCase(text.codePointAt(w.start()))) {
            start = -1;
            break;
          }
          words++;
        }
      }
      if (start < 0 || words != letters || Acronyms.after(text, tokens, k, start, finder.connectors) == null) {
        continue;
      }
      int s = tokens.get(start).start();
      int e = tokens.get(k - 1).end();
      String acronym = text.substring(t.start(), t.end());
      out.add(Mention.of(Type.ORGANISATION, text.substring(s, e), s, e, text.substring(s, e),
          "organisation:" + Gazetteer.slug(acronym)));
      // and the acronym in its brackets is that organisation too, whatever the tagger made of it
      out.add(Mention.of(Type.ORGANISATION, acronym, t.start(), t.end(), acronym, "organisation:" + Gazetteer.slug(acronym)));
    }
    return out;
  }

  /** The mention of one tagged name. */
  private Mention tagged(String text, List<Tokens.Token> tokens, NameTagger.Found f, NameTagger.Memory memory) {
    int s = tokens.get(f.from()).start();
    int e = tokens.get(f.to() - 1).end();
    Tokens.Token last = tokens.get(f.to() - 1);
    if (e < text.length() && text.charAt(e) == '.' && (last.end() - last.start() <= 2
        || last.glued() && last.gap().equals(".")) && Character.isUpperCase(text.charAt(last.start()))) {
      e++; // "U.S.", "J."
    }
    String label = text.substring(s, e);
    String value = label;
    if (f.to() - f.from() == 1 && !MentionFinder.cased(text, tokens.get(f.from()))) {
      String bare = finder.withoutProclitic(tokens.get(f.from()).key());
      if (bare != null && (memory.last.getOrDefault(bare, 0) > 0 || finder.gazetteer.lookupKey(bare) != null)) {
        value = text.substring(e - bareChars(text, tokens.get(f.from()), bare), e);
      }
    }
    Type type = f.type();
    // a person the gazetteer knows, whole, as a place is the place ("Modena", "Milan" in a list
    // of towns); an organisation named as a place is often a team, and stays one
    if (type == Type.PLACE || type == Type.PERSON) {
      Gazetteer.Place place = finder.gazetteer.lookup(tokens, f.from(), f.to());
      if (place == null && !value.equals(label)) {
        place = finder.gazetteer.lookup(value);
      }
      if (place != null) {
        return Mention.of(Type.PLACE, label, s, e, place.english(), place.id());
      }
    }
    String id = null;
    if (type == Type.PERSON) {
      String[] words = value.split("\\s+");
      if (words.length == 1) {
        id = memory.surnames.get(TextNormalizer.matchKey(value));
      } else {
        String full = "person:" + Gazetteer.slug(value);
        memory.surnames.putIfAbsent(TextNormalizer.matchKey(words[0]), full);
        memory.surnames.putIfAbsent(TextNormalizer.matchKey(words[words.length - 1]), full);
      }
    }
    if (type == Type.ORGANISATION) {
      String expansionOf = Acronyms.after(text, tokens, f.to(), f.from(), finder.connectors);
      if (expansionOf != null) {
        id = "organisation:" + Gazetteer.slug(expansionOf);
      }
    }
    if (id == null) {
      id = type.name().toLowerCase(Locale.ROOT) + ":" + Gazetteer.slug(value);
    }
    return Mention.of(type, label, s, e, value, id);
  }

  private static final java.util.regex.Pattern ACRONYM_AFTER = java.util.regex.Pattern.compile("\\s*\\(\\s*\\p{Lu}{2,8}\\s*\\)");

  /** Longest name the tagger may give; longer runs are lists or shouting. */
  private static final int MAX_TAGGED_WORDS = 10;

  /** Per word: inside a run of more than 12 capitalised words on one line without punctuation (shouting, not names). */
  private static boolean[] shouted(String text, List<Tokens.Token> tokens) {
    boolean[] out = new boolean[tokens.size()];
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j < tokens.size() && tokens.get(j).isWord() && Character.isUpperCase(text.codePointAt(tokens.get(j).start()))
          && (j == i || tokens.get(j).gap().isEmpty()
              && !NameFeatures.newlineBetween(text, tokens.get(j - 1).end(), tokens.get(j).start()))) {
        j++;
      }
      if (j - i > 2 * MentionFinder.MAX_NAME_WORDS) {
        java.util.Arrays.fill(out, i, j, true);
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /** The token that starts at or covers offset {@code offset}. */
  private static int tokenAt(List<Tokens.Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (tokens.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** How many characters of the token's text hold the letters of {@code bare}, its end. */
  private static int bareChars(String text, Tokens.Token t, String bare) {
    int letters = 0;
    int k = t.end();
    while (k > t.start() && letters < bare.length()) {
      int cp = text.codePointBefore(k);
      k -= Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
      }
    }
    return t.end() - k;
  }
}
