package org.dragoman.align;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.Article;
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

  private DocumentAnchors() {}

  /** Returns the anchors of {@code article}. */
  public static Set<String> of(Article article, LanguagePacks packs) {
    Set<String> out = new LinkedHashSet<>();
    List<String> proclitics = packs.proclitics(article.language());
    String text = article.title() == null ? article.text() : article.title() + "\n" + article.text();
    boolean latin = Scripts.isMostlyLatin(text);
    for (int from = 0; from <= text.length(); ) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      String line = text.substring(from, to);
      from = to + 1;
      for (String a : Anchors.of(line)) {
        if (a.startsWith("#") && a.length() >= 3 && Character.isDigit(a.charAt(1))) {
          out.add("n:" + a.substring(1));
        } else if (a.startsWith("#") || a.contains("@") || a.startsWith("http")) {
          out.add("t:" + a);
        } else if (Character.isLetter(a.charAt(0))) {
          out.add("l:" + a);
        }
      }
      if (latin) { // a capital at the start of each line says nothing
        for (String k : NameWords.keys(line, true, proclitics, true, NameWords.DOCUMENT_MIN_KEY)) {
          out.add("k:" + k);
        }
      }
    }
    if (!latin) { // every word counts, wherever its line starts
      for (String k : NameWords.keys(text, false, proclitics, true, NameWords.DOCUMENT_MIN_KEY)) {
        out.add("k:" + k);
      }
    }
    return out;
  }

  /**
   * The value of a number as anchors hold it ({@code n:} and this): "12,282", "12.282" and
   * "١٢٬٢٨٢" are 12282, "3.5" is 3.5 (a separator before three digits groups them).
   */
  public static String numberValue(String raw) {
    return Anchors.number(org.dragoman.text.TextNormalizer.forAnalysis(raw)); // digits of any script
  }
}
