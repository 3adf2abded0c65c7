package org.dragoman.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of the ingest pipeline, summed over every thread, for benchmarks.
 * Thread-safe; {@link #NONE} measures nothing.
 */
public final class StageClock {

  /** The stages of reading one source into the index, in order. */
  public enum Stage {
    /** Reading the file's bytes and detecting its format. */
    READ,
    /** Decoding characters, extracting text and metadata, removing page debris. */
    EXTRACT,
    /** Identifying the language of the article and of each paragraph. */
    IDENTIFY,
    /** Paragraphs, sentences, title, dateline. */
    SEGMENT,
    /** Mentions (dates, numbers, names) and the anchors that find translations. */
    ANNOTATE,
    /** Building the Lucene document and adding it to the index writer. */
    INDEX,
    /** Commits and the entity catalogue's update at the end. */
    COMMIT
  }

  /** A clock that measures nothing. */
  public static final StageClock NONE = new StageClock(false);

  private final boolean on;
  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

  private StageClock(boolean on) {
    this.on = on;
    for (Stage s : Stage.values()) {
      nanos.put(s, new LongAdder());
    }
  }

  /** A clock that measures. */
  public static StageClock started() {
    return new StageClock(true);
  }

  /** The time now, for a later {@link #add}; 0 when this clock measures nothing. */
  long now() {
    return on ? System.nanoTime() : 0;
  }

  /** Adds the time since {@code start} to {@code stage} and returns the time now. */
  long add(Stage stage, long start) {
    if (!on) {
      return 0;
    }
    long t = System.nanoTime();
    nanos.get(stage).add(t - start);
    return t;
  }

  /** Seconds spent in each stage so far, summed over threads. */
  public Map<Stage, Double> seconds() {
    Map<Stage, Double> out = new EnumMap<>(Stage.class);
    nanos.forEach((s, n) -> out.put(s, n.sum() / 1e9));
    return out;
  }
}
