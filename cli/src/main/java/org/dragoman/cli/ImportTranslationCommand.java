package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dragoman import-translation FILE.xlf}: a translated XLIFF file back into the archive. */
@Command(name = "import-translation", mixinStandardHelpOptions = true,
    description = {"Take a translated XLIFF file back into the archive.",
        "The file (from 'translate') becomes an article"
        + " of its target language in the group of the article it translates, its sentence links"
        + " are its units, its sentences join the memory, and its source's content hash is"
        + " recorded (a later change of the source makes it stale). Importing it again replaces"
        + " the article.",
        "Refused, with nothing written: a file that is not well-formed or declares entities, units"
            + " that do not match the article, untranslated units, or a translation that is more"
            + " than --max-machine-share the machine's draft unchanged (unless --force)."})
final class ImportTranslationCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Parameters(index = "0", paramLabel = "FILE.xlf", description = "The translated XLIFF file.")
  Path file;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Refuse the file unless its target language (trgLang) is LANG.")
  String lang;

  @Option(names = "--force",
      description = "Import even with untranslated units (left out) or above --max-machine-share.")
  boolean force;

  @Option(names = "--warn-machine-share", defaultValue = "0.85", paramLabel = "SHARE",
      description = "Warn when more than this share of the words are the machine draft unchanged"
          + " (default: ${DEFAULT-VALUE}).")
  double warn;

  @Option(names = "--max-machine-share", defaultValue = "0.95", paramLabel = "SHARE",
      description = "Refuse the file when more than this share of the words are the machine draft"
          + " unchanged (default: ${DEFAULT-VALUE}).")
  double max;

  @Override
  public Integer call() throws Exception {
    if (!(warn >= 0 && warn <= 1 && max >= 0 && max <= 1)) {
      throw new IllegalArgumentException("--warn-machine-share and --max-machine-share are shares, 0 to 1");
    }
    Archive.ImportedTranslation done;
    try (Archive archive = common.open()) {
      done = archive.importTranslation(file, new Archive.ImportOptions(
          lang == null ? null : TmCommand.language("--lang", lang), force, warn, max));
    }
    var err = spec.commandLine().getErr();
    for (String w : done.warnings()) {
      err.println("dragoman: warning: " + Terminal.safe(w));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (common.json) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("id", done.id());
      j.put("source", done.source());
      j.put("language", done.language());
      j.put("replaced", done.replaced());
      j.put("sentences", done.sentences());
      j.put("untranslated", done.untranslated());
      j.put("machineShare", done.machineShare());
      j.put("warnings", done.warnings());
      j.put("group", done.group());
      Json.print(out, j);
    } else {
      out.printf(Locale.ROOT, "%s %s: %s translation of %s, %d sentences (%.0f%% machine draft"
          + " unchanged)%s.%n", done.replaced() ? "Replaced" : "Added", done.id(), done.language(),
          done.source(), done.sentences(), done.machineShare() * 100,
          done.group() == null ? "" : "; group " + done.group().id() + " now has "
              + done.group().articles().size() + " versions");
      out.println("Its sentence links: dragoman bitext --archive " + common.archive + " " + done.id());
    }
    out.flush();
    return 0;
  }
}
