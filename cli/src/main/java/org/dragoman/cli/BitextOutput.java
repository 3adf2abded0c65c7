package org.dragoman.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dragoman.align.Bitext;
import org.dragoman.model.Article;
import org.dragoman.model.SentenceLink;
import org.dragoman.translate.TmxWriter;

/** Prints bitexts as side-by-side text, JSON, TSV or TMX; shared by align, bitext and export. */
final class BitextOutput {

  enum Format { text, json, tsv, tmx }

  private BitextOutput() {}

  static void tsv(PrintWriter out, Bitext b) {
    for (SentenceLink l : b.links()) {
      out.printf(Locale.ROOT, "%.3f\t%s\t%s%n", l.confidence(), b.sourceText(l), b.targetText(l));
    }
  }

  /** One JSON line per linked sentence pair (null links left out). */
  static void jsonl(PrintWriter out, Bitext b) {
    for (SentenceLink l : b.links()) {
      if (l.source().isEmpty() || l.target().isEmpty()) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", Map.of("article", b.source().id(), "language", b.source().language(),
          "text", b.sourceText(l)));
      m.put("target", Map.of("article", b.target().id(), "language", b.target().language(),
          "text", b.targetText(l)));
      m.put("confidence", l.confidence());
      out.println(Json.line(m));
    }
  }

  /** TMX 1.4b of the linked sentence pairs, with the articles' ids as properties. */
  static void tmx(PrintWriter out, List<Bitext> bitexts, String sourceLanguage) {
    try (Tmx tmx = tmx(out, sourceLanguage)) {
      bitexts.forEach(tmx::add);
    }
    out.println();
  }

  /** A TMX document being written, bitext by bitext. */
  static Tmx tmx(PrintWriter out, String sourceLanguage) {
    return new Tmx(TmxWriter.open(out, sourceLanguage));
  }

  /** A TMX document open for units; closing it closes the document. */
  static final class Tmx implements AutoCloseable {
    private final TmxWriter tmx;

    Tmx(TmxWriter tmx) {
      this.tmx = tmx;
    }

    /** The linked sentence pairs of {@code b}, with the articles' ids as properties. */
    void add(Bitext b) {
      for (SentenceLink l : b.links()) {
        if (l.source().isEmpty() || l.target().isEmpty()) {
          continue;
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put("x-source-article", b.source().id());
        props.put("x-target-article", b.target().id());
        props.put("x-dragoman-confidence", String.format(Locale.ROOT, "%.3f", l.confidence()));
        tmx.unit(b.source().language(), b.sourceText(l), b.target().language(),
            b.targetText(l), props);
      }
    }

    @Override
    public void close() {
      tmx.close();
    }
  }

  /** Two columns, each link's sentences wrapped to the width; right-to-left text isolated. */
  static void text(PrintWriter out, Bitext b, int width) {
    for (SentenceLink l : b.links()) {
      out.printf(Locale.ROOT, "%s %s ↔ %s  %.2f%n", l.shape(), l.source(), l.target(),
          l.confidence());
      List<String> left = wrap(b.sourceText(l), width);
      List<String> right = wrap(b.targetText(l), width);
      for (int k = 0; k < Math.max(left.size(), right.size()); k++) {
        String x = k < left.size() ? left.get(k) : "";
        String y = k < right.size() ? right.get(k) : "";
        out.println("  " + Terminal.fit(x, width) + " │ " + Terminal.isolate(y));
      }
    }
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (!line.isEmpty() && Terminal.width(line + " " + word) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
