package org.dragoman.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Two processes' versions of an editors' file, merged against the one both began from. */
class SideFilesMergeTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode j(String s) {
    return JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void merge_bothAdd_bothKept_aRemovalStaysRemoved() {
    JsonNode base = j("{'pins': [['a', 'b']], 'forbids': []}");
    // we turned the pin a–b into a forbid; they pinned c–d meanwhile
    JsonNode ours = j("{'pins': [], 'forbids': [['a', 'b']]}");
    JsonNode theirs = j("{'pins': [['a', 'b'], ['c', 'd']], 'forbids': []}");
    assertEquals(j("{'pins': [['c', 'd']], 'forbids': [['a', 'b']]}"),
        SideFiles.merge(base, theirs, ours));
  }

  @Test
  void merge_records_keysOfBoth_theirsWhereBothSetOne() {
    JsonNode base = j("{'records': {'x y': {'how': 'imported'}}}");
    JsonNode ours = j("{'records': {'x y': {'how': 'imported'}, 'ع ب': {'how': 'machine'}}}");
    JsonNode theirs = j("{'records': {'x y': {'how': 'edited'}, 'p q': {'how': 'imported'}}}");
    assertEquals(j("{'records': {'x y': {'how': 'edited'}, 'p q': {'how': 'imported'},"
        + " 'ع ب': {'how': 'machine'}}}"), SideFiles.merge(base, theirs, ours));
  }

  @Test
  void merge_edits_theirsThenOursNew_inOrder() {
    JsonNode base = j("{'edits': [{'op': 'merge', 'ids': ['p:1', 'p:2']}]}");
    JsonNode ours = j("{'edits': [{'op': 'merge', 'ids': ['p:1', 'p:2']},"
        + " {'op': 'alias', 'ids': ['p:1'], 'label': 'عمار فياز'}]}");
    JsonNode theirs = j("{'edits': [{'op': 'merge', 'ids': ['p:1', 'p:2']},"
        + " {'op': 'split', 'ids': ['o:3']}]}");
    assertEquals(j("{'edits': [{'op': 'merge', 'ids': ['p:1', 'p:2']}, {'op': 'split', 'ids':"
        + " ['o:3']}, {'op': 'alias', 'ids': ['p:1'], 'label': 'عمار فياز'}]}"),
        SideFiles.merge(base, theirs, ours));
  }
}
