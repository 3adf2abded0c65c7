package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.language.LanguageTags;
import org.dragoman.translate.TmMatch;
import org.dragoman.translate.TmxReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dragoman tm}: the archive's translation memory. */
@Command(name = "tm", mixinStandardHelpOptions = true,
    description = {"Look up or import into the archive's translation memory.",
        "The memory holds the archive's aligned sentence pairs, in both"
        + " directions (kept up to date by 'align --archive DIR'), and the TMX files imported"
        + " into it."},
    subcommands = {TmCommand.Lookup.class, TmCommand.Import.class})
final class TmCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code dragoman tm lookup TEXT --from en --to ar}. */
  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = {"Fuzzy matches of TEXT in the memory, scored 0-100: Dice's coefficient on"
          + " character 4-grams, with a point off for a difference of case or spacing and for"
          + " each inline code; EXACT, EXACT_TEXT_ONLY or FUZZY. The numbers, names and words"
          + " the match does not share with TEXT are listed under it."})
  static final class Lookup implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Common common;

    @Parameters(index = "0", paramLabel = "TEXT", description = "The segment to look up.")
    String text;

    @Option(names = "--from", required = true, paramLabel = "LANG", description = "TEXT's language.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "LANG", description = "The language of the translations.")
    String to;

    @Option(names = "--min", defaultValue = "70", paramLabel = "SCORE",
        description = "The lowest score shown, 1-100 (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--limit", defaultValue = "5", paramLabel = "N",
        description = "Most matches shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
      if (min < 1 || min > 100) {
        throw new IllegalArgumentException("--min must be 1 to 100, got " + min);
      }
      if (limit < 1) {
        throw new IllegalArgumentException("--limit must be 1 or more, got " + limit);
      }
      String f = language("--from", from);
      String t = language("--to", to);
      List<TmMatch> matches;
      boolean behind;
      try (Archive archive = common.openReadOnly()) {
        matches = archive.memoryLookup(text, f, t, min, limit);
        behind = archive.memoryBehind();
      }
      if (behind) {
        spec.commandLine().getErr().println("dragoman: note: the memory is behind the archive's"
            + " translation groups; 'align --archive " + common.archive + "' brings it up to date");
      }
      PrintWriter out = spec.commandLine().getOut();
      if (common.json) {
        Json.print(out, Map.of("matches", matches));
        return 0;
      }
      if (matches.isEmpty()) {
        out.println("No match of " + min + " or more.");
      }
      for (TmMatch m : matches) {
        out.printf("%3d %-15s %s%n", m.score(), m.type(), Terminal.safe(m.origin()));
        out.println("    " + f + ": " + Terminal.isolate(m.source()));
        out.println("    " + t + ": " + Terminal.isolate(m.target()));
        for (TmMatch.Difference d : m.differences()) {
          out.println("    ! " + d.type() + ": " + Terminal.isolate(quote(d.query())) + " here, "
              + Terminal.isolate(quote(d.match())) + " in the match"
              + (d.target() == null ? "" : " (" + Terminal.isolate(quote(d.target())) + " in its translation)"));
        }
      }
      out.flush();
      return 0;
    }

    private static String quote(String s) {
      return s.isEmpty() ? "(nothing)" : "\"" + s + "\"";
    }
  }

  static String language(String option, String tag) {
    if (!LanguageTags.isLanguage(tag)) {
      throw new IllegalArgumentException(option + ": '" + tag + "' is not a language tag");
    }
    return LanguageTags.canonical(tag);
  }

  /** {@code dragoman tm import FILE.tmx}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Import a TMX file (1.4b) into the memory, each unit with its origin (the"
          + " file, its tuid, who made it). Importing the same file again replaces what it"
          + " brought. The whole file is checked first: nothing is imported from a file that is"
          + " not well-formed, declares entities, or has a unit in an unknown language."})
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Common common;

    @Parameters(index = "0", paramLabel = "FILE.tmx", description = "The TMX file.")
    Path file;

    @Override
    public Integer call() throws Exception {
      TmxReader.Read read;
      int size;
      try (Archive archive = common.open()) {
        read = archive.importTmx(file);
        size = archive.memorySize();
      }
      var err = spec.commandLine().getErr();
      for (String s : read.skipped()) {
        err.println("dragoman: " + Terminal.safe(file + ": skipped " + s));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (common.json) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("file", file.toString());
        j.put("imported", read.units().size());
        j.put("skipped", read.skipped());
        j.put("memory", size);
        Json.print(out, j);
      } else {
        out.println("Imported " + read.units().size() + " units from " + Terminal.safe(file.toString())
            + (read.skipped().isEmpty() ? "" : " (" + read.skipped().size() + " skipped)")
            + "; the memory holds " + size + ".");
      }
      out.flush();
      return 0;
    }
  }
}
