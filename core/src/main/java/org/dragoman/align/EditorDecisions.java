package org.dragoman.align;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairings an editor has decided: pinned pairs are always in one group (even two articles of one
 * language), forbidden pairs never are. They survive every later pairing run.
 *
 * @param pins pairs of article ids, each sorted
 * @param forbids pairs of article ids, each sorted
 */
public record EditorDecisions(Set<List<String>> pins, Set<List<String>> forbids) {

  public EditorDecisions {
    pins = Set.copyOf(pins);
    forbids = Set.copyOf(forbids);
  }

  /** No decision. */
  public static EditorDecisions none() {
    return new EditorDecisions(Set.of(), Set.of());
  }

  /** The sorted pair {@code a, b}. */
  public static List<String> pair(String a, String b) {
    if (a.equals(b)) {
      throw new IllegalArgumentException("An article cannot be paired with itself: " + a);
    }
    return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
  }

  /** Returns these decisions with {@code a, b} pinned (and no longer forbidden). */
  public EditorDecisions pin(String a, String b) {
    Set<List<String>> p = new TreeSet<>(EditorDecisions::compare);
    p.addAll(pins);
    p.add(pair(a, b));
    Set<List<String>> f = new TreeSet<>(EditorDecisions::compare);
    f.addAll(forbids);
    f.remove(pair(a, b));
    return new EditorDecisions(p, f);
  }

  /** Returns these decisions with {@code a, b} forbidden (and no longer pinned). */
  public EditorDecisions forbid(String a, String b) {
    Set<List<String>> p = new TreeSet<>(EditorDecisions::compare);
    p.addAll(pins);
    p.remove(pair(a, b));
    Set<List<String>> f = new TreeSet<>(EditorDecisions::compare);
    f.addAll(forbids);
    f.add(pair(a, b));
    return new EditorDecisions(p, f);
  }

  private static int compare(List<String> x, List<String> y) {
    int c = x.get(0).compareTo(y.get(0));
    return c != 0 ? c : x.get(1).compareTo(y.get(1));
  }
}
