package org.dragoman.entity;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dragoman.model.Mention.Type;

/**
 * Span-level scores of recognised names against annotated gold, per type and micro-averaged over
 * persons, organisations and places, by the CoNLL convention (a predicted span is right when a
 * gold span of the same type has the same start and end) and by overlap (a predicted span is
 * right when it shares a character with a gold span of its type; a gold span is found when a
 * predicted span of its type overlaps it). Exact duplicates count once. Not thread-safe.
 */
public final class EntityScore {

  /** The scored types, in the order they are reported. */
  public static final List<Type> TYPES = List.of(Type.PERSON, Type.ORGANISATION, Type.PLACE);

  /** A typed span, [start, end). */
  public record Span(int start, int end, Type type) {
    boolean overlaps(Span o) {
      return start < o.end && o.start < end;
    }
  }

  private static final class Counts {
    int gold;
    int predicted;
    int exact;
    int overlapPredicted;
    int overlapGold;

    void add(Counts c) {
      gold += c.gold;
      predicted += c.predicted;
      exact += c.exact;
      overlapPredicted += c.overlapPredicted;
      overlapGold += c.overlapGold;
    }
  }

  private final Map<Type, Counts> counts = new EnumMap<>(Type.class);
  private int documents;

  public EntityScore() {
    TYPES.forEach(t -> counts.put(t, new Counts()));
  }

  /** Adds one document's gold and predicted spans; spans of other types are ignored. */
  public void add(Collection<Span> gold, Collection<Span> predicted) {
    documents++;
    for (Type t : TYPES) {
      Set<Span> g = only(gold, t);
      Set<Span> p = only(predicted, t);
      Counts c = counts.get(t);
      c.gold += g.size();
      c.predicted += p.size();
      for (Span s : p) {
        if (g.contains(s)) {
          c.exact++;
        }
        if (g.stream().anyMatch(s::overlaps)) {
          c.overlapPredicted++;
        }
      }
      for (Span s : g) {
        if (p.stream().anyMatch(s::overlaps)) {
          c.overlapGold++;
        }
      }
    }
  }

  private static Set<Span> only(Collection<Span> spans, Type t) {
    Set<Span> out = new HashSet<>();
    for (Span s : spans) {
      if (s.type() == t) {
        out.add(s);
      }
    }
    return out;
  }

  /** The documents added. */
  public int documents() {
    return documents;
  }

  /**
   * The scores: {@code {"per_type": {TYPE: s}, "micro": s}} where s is {@code {"gold", "pred",
   * "correct", "P", "R", "F1", "overlap": {"correct_pred", "found_gold", "P", "R", "F1"}}}.
   */
  public Map<String, Object> summary() {
    Map<String, Object> perType = new LinkedHashMap<>();
    Counts total = new Counts();
    for (Type t : TYPES) {
      perType.put(t.name(), summarise(counts.get(t)));
      total.add(counts.get(t));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("per_type", perType);
    out.put("micro", summarise(total));
    return out;
  }

  private static Map<String, Object> summarise(Counts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold", c.gold);
    m.put("pred", c.predicted);
    m.put("correct", c.exact);
    putPrf(m, c.exact, c.predicted, c.exact, c.gold);
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("correct_pred", c.overlapPredicted);
    o.put("found_gold", c.overlapGold);
    putPrf(o, c.overlapPredicted, c.predicted, c.overlapGold, c.gold);
    m.put("overlap", o);
    return m;
  }

  private static void putPrf(Map<String, Object> m, int rightPredicted, int predicted, int foundGold, int gold) {
    double p = predicted == 0 ? 0 : (double) rightPredicted / predicted;
    double r = gold == 0 ? 0 : (double) foundGold / gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    m.put("P", round(p));
    m.put("R", round(r));
    m.put("F1", round(f));
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
