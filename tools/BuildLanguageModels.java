import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds Dragoman's language identification models from the character n-gram statistics that
 * Lingua 1.2.2 publishes (Apache-2.0; 75 languages, trained on the Leipzig Wortschatz corpora).
 *
 * <p>The build of {@code core} runs it (generate-resources), from the Lingua jar Maven fetches,
 * into {@code target/classes}: the model files are build outputs, never kept in the repository.
 * By hand, from the repository root (Java 21+, no classpath needed):
 *
 * <pre>
 * java tools/BuildLanguageModels.java ~/.m2/repository/com/github/pemistahl/lingua/1.2.2/lingua-1.2.2.jar \
 *     core/target/classes/org/dragoman/language/ngrams
 * </pre>
 *
 * <p>Lingua stores, per language and n-gram order 1 to 5, the conditional probability of an
 * n-gram's last character given the characters before it, as fractions of counts. This tool
 * keeps every unigram, bigram and trigram seen at least {@value #MIN_TRIGRAM_COUNT} times and
 * every 4- and 5-gram seen at least {@value #MIN_LONG_COUNT} times (rarer ones change no decision
 * measured by {@code eval langid}, and make up most of the data), rounds each log-probability to
 * {@value #STEP} nats so that it fits a byte, and groups the languages by the script their
 * letters are written in, one file per script ({@code Latn.bin}, {@code Arab.bin}…), so that a
 * text is judged only among the languages of its script and only that script's file is loaded.
 *
 * <p>Two files per script: {@code Latn.bin} holds orders 1 to 3, {@code Latn-long.bin} orders 4
 * and 5, which only short texts need. Layout (big-endian): magic {@code DGLM}, version 2; the
 * number of languages and their tags; the first and last order held; then for each order the
 * number of n-grams and, n-gram by n-gram in sorted order, its characters (UTF-16 units), the
 * number of languages that have it, and for each the index of the language and the rounded
 * negative log-probability in units of {@value #STEP}.
 */
public final class BuildLanguageModels {
  static final String[] ORDERS = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};
  static final int MIN_TRIGRAM_COUNT = 2;
  static final int MIN_LONG_COUNT = 30;
  static final double STEP = 0.1;
  /** A language is written in every script that holds this share of its letters. */
  static final double SCRIPT_SHARE = 0.05;

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java tools/BuildLanguageModels.java LINGUA_JAR OUT_DIR");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    // the build runs this at every compile: nothing to do when the same input made the files
    Path built = out.resolve(".built");
    String stamp = Files.size(Path.of(args[0])) + " " + MIN_TRIGRAM_COUNT + " " + MIN_LONG_COUNT
        + " " + STEP + " " + SCRIPT_SHARE + "\n";
    if (Files.exists(built) && Files.readString(built).equals(stamp)) {
      return;
    }
    // language -> order -> ngram -> rounded -log p
    Map<String, List<Map<String, Integer>>> models = new TreeMap<>();
    try (ZipFile jar = new ZipFile(args[0])) {
      TreeSet<String> languages = new TreeSet<>();
      jar.stream().map(ZipEntry::getName)
          .filter(n -> n.startsWith("language-models/") && n.endsWith("/unigrams.json"))
          .forEach(n -> languages.add(n.split("/")[1]));
      for (String lang : languages) {
        List<Map<String, Integer>> orders = new ArrayList<>();
        for (int o = 0; o < ORDERS.length; o++) {
          ZipEntry e = jar.getEntry("language-models/" + lang + "/" + ORDERS[o] + ".json");
          Map<String, Integer> m = new HashMap<>();
          if (e != null) {
            try (InputStream in = jar.getInputStream(e)) {
              read(new String(in.readAllBytes(), StandardCharsets.UTF_8), o + 1, m);
            }
          }
          orders.add(m);
        }
        models.put(lang, orders);
      }
    }
    // the scripts each language is written in, from its unigrams
    Map<String, List<String>> byScript = new TreeMap<>();
    for (var e : models.entrySet()) {
      Map<String, Double> mass = new HashMap<>();
      double total = 0;
      for (var u : e.getValue().get(0).entrySet()) {
        double p = Math.exp(-u.getValue() * STEP);
        mass.merge(script(u.getKey().codePointAt(0)), p, Double::sum);
        total += p;
      }
      for (var s : mass.entrySet()) {
        if (s.getValue() >= SCRIPT_SHARE * total && !s.getKey().equals("Zyyy")) {
          byScript.computeIfAbsent(s.getKey(), k -> new ArrayList<>()).add(e.getKey());
        }
      }
    }
    for (var s : byScript.entrySet()) {
      List<String> langs = s.getValue();
      // orders 1-3 in one file, 4-5 in another: most texts are judged on the first alone
      long entries = write(out.resolve(s.getKey() + ".bin"), langs, models, s.getKey(), 0, 3);
      entries += write(out.resolve(s.getKey() + "-long.bin"), langs, models, s.getKey(), 3, 5);
      System.out.printf("%s: %d languages %s, %d n-grams%n", s.getKey(), langs.size(), langs,
          entries);
    }
    Files.writeString(built, stamp);
  }

  /** Writes orders {@code from + 1} to {@code to} of the languages of one script. */
  static long write(Path file, List<String> langs, Map<String, List<Map<String, Integer>>> models,
      String script, int from, int to) throws IOException {
    long entries = 0;
    try (DataOutputStream d = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      d.writeInt(0x44474C4D); // DGLM
      d.writeInt(2);
      d.writeByte(langs.size());
      for (String l : langs) {
        d.writeUTF(l);
      }
      d.writeByte(from + 1);
      d.writeByte(to);
      for (int o = from; o < to; o++) {
        // ngram -> (language index, value), only ngrams written in the script
        TreeMap<String, List<int[]>> rows = new TreeMap<>();
        for (int li = 0; li < langs.size(); li++) {
          for (var g : models.get(langs.get(li)).get(o).entrySet()) {
            if (inScript(g.getKey(), script)) {
              rows.computeIfAbsent(g.getKey(), k -> new ArrayList<>()).add(new int[] {li, g.getValue()});
            }
          }
        }
        d.writeInt(rows.size());
        for (var r : rows.entrySet()) {
          d.writeChars(r.getKey());
          d.writeByte(r.getValue().size());
          for (int[] p : r.getValue()) {
            d.writeByte(p[0]);
            d.writeByte(p[1]);
          }
        }
        entries += rows.size();
      }
    }
    return entries;
  }

  /** ISO 15924 code of the script of {@code cp}; Hiragana and Katakana count as Han (Japanese mixes them). */
  static String script(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return switch (s) {
      case HAN, HIRAGANA, KATAKANA -> "Hani";
      case LATIN -> "Latn";
      case ARABIC -> "Arab";
      case CYRILLIC -> "Cyrl";
      case COMMON, INHERITED, UNKNOWN -> "Zyyy";
      default -> iso15924(s);
    };
  }

  static String iso15924(Character.UnicodeScript s) {
    Map<Character.UnicodeScript, String> codes = new LinkedHashMap<>();
    codes.put(Character.UnicodeScript.GREEK, "Grek");
    codes.put(Character.UnicodeScript.HEBREW, "Hebr");
    codes.put(Character.UnicodeScript.ARMENIAN, "Armn");
    codes.put(Character.UnicodeScript.GEORGIAN, "Geor");
    codes.put(Character.UnicodeScript.DEVANAGARI, "Deva");
    codes.put(Character.UnicodeScript.BENGALI, "Beng");
    codes.put(Character.UnicodeScript.GUJARATI, "Gujr");
    codes.put(Character.UnicodeScript.GURMUKHI, "Guru");
    codes.put(Character.UnicodeScript.TAMIL, "Taml");
    codes.put(Character.UnicodeScript.TELUGU, "Telu");
    codes.put(Character.UnicodeScript.THAI, "Thai");
    codes.put(Character.UnicodeScript.HANGUL, "Hang");
    String c = codes.get(s);
    if (c == null) {
      throw new IllegalStateException("no ISO 15924 code here for " + s + ": add it");
    }
    return c;
  }

  static boolean inScript(String ngram, String script) {
    for (int i = 0; i < ngram.length(); i++) {
      if (!script(ngram.charAt(i)).equals(script)) {
        return false;
      }
    }
    return true;
  }

  /** Reads one Lingua model file: {"language": "…", "ngrams": {"NUM/DEN": "g1 g2 …", …}}. */
  static void read(String json, int order, Map<String, Integer> into) {
    int ngrams = json.indexOf("\"ngrams\"");
    int i = json.indexOf('{', ngrams) + 1;
    while (true) {
      i = skip(json, i);
      if (json.charAt(i) == '}') {
        return;
      }
      StringBuilder key = new StringBuilder();
      i = string(json, i, key);
      i = skip(json, i);
      i++; // ':'
      i = skip(json, i);
      StringBuilder value = new StringBuilder();
      i = string(json, i, value);
      i = skip(json, i);
      if (json.charAt(i) == ',') {
        i++;
      }
      String[] f = key.toString().split("/");
      long num = Long.parseLong(f[0]);
      long den = Long.parseLong(f[1]);
      if (order == 3 && num < MIN_TRIGRAM_COUNT || order >= 4 && num < MIN_LONG_COUNT) {
        continue;
      }
      int q = (int) Math.min(255, Math.round(-Math.log((double) num / den) / STEP));
      for (String g : value.toString().split(" ")) {
        if (g.length() == order) {
          into.put(g, q);
        }
      }
    }
  }

  static int skip(String s, int i) {
    while (Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static int string(String s, int i, StringBuilder out) {
    if (s.charAt(i) != '"') {
      throw new IllegalStateException("expected a string at " + i);
    }
    i++;
    while (s.charAt(i) != '"') {
      char c = s.charAt(i++);
      if (c == '\\') {
        char n = s.charAt(i++);
        switch (n) {
          case 'u' -> {
            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          default -> out.append(n);
        }
      } else {
        out.append(c);
      }
    }
    return i + 1;
  }
}
