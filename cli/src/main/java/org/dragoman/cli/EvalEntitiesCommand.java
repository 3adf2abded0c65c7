package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.entity.DatePreference;
import org.dragoman.entity.EntityScore;
import org.dragoman.entity.MentionFinder;
import org.dragoman.model.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code dragoman eval entities GOLD.jsonl}: recognises the names of each gold document's text
 * and scores them against its annotated spans, exact (CoNLL) and overlapping, per type and
 * micro-averaged.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = {"Measure named-entity recognition.",
        "GOLD.jsonl: {\"id\", \"lang\", \"text\", \"entities\": [{\"start\", \"end\", \"type\"}]} a line;"
            + " offsets count Unicode code points, types PERSON, ORGANISATION, PLACE."})
final class EvalEntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "Annotated documents.")
  Path gold;

  @Option(names = "--predictions", paramLabel = "OUT.jsonl",
      description = "Write {\"id\", \"entities\": [{\"start\", \"end\", \"type\"}]} a line, offsets into the gold's text.")
  Path predictions;

  @Option(names = "--errors", paramLabel = "OUT.jsonl",
      description = "Write each false positive and false negative (exact match) with its context.")
  Path errors;

  @Option(names = "--model", paramLabel = "MODEL",
      description = "Tag names with this model (from `train entities`) instead of the one shipped for the gold's language.")
  Path model;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  private final Map<String, MentionFinder> finders = new java.util.HashMap<>();

  private MentionFinder finder(String language) throws java.io.IOException {
    MentionFinder f = finders.get(language);
    if (f == null) {
      f = model == null ? MentionFinder.forLanguage(language) : MentionFinder.withModel(language, model);
      finders.put(language, f);
    }
    return f;
  }

  @Override
  public Integer call() throws Exception {
    EntityScore score = new EntityScore();
    StringBuilder predicted = new StringBuilder();
    StringBuilder mistakes = new StringBuilder();
    int lineNo = 0;
    long started = System.nanoTime();
    long characters = 0;
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode doc;
      try {
        doc = Json.MAPPER.readTree(line);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(gold + ":" + lineNo + ": not a JSON object: "
            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
      }
      String text = doc.path("text").asString(null);
      if (text == null || !doc.isObject()) {
        throw new IllegalArgumentException(gold + ":" + lineNo + ": no \"text\"");
      }
      String id = doc.path("id").asString(String.valueOf(lineNo));
      List<EntityScore.Span> goldSpans = new ArrayList<>();
      for (JsonNode e : doc.path("entities")) {
        Mention.Type type = type(e.path("type").asString(""));
        int start = e.path("start").asInt(-1);
        int end = e.path("end").asInt(-1);
        if (type != null && start >= 0 && end > start) {
          goldSpans.add(new EntityScore.Span(start, end, type));
        }
      }
      List<EntityScore.Span> found = new ArrayList<>();
      characters += text.length();
      for (Mention m : finder(doc.path("lang").asString("und")).find(text, LocalDate.now(), DatePreference.PAST)) {
        if (m.type().isEntity()) {
          // the gold counts code points; Java strings count UTF-16 units
          found.add(new EntityScore.Span(text.codePointCount(0, m.start()), text.codePointCount(0, m.end()), m.type()));
        }
      }
      score.add(goldSpans, found);
      if (predictions != null) {
        predicted.append(Json.line(Map.of("id", id, "entities", found.stream().map(EvalEntitiesCommand::asMap).toList())))
            .append('\n');
      }
      if (errors != null) {
        mistakes(mistakes, id, text, goldSpans, found);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (predictions != null) {
      Outputs.write(predictions, w -> w.write(predicted.toString()));
    }
    if (errors != null) {
      Outputs.write(errors, w -> w.write(mistakes.toString()));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("documents", score.documents());
    result.putAll(score.summary());
    result.put("seconds", Math.round(seconds * 100) / 100.0);
    result.put("charactersPerSecond", seconds == 0 ? null : Math.round(characters / seconds));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, result);
      return 0;
    }
    out.printf(Locale.ROOT, "documents %d%n", score.documents());
    out.printf(Locale.ROOT, "%-13s %6s %6s %6s | %6s %6s %6s | %6s %6s %6s%n",
        "type", "gold", "pred", "ok", "P", "R", "F1", "oP", "oR", "oF1");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> perType = (Map<String, Map<String, Object>>) result.get("per_type");
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>(perType);
    @SuppressWarnings("unchecked")
    Map<String, Object> micro = (Map<String, Object>) result.get("micro");
    rows.put("micro", micro);
    rows.forEach((name, s) -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> o = (Map<String, Object>) s.get("overlap");
      out.printf(Locale.ROOT, "%-13s %6d %6d %6d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n",
          name, s.get("gold"), s.get("pred"), s.get("correct"), s.get("P"), s.get("R"), s.get("F1"),
          o.get("P"), o.get("R"), o.get("F1"));
    });
    out.printf(Locale.ROOT, "%.1f s, %,d characters a second%n", seconds, result.get("charactersPerSecond"));
    return 0;
  }

  private static Mention.Type type(String name) {
    return switch (name) {
      case "PERSON", "PER", "PERS" -> Mention.Type.PERSON;
      case "ORGANISATION", "ORGANIZATION", "ORG" -> Mention.Type.ORGANISATION;
      case "PLACE", "LOC", "LOCATION" -> Mention.Type.PLACE;
      default -> null;
    };
  }

  private static Map<String, Object> asMap(EntityScore.Span s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("start", s.start());
    m.put("end", s.end());
    m.put("type", s.type().name());
    return m;
  }

  private static void mistakes(StringBuilder out, String id, String text, List<EntityScore.Span> gold,
      List<EntityScore.Span> found) {
    for (EntityScore.Span s : found) {
      if (EntityScore.TYPES.contains(s.type()) && !gold.contains(s)) {
        out.append(Json.line(mistake(id, "FP", text, s))).append('\n');
      }
    }
    for (EntityScore.Span s : gold) {
      if (!found.contains(s)) {
        out.append(Json.line(mistake(id, "FN", text, s))).append('\n');
      }
    }
  }

  private static Map<String, Object> mistake(String id, String kind, String text, EntityScore.Span s) {
    int start = text.offsetByCodePoints(0, s.start());
    int end = text.offsetByCodePoints(0, s.end());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("kind", kind);
    m.putAll(asMap(s));
    m.put("text", text.substring(start, end));
    m.put("context", (text.substring(Math.max(0, start - 40), start) + "[[" + text.substring(start, end) + "]]"
        + text.substring(end, Math.min(text.length(), end + 40))).replace('\n', '/'));
    return m;
  }
}
