package org.dragoman.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import lombok.extern.slf4j.Slf4j;
import org.dragoman.io.Reasons;
import org.dragoman.align.DocumentAnchors;
import org.dragoman.entity.Annotator;
import org.dragoman.entity.DatePreference;
import org.dragoman.index.ArchiveStore;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.Article;
import org.dragoman.model.Mention;

/**
 * Reads sources into the archive's index: read → decode and extract → identify → segment →
 * annotate → index, each stage a function of the values of the one before (see {@link
 * ArticleReader}, {@link Annotator}, {@link DocumentAnchors}, {@link ArchiveStore#put}).
 *
 * <p>Sources are read on {@link IngestOptions#threads()} threads at once into one index writer;
 * the report lists them in input order whatever the number of threads, and the stored articles
 * are the same. Memory is bounded: each source in flight reserves an estimate of what reading
 * and indexing it takes (a multiple of its size) from a budget of the heap, so two files at the
 * character limit are never read together, and a file too large for this heap is reported with
 * the setting to change instead of running the process out of memory.
 *
 * <p>Every {@link IngestOptions#commitEvery()} articles, and every {@value
 * IngestOptions#COMMIT_SECONDS} seconds, the index is committed and {@link Sink#committed}
 * hears of them: a run killed in the middle keeps what was committed, and running it again
 * completes it without duplicates. A source that fails is reported and the run goes on; only a
 * failing index (a full disk, say) stops it, and the report still says what was done.
 *
 * <p>One pipeline serves one run at a time; it is not meant to be shared between threads.
 */
@Slf4j
public final class IngestPipeline {

  /** Reading and indexing a source takes about this many times its size in memory. */
  static final int MEMORY_PER_BYTE = 12;

  /**
   * Sources in flight per thread: enough that a slow one at the head of the report's order does
   * not leave the other threads idle (the memory budget bounds them too).
   */
  static final int IN_FLIGHT_PER_THREAD = 32;

  /** Share of the heap that sources in flight may reserve. */
  static final double MEMORY_SHARE = 0.6;

  /**
   * An article the pipeline indexed (its text is in the index, not here).
   *
   * @param id the article's id
   * @param language its language
   * @param mentions its mentions, as indexed
   * @param previous the mentions of the version it replaced, empty when it is new
   */
  public record Indexed(String id, String language, List<Mention> mentions,
      List<Mention> previous) {
    public Indexed {
      mentions = List.copyOf(mentions);
      previous = List.copyOf(previous);
    }
  }

  /** Hears of articles once they are committed, on the thread that runs the pipeline. */
  public interface Sink {
    /** Does nothing. */
    Sink NONE = articles -> {};

    /** {@code articles} are committed to the index. */
    void committed(List<Indexed> articles) throws IOException;
  }

  private final ArchiveStore store;
  private final IngestOptions options;
  private final ArticleReader reader;
  private final LanguagePacks packs;
  private final StageClock clock;

  /** A pipeline into {@code store} with {@code options}, timing its stages on {@code clock}. */
  public IngestPipeline(ArchiveStore store, IngestOptions options, StageClock clock) {
    this.store = store;
    this.options = options;
    this.reader = ArticleReader.create(options);
    this.packs = LanguagePacks.installed();
    this.clock = clock;
  }

  /** The outcome of one source. */
  private record Outcome(IngestReport.Status status, IngestReport.Entry entry, Failure failure,
      Indexed indexed, IOException fatal, boolean outOfMemory, long bytes) {
    static Outcome failed(String source, String reason, long bytes) {
      return new Outcome(IngestReport.Status.FAILED, null, new Failure(source, reason), null, null,
          false, bytes);
    }
  }

  /** One source on its way: the candidate, its id, and the outcome to come. */
  private record Pending(SourceFiles.Candidate candidate, Future<Outcome> outcome, int permits) {}

