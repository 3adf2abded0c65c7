package org.dragoman.entity;

import java.util.Map;
import org.dragoman.text.Scripts;

/**
 * Which id an entity keeps when two become one, and which ids a reader can read: the choices the
 * {@link EntityLedger} makes about ids, apart from its bookkeeping.
 */
final class LedgerIds {
  private LedgerIds() {}

  /**
   * Whether {@code a} keeps its id when joined with {@code b}: an id an editor gave, then an id
   * read from a Latin name (of two, the one of more words), then an entity with a Latin name,
   * then the entity more articles mention, then the older.
   */
  static boolean keeps(Map<String, LedgerNode> nodes, LedgerEntry a, LedgerEntry b) {
    if (a.fixed != b.fixed) {
      return a.fixed;
    }
    boolean ra = readableId(nodes, a);
    boolean rb = readableId(nodes, b);
    if (ra != rb) {
      return ra; // "person:brighton" over "person:braytwn", whatever else either has
    }
    int wordsA = withoutNumber(a.id.substring(a.id.indexOf(':') + 1)).split("-").length;
    int wordsB = withoutNumber(b.id.substring(b.id.indexOf(':') + 1)).split("-").length;
    if (ra && wordsA != wordsB) {
      return wordsA > wordsB; // the full name over the surname: "person:donald-trump", not "person:trump"
    }
    boolean la = hasLatinLabel(nodes, a);
    boolean lb = hasLatinLabel(nodes, b);
    if (la != lb) {
      return la;
    }
    int wa = weight(nodes, a);
    int wb = weight(nodes, b);
    return wa != wb ? wa > wb : a.created <= b.created;
  }

  static int weight(Map<String, LedgerNode> nodes, LedgerEntry e) {
    int w = 0;
    for (String k : e.nodes) {
      w += nodes.get(k).articles;
    }
    return w;
  }

  /** Whether the id was read from one of the entity's Latin-script names ("person:evo-morales"). */
  private static boolean readableId(Map<String, LedgerNode> nodes, LedgerEntry e) {
    return readable(nodes, e.id, e);
  }

  static boolean readable(Map<String, LedgerNode> nodes, String id, LedgerEntry e) {
    String slug = withoutNumber(id.substring(id.indexOf(':') + 1));
    for (String k : e.nodes) {
      for (String l : nodes.get(k).allLabels()) {
        if (Scripts.isMostlyLatin(l) && !l.isBlank()) {
          String s = Gazetteer.slug(l);
          if (!s.isEmpty() && s.equals(slug)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The id without the "-2" {@link #unusedId} may have added. */
  private static String withoutNumber(String slug) {
    return slug.replaceFirst("-\\d+$", "");
  }

  static boolean hasLatinLabel(Map<String, LedgerNode> nodes, LedgerEntry e) {
    for (String k : e.nodes) {
      for (String l : nodes.get(k).allLabels()) {
        if (Scripts.isMostlyLatin(l)) {
          return true;
        }
      }
    }
    return false;
  }
}
