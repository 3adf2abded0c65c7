package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dragoman.language.LanguageIdentifier;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman eval langid}: accuracy of language identification on labelled text, per unit
 * (document, paragraph, line) and per language, with the confusions.
 */
@Command(name = "langid", mixinStandardHelpOptions = true,
    description = {"Measure language identification.",
        "GOLD: UDHR XML files (udhr_*.xml: each paragraph, and the whole document, labelled by"
            + " its xml:lang), TSV files (language<TAB>text a line), or LANG=FILE (every line of"
            + " FILE is in LANG)."})
final class EvalLangidCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Labelled text.")
  List<String> gold;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  record Sample(String language, String unit, String text) {}

  @Override
  public Integer call() throws Exception {
    List<Sample> samples = new ArrayList<>();
    for (String g : gold) {
      load(g, samples);
    }
    LanguageIdentifier id = LanguageIdentifier.shared();
    Map<String, int[]> byKey = new TreeMap<>();
    Map<String, Integer> confusions = new TreeMap<>();
    for (Sample s : samples) {
      String got = id.identify(s.text());
      boolean ok = got.equals(s.language());
      for (String key : List.of(s.unit(), s.unit() + "/" + s.language())) {
        int[] c = byKey.computeIfAbsent(key, k -> new int[2]);
        c[1]++;
        if (ok) {
          c[0]++;
        }
      }
      if (!ok) {
        confusions.merge(s.language() + "->" + got, 1, Integer::sum);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> acc = new LinkedHashMap<>();
    byKey.forEach((k, c) -> acc.put(k, Map.of("correct", c[0], "total", c[1],
        "accuracy", Math.round(10000.0 * c[0] / c[1]) / 10000.0)));
    m.put("accuracy", acc);
    m.put("confusions", confusions);
    if (json) {
      Json.print(out, m);
    } else {
      byKey.forEach((k, c) -> out.printf(Locale.ROOT, "%-16s %5d/%5d  %.4f%n", k, c[0], c[1],
          (double) c[0] / c[1]));
      out.println("confusions: " + confusions);
    }
    return 0;
  }

  private static void load(String g, List<Sample> out) throws Exception {
    int eq = g.indexOf('=');
    if (eq > 0 && !Files.exists(Path.of(g))) {
      String lang = g.substring(0, eq);
      for (String line : Files.readAllLines(Path.of(g.substring(eq + 1)), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(new Sample(lang, "line", line));
        }
      }
      return;
    }
    Path p = Path.of(g);
    if (Files.isDirectory(p)) {
      try (var s = Files.list(p)) {
        for (Path f : s.sorted().toList()) {
          if (f.getFileName().toString().matches("udhr_.*\\.xml")) {
            load(f.toString(), out);
          }
        }
      }
    } else if (g.endsWith(".xml")) {
      var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.toFile());
      Element root = doc.getDocumentElement();
      String lang = root.getAttribute("xml:lang").split("-")[0];
      NodeList paras = doc.getElementsByTagNameNS("*", "para");
      if (paras.getLength() == 0) {
        paras = doc.getElementsByTagName("para");
      }
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < paras.getLength(); i++) {
        String t = paras.item(i).getTextContent().strip();
        out.add(new Sample(lang, "paragraph", t));
        all.append(t).append('\n');
      }
      out.add(new Sample(lang, "document", all.toString()));
    } else {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          out.add(new Sample(line.substring(0, tab).strip(), "line", line.substring(tab + 1)));
        }
      }
    }
  }
}