  /**
   * Reads every file of {@code paths} (folders recursively) into the index. A source read before
   * is replaced when its bytes or the pipeline changed, and reported unchanged otherwise; the
   * same file named twice is read once.
   */
  public IngestReport run(List<Path> paths, IngestListener listener, Sink sink) throws IOException {
    SourceFiles.Found found = SourceFiles.expand(paths);
    Run run = new Run(listener, sink);
    run.failures.addAll(found.failures());
    List<SourceFiles.Candidate> files = unique(found.files(), run);
    long total = 0;
    for (SourceFiles.Candidate c : files) {
      total += sizeOf(c.path());
    }
    listener.started(files.size(), total);
    int threads = Math.max(1, options.threads());
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dragoman-ingest-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      run.all(files, pool, threads);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return run.report(found.failures().size());
  }

  private static final AtomicInteger THREADS = new AtomicInteger();

  /** The state of one run, kept by the thread that runs it. */
  private final class Run {
    final IngestListener listener;
    final Sink sink;
    final int[] counts = new int[IngestReport.Status.values().length];
    final List<IngestReport.Entry> entries = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();
    final List<Failure> skipped = new ArrayList<>();
    final List<Indexed> uncommitted = new ArrayList<>();
    final ArrayDeque<Pending> window = new ArrayDeque<>();
    final long budget = Math.max(1, (long) (Runtime.getRuntime().maxMemory() * MEMORY_SHARE) >> 10);
    final Semaphore memory = new Semaphore((int) Math.min(Integer.MAX_VALUE, budget));
    String stopped;
    boolean serial;
    long lastCommit = System.nanoTime();

    Run(IngestListener listener, Sink sink) {
      this.listener = listener;
      this.sink = sink;
    }

    void all(List<SourceFiles.Candidate> files, ExecutorService pool, int threads)
        throws IOException {
      for (SourceFiles.Candidate c : files) {
        if (stopped != null) {
          break;
        }
        long size = sizeOf(c.path());
        int permits = permits(size);
        if (permits < 0) {
          Outcome o = Outcome.failed(c.path().toString(), tooLarge(size), size);
          window.add(new Pending(c, CompletableFuture.completedFuture(o), 0));
        } else if (pool == null || serial) {
          drain(0);
          window.add(new Pending(c, CompletableFuture.completedFuture(
              one(c, size)), 0));
        } else {
          while (!memory.tryAcquire(permits)) {
            if (window.isEmpty()) {
              memory.acquireUninterruptibly(permits);
              break;
            }
            take(window.poll());
          }
          if (serial) { // an earlier file ran out of memory beside others: one at a time now
            memory.release(permits);
            drain(0);
            window.add(new Pending(c, CompletableFuture.completedFuture(
                one(c, size)), 0));
            continue;
          }
          window.add(new Pending(c, pool.submit(() -> {
            try {
              return one(c, size);
            } finally {
              memory.release(permits);
            }
          }), permits));
        }
        drain(threads * IN_FLIGHT_PER_THREAD);
      }
      drain(0);
      if (stopped == null) {
        if (pool != null && !serial) {
          flushInParallel(pool, threads);
        }
        commit();
      }
    }

