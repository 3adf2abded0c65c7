package org.dragoman.align;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.Article;
import org.dragoman.text.NameKeys;
import org.dragoman.text.Scripts;

/**
 * What an article shares with its translations whatever their language, as index terms:
 * numbers ({@code n:12282}), hashtags, URLs and e-mail addresses ({@code t:…}), Latin-script
 * names and acronyms ({@code l:cupe}), and name skeletons that meet across scripts
 * ({@code k:brknd} for "Birkenhead" and "بيركينهيد"). A Latin-script article gives the skeletons
 * of its capitalised words; an article in another script those of every word, with the language's
 * proclitics stripped as well, since nothing marks its names.
 */
public final class DocumentAnchors {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*");

  private DocumentAnchors() {}

  /** Returns the anchors of {@code article}. */
  public static Set<String> of(Article article, LanguagePacks packs) {
    Set<String> out = new LinkedHashSet<>();
    List<String> proclitics = packs.proclitics(article.language());
    String text = article.title() == null ? article.text() : article.title() + "\n" + article.text();
    boolean latin = Scripts.isMostlyLatin(text);
    for (String line : text.split("\n")) {
      for (String a : Anchors.of(line)) {
        if (a.startsWith("#") && a.length() >= 3 && Character.isDigit(a.charAt(1))) {
          out.add("n:" + a.substring(1));
        } else if (a.startsWith("#") || a.contains("@") || a.startsWith("http")) {
          out.add("t:" + a);
        } else if (Character.isLetter(a.charAt(0))) {
          out.add("l:" + a);
        }
      }
      Matcher m = WORD.matcher(line);
      boolean first = true;
      while (m.find()) {
        String w = m.group();
        if (latin) {
          boolean acronym = w.length() > 1 && w.equals(w.toUpperCase());
          if (!first && Character.isUpperCase(w.charAt(0)) || acronym) {
            key(w, out);
          }
        } else if (!Scripts.isMostlyLatin(w)) {
          key(w, out);
          for (String p : proclitics) {
            if (w.startsWith(p) && w.length() - p.length() >= 3) {
              key(w.substring(p.length()), out);
              break;
            }
          }
        }
        first = w.endsWith(".");
      }
    }
    return out;
  }

  private static void key(String word, Set<String> out) {
    String k = NameKeys.key(word);
    if (k.length() >= Side.MIN_KEY) {
      out.add("k:" + k);
    }
  }

}
