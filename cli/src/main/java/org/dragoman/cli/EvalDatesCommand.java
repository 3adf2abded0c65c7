package org.dragoman.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dragoman.entity.DateFinder;
import org.dragoman.entity.DatePreference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code dragoman eval dates GOLD.jsonl}: reads each row's text as a date against its reference
 * time and compares value and grain with the gold; accuracy overall, per language and on the
 * rows that state their year.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
    description = {"Measure date normalisation.",
        "GOLD.jsonl: {\"lang\", \"text\", \"reference\", \"value\", \"grain\", \"explicit_year\"}"
            + " a line; a row may carry its own \"prefer\"."})
final class EvalDatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "Gold dates.")
  Path gold;

  @Option(names = "--prefer", paramLabel = "past|future|nearest", defaultValue = "past",
      description = "Where underspecified dates go relative to the reference (default: ${DEFAULT-VALUE}).")
  String prefer;

  @Option(names = "--predictions", paramLabel = "OUT.jsonl",
      description = "Write {\"text\", \"value\", \"grain\"} a line.")
  Path predictions;

  @Option(names = "--errors", description = "List the rows read wrongly.")
  boolean errors;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  private record Tally(int[] all, int[] explicit) {
    Tally() {
      this(new int[2], new int[2]);
    }
  }

  @Override
  public Integer call() throws Exception {
    DatePreference defaultPreference = DatePreference.parse(prefer);
    Map<String, Tally> byLanguage = new TreeMap<>();
    Tally total = new Tally();
    PrintWriter out = spec.commandLine().getOut();
    List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    StringBuilder w = predictions == null ? null : new StringBuilder();
    {
      int lineNo = 0;
      for (String line : lines) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode row;
        try {
          row = Json.MAPPER.readTree(line);
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(gold + ":" + lineNo + ": not a JSON object: " + e.getMessage(), e);
        }
        String lang = row.path("lang").asString("en");
        String text = row.path("text").asString("");
        LocalDate reference = reference(row.path("reference").asString(""), lineNo);
        DatePreference p = row.hasNonNull("prefer")
            ? DatePreference.parse(row.get("prefer").asString()) : defaultPreference;
        DateFinder.Found found = DateFinder.forLanguage(lang).parse(text, reference, p);
        String value = found == null ? null : found.date().value();
        String grain = found == null ? null : found.date().grain().label();
        boolean right = value != null && value.equals(row.path("value").asString(null))
            && grain.equals(row.path("grain").asString(grain));
        boolean explicit = row.path("explicit_year").asBoolean(false);
        for (Tally t : List.of(total, byLanguage.computeIfAbsent(lang, k -> new Tally()))) {
          count(t.all, right);
          if (explicit) {
            count(t.explicit, right);
          }
        }
        if (errors && !right && !json) {
          out.printf(Locale.ROOT, "  %s  %-40s gold %-10s got %s%n", lang, text, row.path("value").asString(""), value);
        }
        if (w != null) {
          Map<String, Object> pred = new LinkedHashMap<>();
          pred.put("text", text);
          pred.put("value", value);
          pred.put("grain", grain);
          w.append(Json.line(pred)).append('\n');
        }
      }
    }
    if (w != null) {
      Outputs.write(predictions, pw -> pw.write(w.toString()));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("prefer", defaultPreference.name().toLowerCase(Locale.ROOT));
    result.put("overall", summary(total));
    Map<String, Object> langs = new LinkedHashMap<>();
    byLanguage.forEach((k, v) -> langs.put(k, summary(v)));
    result.put("languages", langs);
    if (json) {
      Json.print(out, result);
    } else {
      out.printf(Locale.ROOT, "prefer %s%n", result.get("prefer"));
      out.printf(Locale.ROOT, "%-8s %6s %9s %14s %9s%n", "", "rows", "accuracy", "explicit_year", "accuracy");
      print(out, "overall", total);
      byLanguage.forEach((k, v) -> print(out, k, v));
    }
    return 0;
  }

  private LocalDate reference(String text, int lineNo) {
    if (text.isBlank()) {
      return LocalDate.now();
    }
    try {
      return OffsetDateTime.parse(text).toLocalDate();
    } catch (java.time.format.DateTimeParseException e) {
      try {
        return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
      } catch (java.time.format.DateTimeParseException e2) {
        throw new IllegalArgumentException(gold + ":" + lineNo + ": reference '" + text + "' is not an ISO date", e2);
      }
    }
  }

  private static void count(int[] t, boolean right) {
    t[1]++;
    if (right) {
      t[0]++;
    }
  }

  private static Map<String, Object> summary(Tally t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rows", t.all[1]);
    m.put("accuracy", t.all[1] == 0 ? null : (double) t.all[0] / t.all[1]);
    m.put("explicit_year_rows", t.explicit[1]);
    m.put("explicit_year_accuracy", t.explicit[1] == 0 ? null : (double) t.explicit[0] / t.explicit[1]);
    return m;
  }

  private static void print(PrintWriter out, String name, Tally t) {
    out.printf(Locale.ROOT, "%-8s %6d %9.3f %14d %9s%n", name, t.all[1], (double) t.all[0] / Math.max(1, t.all[1]),
        t.explicit[1], t.explicit[1] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) t.explicit[0] / t.explicit[1]));
  }
}
