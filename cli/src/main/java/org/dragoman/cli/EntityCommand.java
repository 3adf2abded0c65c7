package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.EditorActions;
import org.dragoman.entity.EntityCatalogue;
import org.dragoman.entity.EntityImport;
import org.dragoman.io.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dragoman entity merge|alias|split|export|import}: editors' changes to the catalogue. */
@Command(name = "entity", mixinStandardHelpOptions = true,
    description = "Edit the entity catalogue; edits are kept and survive every later ingest.",
    subcommands = {EntityCommand.Merge.class, EntityCommand.Alias.class, EntityCommand.Split.class,
        EntityCommand.Export.class, EntityCommand.Import.class})
final class EntityCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int edit(CommandSpec spec, Common common, EntityCatalogue.Edit edit)
      throws java.io.IOException {
    try (Archive archive = common.open()) {
      EditorActions.Outcome done = EditorActions.entities(archive, edit);
      return report(spec, common, done.entities(), done.done());
    }
  }

  private static int report(CommandSpec spec, Common common, EntityCatalogue c, String done) {
    return report(spec, common, c.size(), done);
  }

  private static int report(CommandSpec spec, Common common, int size, String done) {
    PrintWriter out = spec.commandLine().getOut();
    if (common.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("done", done);
      m.put("entities", size);
      Json.print(out, m);
    } else {
      out.println(done + "; the catalogue has " + size + " entities");
    }
    return 0;
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Make several entities one: merge ID... --into ID.")
  static final class Merge implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Common common;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Entities to merge.")
    List<String> ids;

    @Option(names = "--into", paramLabel = "ID", required = true,
        description = "The id the merged entity keeps (one of ID or a new one).")
    String into;

    @Override
    public Integer call() throws Exception {
      return edit(spec, common, new EntityCatalogue.Edit("merge", ids, into, null));
    }
  }

  @Command(name = "alias", mixinStandardHelpOptions = true,
      description = "Say that a name is this entity: alias ID NAME.")
  static final class Alias implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Common common;

    @Parameters(index = "0", paramLabel = "ID", description = "The entity.")
    String id;

    @Parameters(index = "1", paramLabel = "NAME", description = "Another name of it, in any script.")
    String name;

    @Override
    public Integer call() throws Exception {
      return edit(spec, common, new EntityCatalogue.Edit("alias", List.of(), id, name));
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true,
      description = "Move the mentions written NAME out of entity ID into a new entity: split ID NAME --as NEW_ID.")
  static final class Split implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Common common;

    @Parameters(index = "0", paramLabel = "ID", description = "The entity to split.")
    String id;

    @Parameters(index = "1", paramLabel = "NAME", description = "The name whose mentions leave it.")
    String name;

    @Option(names = "--as", paramLabel = "NEW_ID", required = true, description = "Id of the new entity.")
    String newId;

    @Override
    public Integer call() throws Exception {
      return edit(spec, common, new EntityCatalogue.Edit("split", List.of(id), newId, name));
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write the catalogue as JSON, to edit and import back.")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Common common;

    @Parameters(index = "0", paramLabel = "FILE", description = "Where to write.")
    Path file;

    @Override
    public Integer call() throws Exception {
      List<Map<String, Object>> rows = new ArrayList<>();
      EntityCatalogue c;
      try (Archive archive = common.openReadOnly()) {
        c = archive.entities();
      }
      for (EntityCatalogue.Entity e : c.list(null, Integer.MAX_VALUE)) {
        rows.add(org.dragoman.json.JsonShapes.entity(e));
      }
      Outputs.write(file, w -> w.write(Json.MAPPER.writerWithDefaultPrettyPrinter()
          .writeValueAsString(Map.of("entities", rows))));
      return report(spec, common, c, "wrote " + file);
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Apply an exported and edited catalogue: each entity's labels and aliases become its names.")
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Common common;

    @Parameters(index = "0", paramLabel = "FILE", description = "An edited export.")
    Path file;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(file + ": no such file");
      }
      try (Archive archive = common.open()) {
        EntityImport result = archive.importEntities(file);
        PrintWriter err = spec.commandLine().getErr();
        for (String s : result.skipped()) {
          err.println("dragoman: " + SafeText.terminal(file + ": skipped " + s));
        }
        return report(spec, common, result.catalogue(), "imported " + file + ": " + result.applied()
            + " names applied, " + result.skipped().size() + " skipped");
      }
    }
  }
}
