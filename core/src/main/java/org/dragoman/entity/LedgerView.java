package org.dragoman.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.dragoman.language.LanguagePacks;
import org.dragoman.text.Scripts;
import org.dragoman.text.TextNormalizer;

/** How the {@link EntityLedger}'s entities look to readers of the {@link EntityCatalogue}. */
final class LedgerView {

  private LedgerView() {}

  /**
   * The entity as readers see it: its labels per language, the label to show, its index terms
   * and its article count (measured again with {@code articleCount} when a change left it
   * uncertain, or each name's count summed with {@code summed} when no index is at hand); null
   * when no article names it now.
   */
  static EntityCatalogue.Entity entity(LedgerEntry e, Map<String, LedgerNode> nodes,
      ToIntFunction<Collection<String>> articleCount, ToIntFunction<LedgerEntry> summed) {
    Map<String, Map<String, Integer>> labels = new TreeMap<>();
    int mentions = 0;
    for (String k : e.nodes) {
      LedgerNode n = nodes.get(k);
      mentions += n.mentions;
      n.labels.forEach((lang, byLabel) -> byLabel.forEach((l, c) -> {
        if (c > 0) {
          labels.computeIfAbsent(lang, x -> new TreeMap<>()).merge(l, c, Integer::sum);
        }
      }));
    }
    if (mentions == 0 && e.aliases.isEmpty()) {
      return null; // no article names it now; its id is kept for when one does again
    }
    String label = null;
    int best = -1;
    boolean bestLatin = false;
    Map<String, List<String>> perLanguage = new TreeMap<>();
    Set<String> terms = new LinkedHashSet<>();
    for (var byLang : labels.entrySet()) {
      List<String> names = new ArrayList<>(byLang.getValue().keySet());
      names.removeAll(withProclitic(byLang.getKey(), names)); // "بكندا" beside "كندا": a way of writing, not a name
      names.sort(Comparator.comparing((String l) -> -byLang.getValue().get(l))
          .thenComparing(l -> -l.length()));
      perLanguage.put(byLang.getKey(), names);
      for (var lc : byLang.getValue().entrySet()) {
        terms.add(NameTerms.term(e.type.name(), lc.getKey()));
        if (!names.contains(lc.getKey())) {
          continue;
        }
        boolean latin = Scripts.isMostlyLatin(lc.getKey());
        int score = lc.getValue() + 100 * lc.getKey().split("\\s+").length;
        if (label == null || latin && !bestLatin || latin == bestLatin && score > best) {
          label = lc.getKey();
          best = score;
          bestLatin = latin;
        }
      }
    }
    for (String a : e.aliases) {
      terms.add(NameTerms.term(e.type.name(), a));
    }
    if (label == null) {
      label = e.aliases.isEmpty() ? e.id : e.aliases.get(0);
    }
    if (articleCount == null) {
      if (e.articles < 0 || e.dirty) {
        e.articles = summed.applyAsInt(e); // no index at hand: each name's count, summed
      }
    } else if (e.dirty || e.articles < 0) {
      e.articles = articleCount.applyAsInt(terms);
      e.dirty = false;
    }
    return new EntityCatalogue.Entity(e.id, e.type, label, perLanguage, List.copyOf(e.aliases),
        mentions, e.articles, List.copyOf(terms));
  }

  /** The names that are another of {@code names} with a proclitic of the language before it ("وفانكوفر", "فانكوفر"). */
  private static Set<String> withProclitic(String language, List<String> names) {
    LanguagePacks packs = LanguagePacks.installed();
    if (names.size() < 2 || !packs.has(language) || packs.require(language).proclitics().isEmpty()) {
      return Set.of();
    }
    Set<String> keys = new java.util.HashSet<>();
    for (String n : names) {
      keys.add(TextNormalizer.matchKey(n));
    }
    Set<String> out = new java.util.HashSet<>();
    for (String n : names) {
      String key = TextNormalizer.matchKey(n);
      for (String p : packs.require(language).proclitics()) {
        String pk = TextNormalizer.matchKey(p);
        if (key.length() > pk.length() + 1 && key.startsWith(pk) && keys.contains(key.substring(pk.length()))) {
          out.add(n);
          break;
        }
      }
    }
    return out;
  }
}
