package org.dragoman.entity;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Mention;
import org.dragoman.model.Mention.Type;
import org.dragoman.text.TextNormalizer;

/** URLs, e-mail addresses and hashtags: written alike in every language and script. */
final class LinkFinder {
  private LinkFinder() {}

  private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&/#])#([\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*)");
  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'«»“”]+");

  static void find(String text, List<Mention> out) {
    // each pattern only where its one necessary character is: scanning for them is far cheaper
    // than running the patterns over every position of a text that has none
    if (text.indexOf("://") >= 0 || hasWww(text)) {
      urls(text, out);
    }
    if (text.indexOf('@') >= 0) {
      Matcher m = EMAIL.matcher(text);
      while (m.find()) {
        out.add(Mention.of(Type.EMAIL, m.group(), m.start(), m.end(), m.group().toLowerCase(Locale.ROOT), null));
      }
    }
    if (text.indexOf('#') >= 0) {
      hashtags(text, out);
    }
  }

  private static boolean hasWww(String text) {
    for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
      if (i >= 3 && (text.charAt(i - 1) | 0x20) == 'w' && (text.charAt(i - 2) | 0x20) == 'w'
          && (text.charAt(i - 3) | 0x20) == 'w') {
        return true;
      }
    }
    return false;
  }

  private static void urls(String text, List<Mention> out) {
    Matcher m = URL.matcher(text);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && ".,;:!?)]}".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      String url = text.substring(m.start(), end);
      out.add(Mention.of(Type.URL, url, m.start(), end, url, null));
    }
  }

  private static void hashtags(String text, List<Mention> out) {
    Matcher m = HASHTAG.matcher(text);
    while (m.find()) {
      out.add(Mention.of(Type.HASHTAG, m.group(), m.start(), m.end(), TextNormalizer.matchKey(m.group(1)), null));
    }
  }
}
