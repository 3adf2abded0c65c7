package org.dragoman.entity;

import java.util.List;
import org.dragoman.entity.DateVocabulary.Match;
import org.dragoman.entity.DateVocabulary.Modifier;
import org.dragoman.entity.DateVocabulary.MonthName;
import org.dragoman.entity.DateVocabulary.NumberWord;
import org.dragoman.entity.DateVocabulary.Sense;
import org.dragoman.entity.DateVocabulary.Template;
import org.dragoman.entity.DateVocabulary.Unit;
import org.dragoman.entity.DateVocabulary.UnitWord;
import org.dragoman.entity.DateVocabulary.WeekdayName;
import static org.dragoman.entity.DateFrame.NONE;

/** Reads the tokens of one text into date frames (see {@link DateFinder}). */
final class DateReader {
  private final DateVocabulary vocabulary;

  final List<Tokens.Token> tokens;
  private final DateSenses senses = new DateSenses(this);
  final boolean lenient;
  final Match[] matches;
  final boolean[] matched;

  DateReader(DateVocabulary vocabulary, List<Tokens.Token> tokens, boolean lenient) {
    this.vocabulary = vocabulary;
    this.tokens = tokens;
    this.lenient = lenient;
    this.matches = new Match[tokens.size()];
    this.matched = new boolean[tokens.size()];
  }

  Match match(int i) {
    if (!matched[i]) {
      matches[i] = vocabulary.longest(tokens, i);
      matched[i] = true;
    }
    return matches[i];
  }

  DateFrame frameAt(int s) {
    if (s >= tokens.size() || cannotStart(s)) {
      return null;
    }
    DateFrame f = new DateFrame();
    f.afterStopWord = s > 0 && filler(s - 1) && joinable(s);
    int i = s;
    while (i < tokens.size()) {
      if (i > s && !joinable(i)) {
        break;
      }
      int next = step(f, i);
      if (next > i) {
        if (f.first < 0) {
          f.first = i;
        }
        f.last = next - 1;
        i = next;
        continue;
      }
      int related = relation(f, i);
      if (related > i) {
        f.last = related - 1;
        break;
      }
      if (i > s && f.first >= 0 && filler(i)) {
        i++;
        continue;
      }
      break;
    }
    if (f.first < 0 || !f.hasContent()) {
      return null;
    }
    return f;
  }

  /**
   * Whether no date expression can start at token {@code s}: it is no number, no word of the
   * vocabulary, starts no template, and is no function word before a template's unit ("in a
   * week"). Most words of a text are such, and this answers without building a frame.
   */
  private boolean cannotStart(int s) {
    Tokens.Token t = tokens.get(s);
    if (!t.number() && !vocabulary.mayStart(t.key())) {
      matched[s] = true; // and no match: the vocabulary holds no phrase that starts here
      return true;
    }
    if (t.number() || match(s) != null || vocabulary.startsTemplate(t.key())) {
      return false;
    }
    return !(vocabulary.isStopWord(t.key()) && s + 1 < tokens.size()
        && vocabulary.templateAfter(tokens.get(s + 1).key()));
  }

  /**
   * "the third Tuesday after Christmas 2014", "the day after tomorrow", "il mese dopo Natale":
   * a relation word between a count and another date; returns the end of that date.
   */
  int relation(DateFrame f, int i) {
    if (f.first < 0 || f.relation != NONE || !(f.nth != NONE && f.dow != NONE && f.month == NONE
        || f.lastUnit != null && f.noCalendarDate())) {
      return -1;
    }
    Match m = match(i);
    if (m == null) {
      return -1;
    }
    for (Sense s : m.senses()) {
      if (s instanceof DateVocabulary.Relation r) {
        DateFrame anchor = frameAt(m.to());
        if (anchor != null && anchor.first == m.to()) {
          f.relation = r.direction();
          f.anchor = anchor;
          return anchor.last + 1;
        }
      }
    }
    return -1;
  }

