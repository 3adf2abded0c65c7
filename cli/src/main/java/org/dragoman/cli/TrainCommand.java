package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.entity.NameTaggerTraining;
import org.dragoman.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dragoman train …}: builds the statistical models the project ships. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model from annotated data.",
    subcommands = {TrainCommand.Entities.class})
final class TrainCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code dragoman train entities CONLL --lang L --out MODEL}. */
  @Command(name = "entities", mixinStandardHelpOptions = true,
      description = {"Train the name tagger of a language.",
          "CONLL: a word and its tag a line (IOB1 or IOB2 over PER/PERS, ORG, LOC, MISC), a blank"
              + " line between sentences, -DOCSTART- between documents. Measure the model with"
              + " `eval entities GOLD --model MODEL`; ship it as"
              + " core/src/main/resources/org/dragoman/entity/ner/LANG.model."})
  static final class Entities implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONLL", description = "Annotated training data.")
    Path data;

    @Option(names = "--lang", required = true, paramLabel = "LANG", description = "The language of the data.")
    String language;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--passes", paramLabel = "N", description = "Passes over the data (default: 8).")
    Integer passes;

    @Option(names = "--bits", paramLabel = "B", description = "2^B rows of weights (default: 17).")
    Integer bits;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the order of the documents (default: 1).")
    Long seed;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      NameTaggerTraining.Settings d = NameTaggerTraining.Settings.DEFAULT;
      NameTaggerTraining.Settings settings = new NameTaggerTraining.Settings(
          passes == null ? d.passes() : passes, bits == null ? d.bits() : bits,
          seed == null ? d.seed() : seed, d.sentencesPerDocument());
      NameTaggerTraining.Trained trained = NameTaggerTraining.train(language, data, settings); // read first: its errors are the input's
      AtomicFiles.write(out, trained::write);
      NameTaggerTraining.Report[] report = {trained.report()};
      PrintWriter w = spec.commandLine().getOut();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", out.toString());
      m.put("language", language);
      m.put("documents", report[0].documents());
      m.put("words", report[0].words());
      m.put("nameWords", report[0].nameWords());
      m.put("passes", settings.passes());
      m.put("bits", settings.bits());
      m.put("seconds", Math.round(report[0].seconds() * 10) / 10.0);
      if (json) {
        Json.print(w, m);
      } else {
        w.printf(Locale.ROOT, "trained %s: %d documents, %,d words (%,d in names), %d passes, 2^%d rows, %.1f s%n",
            out, report[0].documents(), report[0].words(), report[0].nameWords(), settings.passes(),
            settings.bits(), report[0].seconds());
      }
      return 0;
    }
  }
}
