package org.dragoman.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Optical character recognition of a page image with Tesseract, the engine found on the machine
 * ({@code tesseract} on the {@code PATH}; Debian: {@code apt-get install tesseract-ocr
 * tesseract-ocr-ara tesseract-ocr-urd tesseract-ocr-fas}). Its word boxes become lines with
 * positions, as a page's text layer gives them, so page furniture and paragraphs are found the
 * same way. Thread-safe: one process per page.
 */
final class Tesseract {

  private Tesseract() {}

  /** A page's lines, and the engine's mean confidence in its words (0 to 1). */
  record Page(List<PdfReader.Line> lines, double confidence, int words) {}

  /** How long one page may take, at most. */
  static final int PAGE_SECONDS = 180;

  /** The resolution pages are rendered at for recognition. */
  static final int DPI = 300;

  private static volatile Set<String> installed;

  private static volatile String version;

  /** The languages Tesseract has data for here ({@code eng}, {@code ara}…); empty without it. */
  static Set<String> languages() {
    Set<String> l = installed;
    if (l == null) {
      l = new TreeSet<>();
      try {
        List<String> out = run(List.of("tesseract", "--list-langs"), 30);
        for (String line : out) {
          if (line.matches("[a-z_]{3,}") && !line.equals("osd")) {
            l.add(line);
          }
        }
        List<String> v = run(List.of("tesseract", "--version"), 30);
        version = v.isEmpty() ? "tesseract" : v.get(0).strip();
      } catch (IOException e) {
        l = Set.of(); // not installed
      }
      installed = l;
    }
    return l;
  }

  /** The engine's name and version, as it gives them ("tesseract 5.3.0"). */
  static String version() {
    languages();
    return version == null ? "tesseract" : version;
  }

  /** The script Tesseract sees on a page ("Arabic", "Latin"…), or null. */
  static String script(Path image) throws IOException {
    for (String line : run(List.of("tesseract", image.toString(), "stdout", "--psm", "0"), 60)) {
      if (line.startsWith("Script:")) {
        return line.substring("Script:".length()).strip();
      }
    }
    return null;
  }

  /** Recognises the page image {@code png} in {@code languages} (Tesseract's form: {@code ara+eng}). */
  static Page recognise(Path png, String languages) throws IOException {
    List<String> tsv = run(List.of("tesseract", png.toString(), "stdout", "-l", languages,
        "--psm", "3", "tsv"), PAGE_SECONDS);
    // level page block par line word left top width height conf text
    Map<String, List<String[]>> lines = new LinkedHashMap<>();
    double conf = 0;
    int words = 0;
    for (String row : tsv) {
      String[] c = row.split("\t", -1);
      if (c.length < 12 || !c[0].equals("5") || c[11].isBlank()) {
        continue;
      }
      lines.computeIfAbsent(c[2] + "/" + c[3] + "/" + c[4], k -> new ArrayList<>()).add(c);
      double w = Double.parseDouble(c[10]);
      if (w >= 0) {
        conf += w;
        words++;
      }
    }
    float scale = 72f / DPI; // pixels to the points of a page's text layer
    List<PdfReader.Line> out = new ArrayList<>();
    for (List<String[]> ws : lines.values()) {
      StringBuilder text = new StringBuilder();
      float top = Float.MAX_VALUE;
      float bottom = -Float.MAX_VALUE;
      float left = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      for (String[] w : ws) {
        if (!text.isEmpty()) {
          text.append(' ');
        }
        text.append(w[11].strip());
        float x = Integer.parseInt(w[6]) * scale;
        float y = Integer.parseInt(w[7]) * scale;
        float wd = Integer.parseInt(w[8]) * scale;
        float h = Integer.parseInt(w[9]) * scale;
        top = Math.min(top, y);
        bottom = Math.max(bottom, y + h);
        left = Math.min(left, x);
        right = Math.max(right, x + wd);
      }
      out.add(new PdfReader.Line(text.toString(), top, bottom, left, right, bottom - top));
    }
    return new Page(out, words == 0 ? 0 : conf / words / 100, words);
  }

  /** Runs a command, one thread for the engine (the ingest runs pages side by side already). */
  private static List<String> run(List<String> command, int seconds) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    try {
      var output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try {
          return p.getInputStream().readAllBytes();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(command.get(0) + " took more than " + seconds + " s on one page");
      }
      if (p.exitValue() != 0) {
        throw new IOException(command.get(0) + " failed (exit " + p.exitValue() + ")");
      }
      return new String(output.join(), StandardCharsets.UTF_8).lines().toList();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