    /** Writes the threads' buffers to segments at once, each on a thread, before the commit. */
    void flushInParallel(ExecutorService pool, int threads) {
      List<Future<Boolean>> flushes = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        flushes.add(pool.submit(store::flushOne));
      }
      for (Future<Boolean> f : flushes) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          log.debug("A flush before the commit failed; the commit will say why", e.getCause());
        }
      }
    }

    /** Takes finished outcomes off the head of the window, and waits while it holds more than {@code max}. */
    void drain(int max) throws IOException {
      while (!window.isEmpty() && (window.size() > max || window.peek().outcome().isDone())) {
        take(window.poll());
      }
    }

    void take(Pending p) throws IOException {
      Outcome o;
      try {
        o = p.outcome().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("ingest interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("ingest task failed: " + e.getCause(), e.getCause());
      }
      if (o.outOfMemory() && !serial) {
        // others were reading beside it: let them finish, then this one again, alone, and
        // from now on one file at a time
        serial = true;
        log.warn("Out of memory with several files in flight; going on one file at a time");
        for (Pending other : window) {
          try {
            other.outcome().get();
          } catch (InterruptedException | ExecutionException e) {
            // recorded when its turn comes
          }
        }
        o = one(p.candidate(), o.bytes());
      }
      record(p.candidate(), o);
    }

    void record(SourceFiles.Candidate c, Outcome o) throws IOException {
      if (stopped != null) {
        return;
      }
      if (o.fatal() != null) {
        stop("the index could not be written (" + Reasons.of(o.fatal()) + ")");
        return;
      }
      counts[o.status().ordinal()]++;
      switch (o.status()) {
        case FAILED -> failures.add(o.failure());
        case SKIPPED -> skipped.add(o.failure());
        default -> entries.add(o.entry());
      }
      if (o.indexed() != null) {
        uncommitted.add(o.indexed());
        if (uncommitted.size() >= options.commitEvery()
            || System.nanoTime() - lastCommit > IngestOptions.COMMIT_SECONDS * 1_000_000_000L) {
          commit();
        }
      }
      listener.finished(c.path().toString(), o.bytes(), o.status());
    }

    void commit() throws IOException {
      long t = clock.now();
      try {
        store.commit();
        sink.committed(List.copyOf(uncommitted));
        uncommitted.clear();
        lastCommit = System.nanoTime();
      } catch (IOException | UncheckedIOException | IllegalStateException e) {
        stop("the index could not be committed (" + Reasons.of(e) + ")");
      }
      clock.add(StageClock.Stage.COMMIT, t);
    }

    /** Stops the run: what was read since the last commit is not in the archive, nor in the report. */
    void stop(String why) {
      stopped = why + "; the archive keeps the articles committed before, and running the same"
          + " ingest again completes it";
      Set<String> lost = new HashSet<>();
      uncommitted.forEach(i -> lost.add(i.id()));
      entries.removeIf(e -> {
        if (e.status() != IngestReport.Status.UNCHANGED && lost.contains(e.id())) {
          counts[e.status().ordinal()]--;
          return true;
        }
        return false;
      });
      uncommitted.clear();
    }

    int permits(long size) {
      if (size > options.maxFileBytes()) {
        return 256; // refused by its size before it is read, with the message naming the limit
      }
      long kb = Math.max(256, size * MEMORY_PER_BYTE >> 10);
      if (kb > budget / MEMORY_SHARE * 0.9) {
        return -1;
      }
      return (int) Math.min(kb, budget);
    }

    String tooLarge(long size) {
      return String.format(Locale.ROOT,
          "the file is %.1f MB: reading and indexing it takes about %d MB of memory, more than "
              + "this Java process has (%d MB): run Java with a larger heap (-Xmx, in JAVA_OPTS "
              + "for bin/dragoman) or lower the file size limit (setting %s, --max-file-size)",
          size / 1048576.0, size * MEMORY_PER_BYTE >> 20,
          Runtime.getRuntime().maxMemory() >> 20, IngestOptions.MAX_FILE_BYTES_SETTING);
    }

    IngestReport report(int walkFailures) {
      counts[IngestReport.Status.FAILED.ordinal()] += walkFailures;
      return new IngestReport(
          count(IngestReport.Status.ADDED), count(IngestReport.Status.UPDATED),
          count(IngestReport.Status.UNCHANGED), count(IngestReport.Status.FAILED),
          count(IngestReport.Status.SKIPPED), entries, failures, skipped, stopped);
    }

    int count(IngestReport.Status s) {
      return counts[s.ordinal()];
    }
  }

  /** The candidates with their first occurrence only (one file named twice, or inside a folder also named). */
  private static List<SourceFiles.Candidate> unique(List<SourceFiles.Candidate> files, Run run) {
    Set<String> seen = new HashSet<>();
    List<SourceFiles.Candidate> out = new ArrayList<>();
    for (SourceFiles.Candidate c : files) {
      try {
        if (seen.add(c.path().toRealPath().toString())) {
          out.add(c);
        }
      } catch (IOException e) {
        out.add(c); // reading it will say what is wrong
      }
    }
    return out;
  }

  /** Reads, annotates and indexes one source; never throws for a problem of the source. */
  private Outcome one(SourceFiles.Candidate c, long size) {
    String source = c.path().toString();
    try {
      return readAndIndex(c, source, size);
    } catch (SourceProblem e) {
      log.debug("Cannot ingest {}", source, e);
      return Outcome.failed(source, e.getMessage(), size);
    } catch (OutOfMemoryError e) {
      return new Outcome(IngestReport.Status.FAILED, null, new Failure(source, String.format(
          Locale.ROOT, "ran out of memory reading and indexing it (%.1f MB; this Java process has"
              + " %d MB): run Java with a larger heap (-Xmx, in JAVA_OPTS for bin/dragoman)",
          size / 1048576.0, Runtime.getRuntime().maxMemory() >> 20)), null, null, true, size);
    } catch (IOException e) {
      return new Outcome(IngestReport.Status.FAILED, null, null, null, e, false, size);
    } catch (RuntimeException e) {
      log.warn("Unexpected failure reading {}", source, e);
      return Outcome.failed(source, "could not be read (" + Reasons.of(e) + ")", size);
    }
  }

  private Outcome readAndIndex(SourceFiles.Candidate c, String source, long size)
      throws SourceProblem, IOException {
    long t = clock.now();
    byte[] bytes = reader.bytes(c.path());
    String name = c.path().getFileName().toString();
    String mediaType = ArticleReader.detectType(bytes, name);
    if (!c.named() && !ArticleReader.isSupported(mediaType, name)) {
      clock.add(StageClock.Stage.READ, t);
      return new Outcome(IngestReport.Status.SKIPPED, null, new Failure(source,
          "not a format Dragoman reads (detected " + mediaType + ")"), null, null, false, size);
    }
    String key;
    try {
      key = c.path().toRealPath().toUri().toString();
    } catch (IOException e) {
      throw new SourceProblem("cannot be read: " + e.getMessage(), e);
    }
    String id = ArticleReader.idForSource(key);
    Optional<ArchiveStore.Version> before = store.version(id);
    if (before.isPresent() && before.get().pipeline() == ArticleReader.PIPELINE_VERSION
        && before.get().hash().equals(ArticleReader.sha256(bytes))) {
      Article old = store.article(id).orElseThrow();
      clock.add(StageClock.Stage.READ, t);
      return new Outcome(IngestReport.Status.UNCHANGED, entry(old, IngestReport.Status.UNCHANGED),
          null, null, null, false, size);
    }
    clock.add(StageClock.Stage.READ, t);
    Article a = reader.read(source, key, name, bytes, mediaType, clock);
    bytes = null; // the text is read: let the bytes go before indexing
    List<Mention> previous = before.isPresent()
        ? store.stored(id).map(ArchiveStore.Stored::mentions).orElse(List.of())
        : List.of();
    Indexed indexed = index(a, previous);
    IngestReport.Status status =
        before.isPresent() ? IngestReport.Status.UPDATED : IngestReport.Status.ADDED;
    return new Outcome(status, entry(a, status), null, indexed, null, false, size);
  }

  /**
   * Annotates and indexes articles read elsewhere on every core, as {@link #index}; they are
   * committed by the next {@link ArchiveStore#commit}.
   *
   * @return what was indexed, in the order of {@code articles}
   */
  public List<Indexed> indexAll(List<Article> articles) throws IOException {
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(
        Runtime.getRuntime().availableProcessors());
    try {
      return pool.submit(() -> articles.parallelStream().map(a -> {
        try {
          return index(a, store.stored(a.id()).map(ArchiveStore.Stored::mentions)
              .orElse(List.of()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IOException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Annotates {@code article} and adds it to the index (replacing the article with its id); it is
   * committed by the next {@link ArchiveStore#commit}.
   *
   * @param previous the mentions of the version it replaces, empty for a new article
   */
  public Indexed index(Article article, List<Mention> previous) throws IOException {
    long t = clock.now();
    List<Mention> mentions = Annotator.mentions(article, DatePreference.PAST);
    Set<String> anchors = DocumentAnchors.of(article, packs);
    t = clock.add(StageClock.Stage.ANNOTATE, t);
    store.put(article, ArticleReader.PIPELINE_VERSION, anchors, mentions);
    clock.add(StageClock.Stage.INDEX, t);
    return new Indexed(article.id(), article.language(), mentions, previous);
  }

  private static IngestReport.Entry entry(Article a, IngestReport.Status status) {
    return new IngestReport.Entry(a.id(), a.source(), a.language(), a.title(), a.published(),
        status);
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
