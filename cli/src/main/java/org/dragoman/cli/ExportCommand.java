package org.dragoman.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.model.SentenceLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dragoman export}: every aligned sentence pair of the archive, for translators' tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the archive's aligned sentence pairs as TMX, JSON Lines or TSV.",
        "Run 'align --archive DIR' first: pairs come from the archive's translation groups."})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Option(names = "--format", paramLabel = "tmx|jsonl|tsv", required = true,
      description = "tmx (TMX 1.4b), jsonl (one pair a line) or tsv.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!List.of("tmx", "jsonl", "tsv").contains(format)) {
      throw new IllegalArgumentException("Unknown format '" + format + "'; available: tmx, jsonl, tsv");
    }
    long[] counts = new long[2]; // article pairs, sentence pairs
    try (Archive archive = common.openReadOnly()) {
      if (archive.groups().isEmpty()) {
        spec.commandLine().getErr().println("dragoman: no sentence pairs to export from "
            + common.archive + ": the archive has no translation groups. Run 'dragoman align"
            + " --archive " + common.archive + "' first (if it has run, no article was found to"
            + " translate another). Nothing was written.");
        return 1;
      }
      Archive.BitextVisitor count = b -> {
        counts[0]++;
        for (SentenceLink l : b.links()) {
          if (!l.source().isEmpty() && !l.target().isEmpty()) {
            counts[1]++;
          }
        }
      };
      // written whole or not at all: a full disk or a kill leaves the earlier export as it was
      Outputs.write(out, w -> {
        switch (format) {
          case "tmx" -> {
            // TMX's srclang is one language, or *all* when units have different sources.
            var sources = archive.languagePairs().stream().map(p -> p.split(" ")[0]).distinct()
                .toList();
            try (BitextOutput.Tmx tmx =
                BitextOutput.tmx(w, sources.size() == 1 ? sources.get(0) : "*all*")) {
              archive.forEachBitext(b -> {
                tmx.add(b);
                count.visit(b);
              });
            }
            w.println();
          }
          case "jsonl" -> archive.forEachBitext(b -> {
            BitextOutput.jsonl(w, b);
            count.visit(b);
          });
          default -> archive.forEachBitext(b -> {
            BitextOutput.tsv(w, b);
            count.visit(b);
          });
        }
      });
    }
    long articlePairs = counts[0];
    long pairs = counts[1];
    String summary = pairs + " sentence pairs from " + articlePairs + " article pairs written to "
        + out;
    if (common.json) {
      Json.print(spec.commandLine().getOut(), java.util.Map.of("articlePairs", articlePairs,
          "sentencePairs", pairs, "out", out.toString()));
    } else {
      spec.commandLine().getOut().println(summary);
    }
    return 0;
  }
}
