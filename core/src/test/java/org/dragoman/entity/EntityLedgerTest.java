package org.dragoman.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dragoman.model.Mention;
import org.dragoman.model.Mention.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityLedgerTest {

  private static Mention person(String text, String provisional) {
    return Mention.of(Type.PERSON, text, 0, text.length(), text, provisional);
  }

  private static Mention place(String text, String provisional) {
    return Mention.of(Type.PLACE, text, 0, text.length(), text, provisional);
  }

  @Test
  void add_arabicFirstThenLatin_readableIdAndTheFirstIdStillResolves() {
    EntityLedger l = new EntityLedger();
    l.add("ar1", "ar", List.of(person("عمار فياز", "person:mar-fyaz")));
    assertEquals("person:mar-fyaz", l.snapshot().list(Type.PERSON, 5).get(0).id());
    l.add("en1", "en", List.of(person("Amar Fayaz", "person:amar-fayaz")));
    EntityCatalogue c = l.snapshot();
    assertEquals(1, c.list(Type.PERSON, 5).size(), c.list(null, 9).toString());
    EntityCatalogue.Entity e = c.get("person:amar-fayaz").orElseThrow();
    assertEquals("Amar Fayaz", e.label());
    assertEquals(List.of("عمار فياز"), e.labels().get("ar"));
    // the id given first keeps resolving, to the entity it became
    assertEquals("person:amar-fayaz", c.resolve("person:mar-fyaz"));
    assertEquals(e, c.get("person:mar-fyaz").orElseThrow());
  }

  @Test
  void add_latinFirst_theSameIdWhateverArrivesLater() {
    EntityLedger l = new EntityLedger();
    l.add("en1", "en", List.of(person("Amar Fayaz", "person:amar-fayaz")));
    l.add("ar1", "ar", List.of(person("عمار فياز", "person:mar-fyaz")));
    l.add("ar2", "ar", List.of(person("عَمّار فَيّاز", "person:x")));
    l.add("en2", "en", List.of(person("Omar Khan", "person:omar-khan")));
    EntityCatalogue c = l.snapshot();
    assertEquals(List.of("person:amar-fayaz", "person:omar-khan"),
        c.list(Type.PERSON, 5).stream().map(EntityCatalogue.Entity::id).toList());
    assertEquals(3, c.get("person:amar-fayaz").orElseThrow().articles());
  }

  @Test
  void remove_takesAnArticleBackOut() {
    EntityLedger l = new EntityLedger();
    List<Mention> ms = List.of(place("Toronto", "place:toronto"), place("Toronto", "place:toronto"));
    l.add("a", "en", ms);
    l.add("b", "en", List.of(place("Toronto", "place:toronto")));
    assertEquals(3, l.snapshot().get("place:toronto").orElseThrow().mentions());
    l.remove("a", "en", ms);
    EntityCatalogue.Entity t = l.snapshot().get("place:toronto").orElseThrow();
    assertEquals(1, t.mentions());
    l.remove("b", "en", List.of(place("Toronto", "place:toronto")));
    assertTrue(l.snapshot().get("place:toronto").isEmpty(), "no article names it any more");
    l.add("c", "en", List.of(place("Toronto", "place:toronto")));
    assertTrue(l.snapshot().get("place:toronto").isPresent(), "the same id when it comes back");
  }

  @Test
  void edits_mergeKeepsOldIdsResolving_splitStaysApart() {
    EntityLedger l = new EntityLedger();
    l.add("a", "en", List.of(person("Ammar", "person:ammar")));
    l.add("b", "en", List.of(person("Amar Fayaz", "person:amar-fayaz")));
    l.apply(new EntityCatalogue.Edit("merge", List.of("person:ammar"), "person:amar-fayaz", null));
    EntityCatalogue c = l.snapshot();
    assertEquals("person:amar-fayaz", c.resolve("person:ammar"));
    assertEquals(2, c.get("person:ammar").orElseThrow().mentions());
    l.apply(new EntityCatalogue.Edit("split", List.of("person:amar-fayaz"), "person:ammar-2", "Ammar"));
    l.add("c", "en", List.of(person("Ammar", "person:ammar")));
    EntityCatalogue after = l.snapshot();
    assertEquals(2, after.get("person:ammar-2").orElseThrow().mentions(), after.list(null, 9).toString());
    assertEquals(1, after.get("person:amar-fayaz").orElseThrow().mentions());
  }

  @Test
  void edits_unknownIdsAndEmptyAliasesAreRefused() {
    EntityLedger l = new EntityLedger();
    l.add("a", "en", List.of(place("China", "place:china")));
    var e = assertThrows(IllegalArgumentException.class, () -> l.apply(
        new EntityCatalogue.Edit("alias", List.of(), "person:nope", "Somebody")));
    assertTrue(e.getMessage().contains("person:nope"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> l.apply(
        new EntityCatalogue.Edit("alias", List.of(), "place:china", "  ")));
    assertThrows(IllegalArgumentException.class, () -> l.apply(
        new EntityCatalogue.Edit("merge", List.of("place:china"), "person:nope", null)));
    assertEquals("China", l.snapshot().get("place:china").orElseThrow().label());
  }

  @Test
  void files_writtenAndReadBack_sameCatalogue(@TempDir Path tmp) throws Exception {
    EntityLedger l = new EntityLedger();
    l.add("en1", "en", List.of(person("Amar Fayaz", "person:amar-fayaz"), place("Karachi", "place:karachi")));
    l.add("ar1", "ar", List.of(person("عمار فياز", "person:mar-fyaz")));
    l.apply(new EntityCatalogue.Edit("alias", List.of(), "person:amar-fayaz", "Ammar Fayyaz"));
    Path file = tmp.resolve("catalogue.json");
    LedgerFiles.write(file, l, "stamp-1");
    LedgerFiles.Loaded back = LedgerFiles.read(file);
    assertEquals("stamp-1", back.stamp());
    assertEquals(l.snapshot().list(null, 99), back.ledger().snapshot().list(null, 99));
    // a later name joins as it would have before the round trip
    back.ledger().add("ar2", "ar", List.of(person("عمار فياز", "person:mar-fyaz")));
    EntityCatalogue.Entity amar = back.ledger().snapshot().get("person:amar-fayaz").orElseThrow();
    assertEquals(3, amar.mentions());
    assertEquals(3, amar.articles());
    assertTrue(amar.aliases().contains("Ammar Fayyaz"));
  }

  @Test
  void adoptIds_aRebuildKeepsTheIdsOfTheLedgerItReplaces() {
    EntityLedger old = new EntityLedger();
    old.add("a", "en", List.of(person("Ammar", "person:ammar"), person("Amar Fayaz", "person:ammar")));
    old.apply(new EntityCatalogue.Edit("split", List.of("person:ammar"), "person:comrade", "Ammar"));
    // rebuilt from the same mentions, without the edit: the ids of the old ledger adopted
    EntityLedger rebuilt = new EntityLedger();
    rebuilt.add("a", "en", List.of(person("Ammar", "person:ammar"), person("Amar Fayaz", "person:ammar")));
    rebuilt.adoptIds(old);
    EntityCatalogue c = rebuilt.snapshot();
    assertTrue(c.get("person:comrade").isPresent(), c.list(null, 9).toString());
    assertNull(c.resolve("person:nobody"));
  }
}
