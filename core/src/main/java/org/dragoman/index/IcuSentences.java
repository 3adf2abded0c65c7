package org.dragoman.index;

import com.ibm.icu.util.ULocale;
import java.text.BreakIterator;
import java.text.CharacterIterator;

/**
 * ICU4J's sentence break iterator seen as a {@code java.text.BreakIterator}, which is what the
 * highlighter takes. The JDK's own iterator predates the Arabic and Urdu full stops and question
 * mark; ICU follows the current Unicode rules.
 */
final class IcuSentences extends BreakIterator {
  private final com.ibm.icu.text.BreakIterator icu;

  IcuSentences(ULocale locale) {
    this.icu = com.ibm.icu.text.BreakIterator.getSentenceInstance(locale);
  }

  private IcuSentences(com.ibm.icu.text.BreakIterator icu) {
    this.icu = icu;
  }

  @Override
  public int first() {
    return icu.first();
  }

  @Override
  public int last() {
    return icu.last();
  }

  @Override
  public int next(int n) {
    return icu.next(n);
  }

  @Override
  public int next() {
    return icu.next();
  }

  @Override
  public int previous() {
    return icu.previous();
  }

  @Override
  public int following(int offset) {
    return icu.following(offset);
  }

  @Override
  public int preceding(int offset) {
    return icu.preceding(offset);
  }

  @Override
  public boolean isBoundary(int offset) {
    return icu.isBoundary(offset);
  }

  @Override
  public int current() {
    return icu.current();
  }

  @Override
  public CharacterIterator getText() {
    return icu.getText();
  }

  @Override
  public void setText(CharacterIterator text) {
    icu.setText(text);
  }

  @Override
  public void setText(String text) {
    icu.setText(text);
  }

  @Override
  public Object clone() {
    return new IcuSentences((com.ibm.icu.text.BreakIterator) icu.clone());
  }
}
