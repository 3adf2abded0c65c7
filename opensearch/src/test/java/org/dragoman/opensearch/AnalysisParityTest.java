package org.dragoman.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.dragoman.language.LanguagePacks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real two-node OpenSearch cluster in this JVM, with Dragoman's analysis plugin, analyses text
 * exactly as the embedded archive does: the same terms, offsets and positions for every language
 * pack, asked of either node, and an index on the cluster finds an Arabic word by its stem.
 */
class AnalysisParityTest {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final LanguagePacks PACKS = LanguagePacks.installed();

  /** Text in each language, with the things its analysis must get right. */
  static final Map<String, List<String>> TEXTS = new LinkedHashMap<>();

  static {
    TEXTS.put("ar", List.of("السفارات الأمريكية في القاهرة",
        "السَّفاراتُ الأمريكيّةُ وبالسفارات", // diacritics and proclitics
        "وقّع أكثر من ١٢٠٠ طالب وأستاذ رسالة")); // Arabic-Indic digits
    TEXTS.put("ur", List.of("فیصل آباد میں گارمنٹس مزدوروں کی ہڑتال",
        "کراچی کے اورنگی ٹاؤن کے رہائشیوں نے ۲۰ اگست کو مارچ کیا"));
    TEXTS.put("fa", List.of("کارگران بندر برای افزایش دستمزد دست از کار کشیدند",
        "مقاله‌ها و گزارش‌های تازه"));
    TEXTS.put("en", List.of("Garment workers' strikes in Faisalabad for a living wage",
        "The UN's HIGH-LEVEL talks (2025) were postponed"));
    TEXTS.put("es", List.of("Los profesores de Sevilla firman un acuerdo salarial"));
    TEXTS.put("fr", List.of("Les éboueurs de Lyon en grève pour l’égalité salariale"));
    TEXTS.put("de", List.of("Die Hafenarbeiter streiken für höhere Löhne"));
    TEXTS.put("it", List.of("I lavoratori dell'Ilva scioperano per la sicurezza"));
    TEXTS.put("el", List.of("Οι λιμενεργάτες απεργούν για καλύτερους μισθούς"));
  }

