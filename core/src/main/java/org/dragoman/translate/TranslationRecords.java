package org.dragoman.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dragoman.io.AtomicFiles;
import org.dragoman.io.JsonProblems;
import org.dragoman.model.Article;
import org.dragoman.model.SentenceLink;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the archive knows about how each translation was made: the source's content hash and
 * sentences at the time, so that a translation whose source changed later is <em>stale</em>, and
 * which sentences changed. A record is made when a pair of versions is first aligned (or a
 * translation is imported) and renewed when the translation itself changes; a change of the
 * source alone leaves it, which is what makes the translation stale.
 *
 * <p>Kept in {@code alignment/translations.json}, written atomically. An imported translation's
 * record also holds its sentence links, known from its units: they are the pair's bitext while
 * both versions are unchanged.
 */
public final class TranslationRecords {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * How one translation was made.
   *
   * @param source the source article's id
   * @param target the translation's id
   * @param sourceHash the source's content hash the translation was made from
   * @param targetHash the translation's content hash then
   * @param sentences a hash of each source sentence then (see {@link #sentenceHash})
   * @param links the sentence links then, as [[source indices], [target indices]]
   * @param made when (ISO 8601)
   * @param how {@code aligned} (found in the archive) or {@code imported} (from an XLIFF file)
   * @param machineShare for an imported translation, the share of its words left as the machine
   *     drafted them; else null
   */
  public record Made(String source, String target, String sourceHash, String targetHash,
      List<String> sentences, List<List<List<Integer>>> links, String made, String how,
      Double machineShare) {

    /** The links as sentence links. */
    public List<SentenceLink> sentenceLinks() {
      List<SentenceLink> out = new ArrayList<>();
      for (List<List<Integer>> l : links) {
        out.add(new SentenceLink(l.get(0), l.get(1), 1.0));
      }
      return out;
    }
  }

  private record FileForm(Map<String, Made> records) {}

  private final Path file;
  private final TreeMap<String, Made> records;

  private TranslationRecords(Path file, TreeMap<String, Made> records) {
    this.file = file;
    this.records = records;
  }

  /** The records of the archive at {@code archive} (none when the file does not exist). */
  public static TranslationRecords read(Path archive) throws IOException {
    Path file = archive.resolve("alignment").resolve("translations.json");
    try {
      FileForm f = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), FileForm.class);
      return new TranslationRecords(file, new TreeMap<>(f == null || f.records() == null ? Map.of() : f.records()));
    } catch (NoSuchFileException e) {
      return new TranslationRecords(file, new TreeMap<>());
    } catch (JacksonException e) {
      throw new IOException(file + " is damaged (" + JsonProblems.describe(e) + "): remove it and"
          + " run 'align --archive' to record the translations again (which are stale is then"
          + " forgotten)");
    }
  }

  /** The key of a source and a translation. */
  public static String key(String source, String target) {
    return source + " " + target;
  }

  /** The record of translation {@code target} of {@code source}, or null. */
  public Made get(String source, String target) {
    return records.get(key(source, target));
  }

  /** Every record by key. */
  public Map<String, Made> all() {
    return java.util.Collections.unmodifiableMap(records);
  }

  /** Adds or replaces a record. */
  public void put(Made made) {
    records.put(key(made.source(), made.target()), made);
  }

  /** Keeps only the records whose key {@code keep} accepts. */
  public void retain(java.util.function.Predicate<String> keep) {
    records.keySet().removeIf(k -> !keep.test(k));
  }

  /** Writes the records. */
  public void write() throws IOException {
    AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter()
        .writeValueAsString(new FileForm(records)).getBytes(StandardCharsets.UTF_8));
  }

  /** A record of {@code target} made now from {@code source} with {@code links}. */
  public static Made record(Article source, Article target, List<SentenceLink> links,
      String how, Double machineShare) {
    List<String> hashes = new ArrayList<>();
    for (var s : source.sentences()) {
      hashes.add(sentenceHash(s.text(source.text())));
    }
    return new Made(source.id(), target.id(), source.contentHash(), target.contentHash(), hashes,
        form(links), java.time.Instant.now().toString(), how, machineShare);
  }

  /** Links as the file keeps them. */
  public static List<List<List<Integer>>> form(List<SentenceLink> links) {
    List<List<List<Integer>>> out = new ArrayList<>();
    for (SentenceLink l : links) {
      out.add(List.of(l.source(), l.target()));
    }
    return out;
  }

  /** A short hash of a sentence's words (spacing aside). */
  public static String sentenceHash(String sentence) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(
          Ngrams.spaced(sentence).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
