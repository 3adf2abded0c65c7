package org.dragoman.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.translate.Draft;
import org.dragoman.translate.Translator;
import org.dragoman.translate.XliffWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dragoman translate ID --to LANG}: an XLIFF draft for a translator. */
@Command(name = "translate", mixinStandardHelpOptions = true,
    description = {"Write an article as an XLIFF 2.1 draft for a translator.",
        "Each sentence is a unit"
        + " with its best target: the memory's match scoring --min or more first, else the"
        + " machine draft of --engine; where each came from is in the unit's metadata, and the"
        + " names, dates and numbers of each sentence (written the target's way) in its notes.",
        "Take the translated file back with 'import-translation FILE.xlf'."})
final class TranslateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Parameters(index = "0", paramLabel = "ID|FILE", description = "The article id, or the file it was ingested from.")
  String id;

  @Option(names = "--to", required = true, paramLabel = "LANG", description = "The target language.")
  String to;

  @Option(names = "--out", paramLabel = "FILE.xlf",
      description = "Where to write the XLIFF file (default: ID.LANG.xlf here).")
  Path out;

  @Option(names = "--min", defaultValue = "75", paramLabel = "SCORE",
      description = "The lowest memory score used as a target, 1-100 (default: ${DEFAULT-VALUE}).")
  int min;

  @Mixin EngineOptions engine;

  private String engineName;

  @Override
  public Integer call() throws Exception {
    if (min < 1 || min > 100) {
      throw new IllegalArgumentException("--min must be 1 to 100, got " + min);
    }
    id = Common.articleId(id);
    String lang = TmCommand.language("--to", to);
    Draft draft;
    var err = spec.commandLine().getErr();
    try (Archive archive = common.openReadOnly();
        Translator mt = engine.open()) {
      Translator use = mt;
      if (mt != null) {
        String from = archive.article(id).map(a -> a.language()).orElse(null);
        try {
          if (from != null && mt.pairs().stream().noneMatch(p -> p.from().equals(from) && p.to().equals(lang))) {
            throw new IllegalArgumentException("The " + mt.name() + " engine has no " + from + "→"
                + lang + " pair; it offers " + mt.pairs());
          }
        } catch (java.io.IOException | IllegalArgumentException e) {
          if (engine.name != null) {
            throw e; // the engine asked for must answer
          }
          err.println("dragoman: note: " + Terminal.safe(e.getMessage()) + "; the drafts come from"
              + " the memory alone (--engine none says so at once)");
          use = null;
        }
      }
      draft = archive.draft(id, lang, use, min);
      engineName = use == null ? null : use.name();
    }
    Path file = out != null ? out : Path.of(id + "." + lang + ".xlf");
    org.dragoman.io.AtomicFiles.write(file, o -> XliffWriter.write(draft, o));
    int tm = 0;
    int machine = 0;
    List<Draft.Unit> failed = new ArrayList<>();
    for (Draft.Unit u : draft.units()) {
      if (u.origin() == Draft.Origin.tm) {
        tm++;
      } else if (u.origin() == Draft.Origin.mt) {
        machine++;
      } else if (u.failure() != null) {
        failed.add(u);
      }
    }
    for (Draft.Unit u : failed) {
      err.println("dragoman: unit " + u.id() + ": no machine draft: " + Terminal.safe(u.failure()));
    }
    PrintWriter w = spec.commandLine().getOut();
    int none = draft.units().size() - tm - machine;
    if (common.json) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("file", file.toString());
      j.put("article", draft.article());
      j.put("from", draft.from());
      j.put("to", draft.to());
      j.put("units", draft.units().size());
      j.put("tm", tm);
      j.put("mt", machine);
      j.put("none", none);
      j.put("failed", failed.stream().map(u -> Map.of("unit", u.id(), "reason", u.failure())).toList());
      Json.print(w, j);
    } else {
      w.println("Wrote " + file + ": " + draft.units().size() + " units, " + tm + " from the memory, "
          + machine + " machine drafts" + (engineName == null ? "" : " (" + engineName + ")") + ", "
          + none + " with no draft" + (engineName == null && none > 0
              ? " (no engine: the memory alone)" : "") + ".");
    }
    w.flush();
    return failed.isEmpty() ? 0 : 1;
  }

  /** The options that choose and reach a machine translation engine. */
  static final class EngineOptions {
    @Option(names = "--engine", paramLabel = "NAME",
        description = "The machine translation engine for sentences the memory lacks (installed:"
            + " apertium), or none. Without it: apertium when it answers at --engine-url and"
            + " has the pair, else the memory alone (a note says why).")
    String name;

    @Option(names = "--engine-url", paramLabel = "URL",
        description = "Where the engine is (default: $DRAGOMAN_ENGINE_URL, else the engine's own,"
            + " http://localhost:2737 for apertium).")
    URI url;

    @Option(names = "--engine-timeout", defaultValue = "30", paramLabel = "SECONDS",
        description = "Longest wait for one sentence (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--engine-retries", defaultValue = "2", paramLabel = "N",
        description = "Tries again after a failure that may pass (a timeout, a refused"
            + " connection, a server error), waiting --engine-backoff, then twice as long each"
            + " time (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--engine-backoff", defaultValue = "500", paramLabel = "MS",
        description = "The wait before the first retry, in milliseconds (default: ${DEFAULT-VALUE}).")
    int backoff;

    Translator open() {
      if ("none".equals(name)) {
        if (url != null) {
          throw new IllegalArgumentException("--engine-url with --engine none: no engine is used");
        }
        return null;
      }
      String chosen = name;
      if (chosen == null) {
        List<String> installed = Translator.available();
        if (installed.isEmpty()) {
          return null;
        }
        chosen = installed.contains("apertium") ? "apertium" : installed.get(0);
      }
      if (timeout < 1 || retries < 0 || backoff < 0) {
        throw new IllegalArgumentException("--engine-timeout must be 1 or more, --engine-retries"
            + " and --engine-backoff 0 or more");
      }
      URI where = url;
      String env = System.getenv("DRAGOMAN_ENGINE_URL");
      if (where == null && env != null && !env.isBlank()) {
        where = URI.create(env.strip());
      }
      return Translator.open(chosen, new Translator.Settings(where, Duration.ofSeconds(timeout),
          retries, Duration.ofMillis(backoff), 4));
    }
  }
}
