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
    Matcher m = URL.matcher(text);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && ".,;:!?)]}".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      String url = text.substring(m.start(), end);
      out.add(Mention.of(Type.URL, url, m.start(), end, url, null));
    }
    m = EMAIL.matcher(text);
    while (m.find()) {
      out.add(Mention.of(Type.EMAIL, m.group(), m.start(), m.end(), m.group().toLowerCase(Locale.ROOT), null));
    }
    m = HASHTAG.matcher(text);
    while (m.find()) {
      out.add(Mention.of(Type.HASHTAG, m.group(), m.start(), m.end(), TextNormalizer.matchKey(m.group(1)), null));
    }
  }
}
