package org.dragoman.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.translate.TranslationStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dragoman translations}: what still needs translating. */
@Command(name = "translations", mixinStandardHelpOptions = true,
    description = {"Show what still needs translating, and which translations are stale.",
        "For each translation group and each"
        + " article alone: the target languages present and missing, the translations that are"
        + " stale (their source's sentences changed after they were made, named), and how much of"
        + " the source the translation memory covers in each missing language.",
        "Groups are those of the last 'align --archive DIR'."})
final class TranslationsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Option(names = "--targets", split = ",", paramLabel = "LANG",
      description = "The languages the archive should have every article in (default: every"
          + " language of the archive).")
  List<String> targets;

  @Option(names = "--missing", paramLabel = "LANG",
      description = "Only groups and articles with no version in LANG.")
  String missing;

  @Option(names = "--stale", description = "Only groups with a stale translation.")
  boolean stale;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Only groups with a version published or read on DATE (YYYY-MM-DD) or later.")
  String since;

  @Option(names = "--no-coverage", negatable = false,
      description = "Leave out the memory's coverage of each source (a lookup per sentence and"
          + " missing language: the slow part on a large archive).")
  boolean noCoverage;

  @Override
  public Integer call() throws Exception {
    List<String> langs = new ArrayList<>();
    for (String t : targets == null ? List.<String>of() : targets) {
      if (t.isBlank()) {
        continue;
      }
      String c = TmCommand.language("--targets", t);
      if (!langs.contains(c)) {
        langs.add(c);
      }
    }
    String lacking = missing == null ? null : TmCommand.language("--missing", missing);
    LocalDate day = since == null ? null : Errors.date(since);
    TranslationStatus status;
    try (Archive archive = common.openReadOnly()) {
      status = archive.translationStatus(new Archive.StatusQuery(langs,
          lacking, stale, day, !noCoverage));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (common.json) {
      Json.print(out, status);
      return 0;
    }
    out.println("Targets: " + String.join(", ", status.targets()));
    if (status.groups().isEmpty() && status.alone().isEmpty()) {
      out.println("Nothing to show" + (stale || missing != null || day != null ? " with these filters" : "")
          + ".");
    }
    for (TranslationStatus.Entry e : status.groups()) {
      print(out, e);
    }
    if (!status.alone().isEmpty()) {
      out.println();
      out.println("Articles with no translation:");
      for (TranslationStatus.Entry e : status.alone()) {
        print(out, e);
      }
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, TranslationStatus.Entry e) {
    out.println();
    out.println((e.group() == null ? "" : "Group " + e.group() + ": ") + e.source().language()
        + " " + e.source().id() + " " + title(e.source().title()));
    for (TranslationStatus.Member m : e.translations()) {
      out.println("  " + m.language() + " " + m.id() + " " + title(m.title())
          + (Boolean.TRUE.equals(m.stale()) ? "  STALE" : "")
          + (m.machineShare() == null ? "" : String.format(Locale.ROOT, "  (%.0f%% machine draft)", m.machineShare() * 100)));
    }
    out.println("  present: " + (e.present().isEmpty() ? "-" : String.join(" ", e.present()))
        + "   missing: " + (e.missing().isEmpty() ? "-" : String.join(" ", e.missing())));
    for (TranslationStatus.Stale s : e.stale()) {
      out.println("  stale: " + s.language() + " " + s.id() + " (made " + s.made().substring(0, 10)
          + ")" + (s.removed() > s.changed().size() ? ", " + (s.removed() - s.changed().size())
          + " source sentence" + (s.removed() - s.changed().size() == 1 ? "" : "s") + " removed" : ""));
      for (TranslationStatus.Sentence c : s.changed()) {
        out.println("    changed source sentence " + c.sentence() + ": "
            + Terminal.isolate(Terminal.safe(c.text())));
      }
      for (TranslationStatus.Sentence c : s.affected()) {
        out.println("    to revise, its sentence " + c.sentence() + ": "
            + Terminal.isolate(Terminal.safe(c.text())));
      }
    }
    for (TranslationStatus.Coverage c : e.coverage()) {
      if (c.exact() + c.fuzzy() > 0) {
        out.printf(Locale.ROOT, "  memory for %s: %d exact, %d fuzzy of %d sentences%n",
            c.language(), c.exact(), c.fuzzy(), c.sentences());
      }
    }
  }

  private static String title(String t) {
    return t == null ? "" : Terminal.isolate(org.dragoman.model.Titles.shorten(t.strip(), 70));
  }
}
