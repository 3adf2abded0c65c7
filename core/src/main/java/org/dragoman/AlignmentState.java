package org.dragoman;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.dragoman.io.AtomicFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the last alignment run saw ({@code alignment/state.json}): articles read up to {@code
 * readUpTo} (epoch ms) were paired, with editors' decisions {@code decisions}; {@code learned} is,
 * per language pair ("en ar"), how many article pairs its lexicon learned from; {@code aligned}
 * the article pairs whose sentences are aligned, with their language pair. Derived data: a
 * missing or damaged file means the next run pairs everything again.
 */
record AlignmentState(long readUpTo, String decisions, Map<String, Integer> learned,
    Map<String, String> aligned) {

  static final AlignmentState NONE = new AlignmentState(Long.MIN_VALUE, "", Map.of(), Map.of());

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The state in {@code file}, or {@link #NONE}. */
  static AlignmentState read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    try {
      AlignmentState s = JSON.readValue(file.toFile(), AlignmentState.class);
      return s == null || s.learned() == null || s.aligned() == null ? NONE : s;
    } catch (RuntimeException e) {
      return NONE; // derived: the next run pairs everything again
    }
  }

  /** Replaces {@code file} with this state, atomically. */
  void write(Path file) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("readUpTo", readUpTo);
    m.put("decisions", decisions);
    m.put("learned", learned);
    m.put("aligned", new TreeMap<>(aligned));
    AtomicFiles.write(file, JSON.writeValueAsBytes(m));
  }
}