  @TempDir static Path dir;
  static LocalCluster cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = LocalCluster.start(dir, "dragoman-test", 2);
    JsonNode health = call("GET", 0, "_cluster/health?wait_for_nodes=2&timeout=60s", null);
    assertEquals(2, health.get("number_of_nodes").asInt(), health.toString());
  }

  @AfterAll
  static void stopCluster() throws IOException {
    if (cluster != null) {
      cluster.close();
    }
  }

  record Token(String term, int start, int end, int position) {}

  static List<Token> embedded(Analyzer analyzer, String text) throws IOException {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position));
      }
      ts.end();
    }
    return out;
  }

  static List<Token> cluster(int node, String analyzer, String text) throws Exception {
    var body = JSON.createObjectNode().put("analyzer", analyzer).put("text", text);
    JsonNode r = call("POST", node, "_analyze", body.toString());
    List<Token> out = new ArrayList<>();
    for (JsonNode t : r.get("tokens")) {
      out.add(new Token(t.get("token").asString(), t.get("start_offset").asInt(),
          t.get("end_offset").asInt(), t.get("position").asInt()));
    }
    return out;
  }

  static JsonNode call(String method, int node, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(cluster.uri(node).resolve(path))
        .header("Content-Type", "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(r.statusCode() / 100 == 2, method + " " + path + ": " + r.statusCode() + " "
        + r.body());
    return JSON.readTree(r.body());
  }

  @Test
  void everyLanguagePackAnalysesAsTheEmbeddedArchiveDoes() throws Exception {
    int compared = 0;
    java.util.Set<String> tags = new java.util.TreeSet<>(PACKS.names());
    tags.addAll(TEXTS.keySet());
    for (String tag : tags) {
      List<String> texts = new ArrayList<>(TEXTS.getOrDefault(tag, List.of()));
      TEXTS.values().forEach(t -> texts.add(t.get(0))); // and every other script
      String analyzer = DragomanAnalysisPlugin.analyzerFor(PACKS, tag);
      for (String text : texts) {
        List<Token> mine = embedded(PACKS.analyzer(tag), text);
        assertFalse(mine.isEmpty(), tag + ": " + text);
        for (int node = 0; node < cluster.size(); node++) {
          assertEquals(mine, cluster(node, analyzer, text),
              tag + " (" + analyzer + ") on node " + (node + 1) + ": " + text);
        }
        compared++;
      }
    }
    assertTrue(PACKS.names().containsAll(List.of("ar", "en", "es", "fr")),
        PACKS.names().toString());
    assertTrue(compared > 50, "compared " + compared);
    for (List<String> texts : TEXTS.values()) {
      for (String text : texts) {
        assertEquals(embedded(PACKS.neutralAnalyzer(), text),
            cluster(1, DragomanAnalysisPlugin.NEUTRAL, text), "neutral: " + text);
      }
    }
  }

  @Test
  void analyzersAreNamedAsTheArchiveChoosesThem() {
    assertEquals("dragoman_ar", DragomanAnalysisPlugin.analyzerFor(PACKS, "ar"));
    assertEquals("dragoman_ar", DragomanAnalysisPlugin.analyzerFor(PACKS, "ar-EG"));
    assertEquals(DragomanAnalysisPlugin.NEUTRAL, DragomanAnalysisPlugin.analyzerFor(PACKS, "ur"));
    assertEquals(DragomanAnalysisPlugin.NEUTRAL, DragomanAnalysisPlugin.analyzerFor(PACKS, "und"));
  }

  @Test
  void arabicIsStemmedAndFoldedInTheCluster() throws Exception {
    List<Token> plain = cluster(0, "dragoman_ar", "السفارات");
    List<Token> voweled = cluster(1, "dragoman_ar", "السَّفاراتُ");
    assertEquals(plain.get(0).term(), voweled.get(0).term(), "diacritics do not matter");
    assertFalse(plain.get(0).term().startsWith("ال"), "the article is gone: " + plain);
    assertEquals(8, plain.get(0).end(), "offsets point into the text as written");
  }

  @Test
  void anIndexOnTheClusterFindsAWordByItsStemFromEitherNode() throws Exception {
    call("PUT", 0, "articles", """
        {"settings": {"number_of_shards": 2, "number_of_replicas": 1},
         "mappings": {"properties": {
           "text_ar": {"type": "text", "analyzer": "dragoman_ar"},
           "text_ur": {"type": "text", "analyzer": "dragoman_neutral"}}}}""");
    call("PUT", 0, "articles/_doc/a1?refresh=true",
        "{\"text_ar\": \"أغلقت السفارات الأمريكية أبوابها\"}");
    call("PUT", 1, "articles/_doc/u1?refresh=true",
        "{\"text_ur\": \"فیصل آباد میں گارمنٹس مزدوروں کی ہڑتال\"}");
    JsonNode health = call("GET", 0,
        "_cluster/health/articles?wait_for_status=green&timeout=60s", null);
    assertEquals("green", health.get("status").asString(), "a replica of each shard: " + health);
    for (int node = 0; node < 2; node++) {
      JsonNode ar = call("POST", node, "articles/_search",
          "{\"query\": {\"match\": {\"text_ar\": \"سفارة\"}}}");
      assertEquals(1, ar.at("/hits/total/value").asInt(), ar.toString());
      assertEquals("a1", ar.at("/hits/hits/0/_id").asString());
      JsonNode ur = call("POST", node, "articles/_search",
          "{\"query\": {\"match\": {\"text_ur\": \"ہڑتال\"}}}");
      assertEquals("u1", ur.at("/hits/hits/0/_id").asString(), ur.toString());
    }
  }

}
