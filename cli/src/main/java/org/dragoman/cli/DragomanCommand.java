package org.dragoman.cli;

import picocli.CommandLine.Command;

/** The top-level command; each capability is a subcommand. */
@Command(
    name = "dragoman",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Reads campaign articles in many languages into an archive, and searches it.",
      "Every command takes --archive DIR (default ./archive) and --json."
    },
    subcommands = {
      IngestCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      AlignCommand.class,
      BitextCommand.class,
      ExportCommand.class,
      EntitiesCommand.class,
      EntityCommand.class,
      TranslationsCommand.class,
      TmCommand.class,
      TranslateCommand.class,
      ImportTranslationCommand.class,
      ServeCommand.class,
      MigrateCommand.class,
      PublishCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      picocli.CommandLine.HelpCommand.class
    })
final class DragomanCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