  /** Whether token {@code i} may continue the expression of the tokens before it. */
  boolean joinable(int i) {
    Tokens.Token t = tokens.get(i);
    String gap = t.gap();
    if (gap.length() > 2 || !Tokens.gapWithin(t, ",/-.،'’°‏")) {
      return false;
    }
    if (gap.contains(".") && t.spaced()) {
      Tokens.Token before = tokens.get(i - 1);
      return before.number() ? before.value() <= 31 && before.digits() <= 2 : before.key().length() <= 5;
    }
    return true;
  }

  boolean filler(int i) {
    Tokens.Token t = tokens.get(i);
    if (t.number()) {
      return false;
    }
    if (vocabulary.isStopWord(t.key())) {
      return true;
    }
    if (i + 1 < tokens.size()) {
      Tokens.Token next = tokens.get(i + 1);
      return !next.spaced() && (next.gap().equals("'") || next.gap().equals("’")) && t.key().length() <= 5;
    }
    return false;
  }

  /** The senses of the next token that is not a function word, or none. */
  List<Sense> peek(int from) {
    for (int j = from; j < tokens.size() && j < from + 4; j++) {
      if (j > from && !joinable(j)) {
        return List.of();
      }
      Match m = match(j);
      if (m != null) {
        return m.senses();
      }
      if (tokens.get(j).number()) {
        return List.of(new NumberWord((int) Math.min(tokens.get(j).value(), Integer.MAX_VALUE), false));
      }
      if (!filler(j)) {
        return List.of();
      }
    }
    return List.of();
  }

  int step(DateFrame f, int i) {
    int t = template(f, i);
    if (t > 0) {
      return t;
    }
    Tokens.Token token = tokens.get(i);
    if (token.number()) {
      int end = number(f, i);
      if (end > 0) {
        f.lastKind = Integer.class;
      }
      return end;
    }
    Match m = match(i);
    if (m == null) {
      return -1;
    }
    for (Sense s : m.senses()) {
      if (apply(f, s, m.to())) {
        f.lastKind = s.getClass();
        return m.to();
      }
    }
    return -1;
  }

  /** The orders of modifier (0), count (1) and unit (2) that counted spans are written in. */
  private static final int[][] SPAN_ORDERS = {{0, 1, 2}, {1, 0, 2}, {1, 2, 0}};

  /** "upcoming two days", "2 upcoming months", "two years next": count, unit and direction. */
  int countedSpan(DateFrame f, int i) {
    if (f.hasContent()) {
      return -1;
    }
    for (int[] o : SPAN_ORDERS) {
      int j = i;
      int dir = NONE;
      int amount = NONE;
      Unit unit = null;
      boolean ok = true;
      for (int part : o) {
        if (j >= tokens.size() || j > i && !joinable(j)) {
          ok = false;
          break;
        }
        Tokens.Token t = tokens.get(j);
        Match m = t.number() ? null : match(j);
        if (part == 1 && t.number() && t.value() < 10_000) {
          amount = (int) t.value();
          j++;
          continue;
        }
        if (m == null) {
          ok = false;
          break;
        }
        for (Sense s : m.senses()) {
          if (part == 0 && s instanceof Modifier mo && mo.direction() != 0) {
            dir = mo.direction();
          } else if (part == 1 && s instanceof NumberWord nw && !nw.ordinal()) {
            amount = nw.value();
          } else if (part == 2 && s instanceof UnitWord u) {
            unit = u.unit();
          }
        }
        if (part == 0 && dir == NONE || part == 1 && amount == NONE || part == 2 && unit == null) {
          ok = false;
          break;
        }
        j = m.to();
      }
      if (ok) {
        f.spanAmount = dir * amount;
        f.spanUnit = unit;
        f.spanGrainIsUnit = true;
        return j;
      }
    }
    return -1;
  }

