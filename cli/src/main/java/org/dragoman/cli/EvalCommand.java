package org.dragoman.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dragoman eval …}: quality measurements against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure quality against gold data.",
    subcommands = {EvalLangidCommand.class, EvalAlignCommand.class, EvalPairsCommand.class,
        EvalNamesCommand.class, EvalDatesCommand.class, EvalSearchCommand.class,
        EvalExtractionCommand.class, EvalEntitiesCommand.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
