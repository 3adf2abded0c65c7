package org.dragoman.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.align.Bitext;
import org.dragoman.json.JsonShapes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dragoman bitext ID}: the sentence links of an article with its translations. */
@Command(name = "bitext", mixinStandardHelpOptions = true,
    description = {"Show the sentence links of an article with its translations.",
        "Run 'align --archive DIR' first: translations are the article's translation group."})
final class BitextCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Parameters(index = "0", paramLabel = "ID|FILE",
      description = "The article id, or the file it was ingested from.")
  String id;

  @Option(names = "--with", paramLabel = "LANG", description = "Only the translation in LANG.")
  String with;

  @picocli.CommandLine.Mixin BitextOptions output;

  @Override
  public Integer call() throws Exception {
    id = Common.articleId(id);
    List<Bitext> mine = new ArrayList<>();
    String language;
    try (Archive archive = common.openReadOnly()) {
      language = archive.article(id).orElseThrow(() -> new IllegalArgumentException(
          "No article with id " + id + " in " + common.archive + " ('search' lists the ids)"))
          .language();
      mine.addAll(archive.bitextsOf(id, with));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (mine.isEmpty()) {
      spec.commandLine().getErr().println("dragoman: article " + id + " has no translation"
          + (with == null ? "" : " in " + with) + " (run 'align --archive " + common.archive
          + "' to pair the archive)");
      return 1;
    }
    switch (common.json ? BitextOutput.Format.json : output.format) {
      case json -> Json.print(out, JsonShapes.bitexts(mine));
      case tsv -> mine.forEach(b -> BitextOutput.tsv(out, b));
      case tmx -> BitextOutput.tmx(out, mine, language);
      case text -> {
        for (Bitext b : mine) {
          out.println("── " + b.source().id() + " (" + b.source().language() + ") ↔ "
              + b.target().id() + " (" + b.target().language() + ")");
          BitextOutput.text(out, b, output.width);
        }
      }
    }
    out.flush();
    return 0;
  }
}