  int template(DateFrame f, int i) {
    if (f.spanAmount != NONE || f.dayOffset != NONE || !f.noCalendarDate()) {
      return -1;
    }
    int counted = countedSpan(f, i);
    if (counted > 0) {
      return counted;
    }
    Tokens.Token first = tokens.get(i);
    int afterAmount = -1;
    if (first.number() && first.value() < 10_000) {
      afterAmount = i + 1;
    } else if (!first.number()) {
      Match fm = match(i);
      if (fm != null && fm.senses().stream().anyMatch(x -> x instanceof NumberWord nw && !nw.ordinal())) {
        afterAmount = fm.to();
      } else if (vocabulary.isStopWord(first.key())) {
        afterAmount = i + 1;
      }
    }
    for (Template t : vocabulary.templateCandidates(first.key(),
        afterAmount >= 0 && afterAmount < tokens.size() ? tokens.get(afterAmount).key() : null)) {
      int j = i;
      if (!keysAt(t.before(), j)) {
        continue;
      }
      j += t.before().size();
      if (j >= tokens.size()) {
        continue;
      }
      int amount;
      Tokens.Token a = tokens.get(j);
      Match m = a.number() ? null : match(j);
      if (a.number() && a.value() < 10_000) {
        amount = (int) a.value();
        j++;
      } else if (m != null && m.senses().stream().anyMatch(s -> s instanceof NumberWord nw && !nw.ordinal())) {
        amount = m.senses().stream().filter(s -> s instanceof NumberWord nw && !nw.ordinal())
            .map(s -> ((NumberWord) s).value()).findFirst().orElse(1);
        j = m.to();
      } else if (!a.number() && (!t.before().isEmpty() || t.after().size() > 1) && vocabulary.isStopWord(a.key())) {
        amount = 1; // "in a week", "en una semana", "vor einer Woche"
        j++;
      } else {
        continue;
      }
      if (!keysAt(t.after(), j)) {
        continue;
      }
      f.spanAmount = t.direction() * amount;
      f.spanUnit = t.unit();
      f.lastKind = Template.class;
      return j + t.after().size();
    }
    return -1;
  }

  boolean keysAt(List<String> keys, int from) {
    if (from + keys.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < keys.size(); k++) {
      if (!tokens.get(from + k).key().equals(keys.get(k))) {
        return false;
      }
    }
    return true;
  }

  int number(DateFrame f, int i) {
    Tokens.Token t = tokens.get(i);
    int j = i + 1;
    boolean ordinal = false;
    if (j < tokens.size()) {
      Tokens.Token next = tokens.get(j);
      boolean month = match(j) != null && match(j).senses().stream()
          .anyMatch(s -> s instanceof MonthName);
      if (next.glued() && next.isWord() && next.key().length() <= 4 && !month) {
        ordinal = true;
        j++;
      } else if (next.gap().startsWith("°")) {
        ordinal = true;
      }
    }
    if (!ordinal && f.noCalendarDate() && f.dow == NONE || !ordinal && f.noCalendarDate()) {
      int numeric = NumericDates.read(tokens, i, lenient, vocabulary.numericOrder(), f);
      if (numeric > 0) {
        return numeric;
      }
    }
    if (t.digits() > 4) {
      return -1;
    }
    int v = (int) t.value();
    if (f.monthNumberNext && !ordinal && v >= 1 && v <= 12) {
      f.monthNumberNext = false;
      f.month = v;
      return j;
    }
    if (ordinal && v >= 1 && v <= 5 && f.nth == NONE && nthFollows(j)) {
      f.nth = v;
      return j;
    }
    boolean yearLike = t.digits() == 4
        || (f.month != NONE && f.day != NONE && (t.digits() == 2 || t.digits() == 4))
        || (f.month != NONE && v > 31);
    if (f.year == NONE && !ordinal && yearLike) {
      f.year = v;
      f.twoDigitYear = t.digits() <= 2;
      return j;
    }
    if (f.day == NONE && v >= 1 && v <= 31 && t.digits() <= 2) {
      f.day = v;
      return j;
    }
    return -1;
  }

  boolean nthFollows(int j) {
    return peek(j).stream().anyMatch(s -> s instanceof WeekdayName
        || s instanceof UnitWord u && (u.unit() == Unit.DAY || u.unit() == Unit.MONTH));
  }

  /** Puts what {@code sense} says into {@code f}; see {@link DateSenses#apply}. */
  boolean apply(DateFrame f, Sense sense, int to) {
    return senses.apply(f, sense, to);
  }

  /** Whether a frame is a date even in running text, not only as a phrase on its own. */
  boolean strong(DateFrame f) {
    return DateSenses.strong(f);
  }
}
