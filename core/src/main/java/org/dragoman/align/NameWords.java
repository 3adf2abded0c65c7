package org.dragoman.align;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.text.NameKeys;
import org.dragoman.text.Scripts;

/**
 * The name skeletons ({@link NameKeys}) of a text, for meeting its translation in another script.
 * A Latin-script text gives those of its capitalised words inside sentences and of its acronyms;
 * a text in another script, where nothing marks names, those of every word, with the language's
 * proclitics stripped as well. Shared by sentence alignment and document pairing.
 */
final class NameWords {

  /**
   * Shortest skeleton that pairs documents: across a whole archive, skeletons of two consonants
   * collide by chance.
   */
  static final int DOCUMENT_MIN_KEY = 3;

  /**
   * Shortest skeleton that links sentences: within one pair of texts two consonants are enough
   * ("Amar" and "عمار" are both {@code mr}, "Fayaz" and "فياز" {@code fs}), and a skeleton that
   * many sentences share weighs little ({@link LinkScorer}).
   */
  static final int SENTENCE_MIN_KEY = 2;

  private NameWords() {}

  /**
   * Returns the skeletons of {@code text}'s names, in order of appearance.
   *
   * @param latin whether the text is in Latin script
   * @param otherScriptOnly in a text of another script, skip the Latin words it quotes (when
   *     they are anchors already)
   * @param minKey the shortest skeleton kept
   */
  static Set<String> keys(String text, boolean latin, List<String> proclitics,
      boolean otherScriptOnly, int minKey) {
    Set<String> keys = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    boolean first = true;
    int len = text.length();
    for (int i = 0; i < len; ) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i += Character.charCount(cp);
      while (i < len) {
        int c = text.codePointAt(i);
        int type = Character.getType(c);
        if (!Character.isLetter(c) && type != Character.NON_SPACING_MARK
            && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK) {
          break;
        }
        i += Character.charCount(c);
      }
      if (latin) {
        // no copy of the word unless it is a name: most words of a Latin text are not
        if (!first && Character.isUpperCase(text.charAt(start)) || upperCase(text, start, i)) {
          add(text.substring(start, i), keys, minKey);
        }
        first = false;
        continue;
      }
      String w = text.substring(start, i);
      if (!seen.add(w)) {
        first = false;
        continue; // a word met before gave its skeletons then
      }
      if (!otherScriptOnly || !Scripts.isMostlyLatin(w)) {
        add(w, keys, minKey);
        for (String p : proclitics) {
          if (w.startsWith(p) && w.length() - p.length() >= 3) {
            add(w.substring(p.length()), keys, minKey);
            break;
          }
        }
      }
      first = false;
    }
    return keys;
  }

  /** Whether {@code text[from, to)} has two characters or more and none changes in upper case. */
  private static boolean upperCase(String text, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (Character.toUpperCase(c) != c
          || c >= 0x80 && !String.valueOf(c).toUpperCase().equals(String.valueOf(c))) {
        return false; // as String.toUpperCase sees it ("ß" is "SS")
      }
    }
    return true;
  }

  private static void add(String word, Set<String> keys, int minKey) {
    String k = NameKeys.key(word);
    if (k.length() >= minKey) {
      keys.add(k);
    }
  }
}
