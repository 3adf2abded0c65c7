package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.align.Bitext;
import org.dragoman.align.SentenceAligner;
import org.dragoman.ingest.ArticleReader;
import org.dragoman.ingest.IngestOptions;
import org.dragoman.ingest.SourceProblem;
import org.dragoman.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dragoman align FILE_A FILE_B}: links the sentences of two files, no archive needed. */
@Command(name = "align", mixinStandardHelpOptions = true,
    description = {"Pair the archive's articles into translation groups, or align two files.",
        "Without FILE: pairs every article of --archive into translation groups (editors' pins"
            + " and forbids kept) and stores them.",
        "With FILE_A FILE_B: both files are read as ingest reads them; the sentences are linked"
            + " 1-1, 1-2, 2-1, 2-2, 1-0 or 0-1; no archive is needed, but when --archive has"
            + " learned a lexicon for the two languages from 200 sentence pairs or more, it is"
            + " used."})
final class AlignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin Common common;

  @Parameters(arity = "0..2", paramLabel = "FILE", description = "Two files: FILE_A FILE_B.")
  List<Path> files = List.of();

  @Option(names = "--max-sentences", paramLabel = "N", defaultValue = "30000",
      description = "--archive: articles longer than this (in sentences) are paired but their"
          + " sentences not aligned, so that memory stays bounded (default: ${DEFAULT-VALUE}).")
  int maxSentences;

  @Option(names = "--pin", arity = "2", paramLabel = "ID",
      description = "Always put these two articles in one group (then pair the archive).")
  List<String> pin;

  @Option(names = "--unpin", arity = "2", paramLabel = "ID",
      description = "Never put these two articles in one group (then pair the archive).")
  List<String> unpin;

  @picocli.CommandLine.Mixin BitextOptions output;


  @Override
  public Integer call() throws Exception {
    if (files.isEmpty()) {
      return pairArchive();
    }
    if (files.size() != 2) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "align takes two files (FILE_A FILE_B), or none to pair the archive");
    }
    if (java.nio.file.Files.exists(files.get(0)) && java.nio.file.Files.exists(files.get(1))
        && java.nio.file.Files.isSameFile(files.get(0), files.get(1))) {
      throw new IllegalArgumentException(files.get(0) + " and " + files.get(1)
          + " are the same file: align a text with its translation");
    }
    ArticleReader reader = ArticleReader.create(IngestOptions.defaults());
    Article a = read(reader, files.get(0));
    Article b = read(reader, files.get(1));
    SentenceAligner aligner = SentenceAligner.create(a.language(), b.language());
    org.dragoman.align.Lexicon learned = archiveLexicon(a.language(), b.language());
    Bitext bitext = new Bitext(a, b, learned.pairs() >= MIN_ARCHIVE_PAIRS
        ? aligner.align(Bitext.pair(a, b), learned)
        : aligner.align(Bitext.pair(a, b)));
    PrintWriter out = spec.commandLine().getOut();
    switch (common.json ? BitextOutput.Format.json : output.format) {
      case json -> Json.print(out, org.dragoman.json.JsonShapes.bitext(bitext));
      case tsv -> BitextOutput.tsv(out, bitext);
      case tmx -> BitextOutput.tmx(out, List.of(bitext), a.language());
      case text -> BitextOutput.text(out, bitext, output.width);
    }
    out.flush();
    return 0;
  }

  /** An archive's lexicon is used once it was learned from this many sentence pairs. */
  static final int MIN_ARCHIVE_PAIRS = 200;

  /** The lexicon the archive (if there is one) learned for these languages, or an empty one. */
  private org.dragoman.align.Lexicon archiveLexicon(String source, String target) {
    if (!java.nio.file.Files.isDirectory(common.archive)) {
      return org.dragoman.align.Lexicon.empty();
    }
    try (org.dragoman.Archive archive = common.openReadOnly()) {
      return archive.lexicon(source, target);
    } catch (RuntimeException | java.io.IOException e) {
      return org.dragoman.align.Lexicon.empty();
    }
  }

  private int pairArchive() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (org.dragoman.Archive archive = common.open()) {
      var result = org.dragoman.EditorActions.pairing(archive,
          pin == null ? List.of() : List.of(pin), unpin == null ? List.of() : List.of(unpin),
          maxSentences).run();
      for (String note : result.notes()) {
        spec.commandLine().getErr().println("dragoman: note: " + note);
      }
      if (common.json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("groups", groups(archive, result.groups()));
        List<Object> unpaired = new ArrayList<>();
        for (String id : result.unpaired()) {
          unpaired.add(brief(archive, id));
        }
        m.put("unpaired", unpaired);
        m.put("changed", result.changed().stream().map(g -> g.id()).toList());
        m.put("notes", result.notes());
        Json.print(out, m);
      } else {
        // the groups this run made or changed; all of them are in --json
        for (Object g : groups(archive, result.changed())) {
          @SuppressWarnings("unchecked")
          Map<String, Object> gm = (Map<String, Object>) g;
          out.printf(Locale.ROOT, "group %s  confidence %.2f%n", gm.get("id"), gm.get("confidence"));
          for (Object a : (List<?>) gm.get("articles")) {
            Map<?, ?> am = (Map<?, ?>) a;
            out.println("  " + Terminal.fit(String.valueOf(am.get("language")), 4)
                + Terminal.fit(String.valueOf(am.get("id")), 18) + am.get("source"));
          }
        }
        out.printf(Locale.ROOT, "%d groups (%d new or changed), %d articles unpaired%n",
            result.groups().size(), result.changed().size(), result.unpaired().size());
      }
    }
    return 0;
  }

  private static List<Object> groups(org.dragoman.Archive archive,
      List<org.dragoman.model.TranslationGroup> groups) throws java.io.IOException {
    List<Object> out = new ArrayList<>();
    for (var g : groups) {
      Map<String, Object> gm = new LinkedHashMap<>();
      gm.put("id", g.id());
      gm.put("confidence", Math.round(g.confidence() * 1000) / 1000.0);
      List<Object> articles = new ArrayList<>();
      for (String id : g.articles()) {
        articles.add(brief(archive, id));
      }
      gm.put("articles", articles);
      out.add(gm);
    }
    return out;
  }

  private static Map<String, Object> brief(org.dragoman.Archive archive, String id)
      throws java.io.IOException {
    var a = archive.brief(id).orElseThrow();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("language", a.language());
    m.put("source", a.source());
    return m;
  }

  private static Article read(ArticleReader reader, Path file) throws SourceProblem {
    try {
      return reader.read(file);
    } catch (SourceProblem e) {
      throw new SourceProblem(file + ": " + e.getMessage(), e);
    }
  }

}
