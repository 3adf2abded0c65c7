package org.dragoman.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.language.LanguageIdentifier;
import org.dragoman.language.LanguagePack;
import org.dragoman.language.LanguagePacks;
import org.dragoman.model.Article;
import org.dragoman.model.Segment;
import org.dragoman.text.Segmenter;
import org.dragoman.text.TextNormalizer;

/**
 * Reads one source into an {@link Article}: detects the format, decodes, extracts text and
 * metadata, removes page debris, identifies languages and segments paragraphs and sentences.
 *
 * <pre>{@code
 * ArticleReader reader = ArticleReader.create(IngestOptions.defaults());
 * Article a = reader.read(Path.of("report.pdf"));
 * }</pre>
 *
 * <p>Thread-safe: one reader can serve several threads.
 */
public final class ArticleReader {
  static {
    org.dragoman.io.QuietLogging.ensure();
  }

  /**
   * Version of the reading pipeline. Stored with each article so that a source whose bytes did
   * not change is still read again when the pipeline that read it has changed.
   */
  public static final int PIPELINE_VERSION = 6;

  /** More than this share of control characters means the bytes are not text. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

  private final IngestOptions options;
  private final LanguagePacks packs;
  private final LanguageIdentifier identifier;
  private final List<LanguagePack.Debris> debris;

  private ArticleReader(IngestOptions options, LanguagePacks packs, LanguageIdentifier identifier) {
    this.options = options;
    this.packs = packs;
    this.identifier = identifier;
    List<LanguagePack.Debris> all = new ArrayList<>();
    for (String name : packs.names()) {
      all.addAll(packs.require(name).debrisRules());
    }
    this.debris = List.copyOf(all);
  }

  /** Creates a reader with the installed language packs and the shared language identifier. */
  public static ArticleReader create(IngestOptions options) {
    return new ArticleReader(options, LanguagePacks.installed(), LanguageIdentifier.shared());
  }

  /** Returns the options this reader applies. */
  public IngestOptions options() {
    return options;
  }

  /** Returns the stable id of the article read from {@code file}: the same file, the same id. */
  public static String idFor(Path file) throws IOException {
    return idForSource(file.toRealPath().toUri().toString());
  }

  /** Returns the stable id of the article read from the source named {@code key} (a URI). */
  public static String idForSource(String key) {
    return sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  /** Reads the bytes of {@code file}, checking its size against {@link IngestOptions}. */
  public byte[] bytes(Path file) throws SourceProblem {
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw new SourceProblem("empty file (0 bytes)");
      }
      if (size > options.maxFileBytes()) {
        throw new SourceProblem(String.format(Locale.ROOT,
            "file is %s, over the limit of %s (setting %s; CLI option --max-file-size)",
            megabytes(size), megabytes(options.maxFileBytes()),
            IngestOptions.MAX_FILE_BYTES_SETTING));
      }
      return Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      throw new SourceProblem("permission denied: the file cannot be read", e);
    } catch (IOException e) {
      String m = e.getMessage();
      if (m != null && m.contains("Too many levels of symbolic links")) {
        throw new SourceProblem("symbolic link loop", e);
      }
      throw new SourceProblem("cannot be read: " + e, e);
    }
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
  }

  /** Reads {@code file} as an article. */
  public Article read(Path file) throws SourceProblem {
    byte[] bytes = bytes(file);
    String key;
    try {
      key = file.toRealPath().toUri().toString();
    } catch (IOException e) {
      throw new SourceProblem("cannot be read: " + e.getMessage(), e);
    }
    return read(file.toString(), key, file.getFileName().toString(), bytes);
  }

  /** Returns the media type of {@code bytes}, by their content and the file {@code name}. */
  public static String detectType(byte[] bytes, String name) {
    return Format.detect(bytes, name);
  }

  /** Returns whether a file of {@code mediaType} and {@code name} is in a format Dragoman reads. */
  public static boolean isSupported(String mediaType, String name) {
    return Format.of(mediaType, name) != Format.UNSUPPORTED;
  }

  /**
   * Reads an article from bytes.
   *
   * @param source where the bytes come from, as reports show it
   * @param key the stable identity of the source (a URI), from which the id is made
   * @param name a file name, used as a hint for the format
   * @param bytes the content
   */
  public Article read(String source, String key, String name, byte[] bytes) throws SourceProblem {
    if (bytes.length == 0) {
      throw new SourceProblem("empty file (0 bytes)");
    }
    return read(source, key, name, bytes, Format.detect(bytes, name));
  }

  /** Reads an article from bytes whose media type is already known (see {@link #detectType}). */
  public Article read(String source, String key, String name, byte[] bytes, String mediaType)
      throws SourceProblem {
    return read(source, key, name, bytes, mediaType, StageClock.NONE);
  }

  /** As {@link #read(String, String, String, byte[], String)}, timing each stage on {@code clock}. */
  public Article read(String source, String key, String name, byte[] bytes, String mediaType,
      StageClock clock) throws SourceProblem {
    long t = clock.now();
    Extracted x =
        switch (Format.of(mediaType, name)) {
          case HTML -> HtmlReader.read(decode(bytes, declaredCharset(bytes)), mediaType);
          case MARKDOWN -> MarkdownReader.read(decode(bytes, null), mediaType);
          case TEXT -> new Extracted(decode(bytes, null), null, null, null, null, mediaType);
          case DOCUMENT -> mediaType.equals("application/pdf")
              ? PdfReader.read(bytes, name, mediaType, options)
              : TikaReader.read(bytes, name, mediaType, options);
          case UNSUPPORTED -> throw new SourceProblem(
              "not a format Dragoman reads (detected " + mediaType + ")");
        };
    String text = TextNormalizer.nfc(removeDebris(TextNormalizer.withoutControls(x.text()))).strip();
    if (text.length() > options.maxTextChars()) {
      throw new SourceProblem("the text is longer than " + options.maxTextChars()
          + " characters (setting maxTextChars)");
    }
    if (TextNormalizer.letterCount(text) == 0) {
      throw new SourceProblem(text.isEmpty()
          ? "no text: the document is empty once read"
          : "no text: the file holds only punctuation, digits or symbols");
    }
    List<Segment> paragraphs = Segmenter.paragraphs(text);
    t = clock.add(StageClock.Stage.EXTRACT, t);
    LanguageIdentifier.Identified langs = identifier.identify(text, paragraphs);
    t = clock.add(StageClock.Stage.IDENTIFY, t);
    List<Segment> sentences = new ArrayList<>();
    for (Segment p : langs.paragraphs()) {
      for (Segment s : Segmenter.sentences(text, p, p.language(), packs.abbreviations(p.language()))) {
        sentences.add(s.withLanguage(p.language()));
      }
    }
    Datelines.Found dateline = Datelines.find(text, paragraphs, langs.language());
    int firstText = dateline != null && dateline.whole() && dateline.paragraph() == 0 ? 1 : 0;
    String title = x.title() != null && !x.title().isBlank()
        ? TextNormalizer.nfc(TextNormalizer.withoutControls(x.title()).strip())
        : Headlines.headline(text, paragraphs, firstText);
    LocalDate published = x.published() != null
        ? x.published()
        : dateline == null ? null : dateline.date();
    clock.add(StageClock.Stage.SEGMENT, t);
    return new Article(
        idForSource(key), source, x.contentType(), langs.language(), title, published, x.author(),
        x.canonicalUrl(), sha256(bytes), text, langs.paragraphs(), sentences, Instant.now(),
        x.recognition(), x.furniture());
  }

  private String decode(byte[] bytes, String declared) throws SourceProblem {
    String text = TextDecoder.decode(bytes, declared).text();
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
          && c != '\f')) {
        control++;
      }
    }
    if (control > text.length() * MAX_CONTROL_SHARE) {
      throw new SourceProblem(String.format(Locale.ROOT,
          "binary content, not text: %.0f%% of the characters are control codes",
          100.0 * control / text.length()));
    }
    return text;
  }

  private static String declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private String removeDebris(String text) {
    String out = text;
    for (LanguagePack.Debris d : debris) {
      if (d.maxLine() > 0) {
        out = removeLines(out, d);
      } else if (d.hint() == null || containsIgnoreCase(out, d.hint())) {
        out = d.pattern().matcher(out).replaceAll("\n");
      }
    }
    return out;
  }

  /**
   * What {@code replaceAll} of a whole-line pattern does, trying the pattern only on the lines
   * short enough for it: most lines of a text are not, and a line-anchored pattern otherwise
   * starts a match attempt at every character.
   */
  private static String removeLines(String text, LanguagePack.Debris d) {
    Matcher m = null;
    StringBuilder out = null;
    int copied = 0;
    for (int start = 0; start <= text.length(); ) {
      int end = start;
      while (end < text.length() && !isLineEnd(text.charAt(end))) {
        end++;
      }
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s && e - s <= d.maxLine()) {
        m = m == null ? d.pattern().matcher(text) : m;
        m.region(start, end);
        if (m.matches()) {
          out = out == null ? new StringBuilder(text.length()) : out;
          out.append(text, copied, start).append('\n');
          copied = end;
        }
      }
      start = end + 1;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** The line terminators of {@link Pattern}'s {@code ^} and {@code $} in multi-line mode. */
  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Whether {@code text} holds {@code word} (lower case, ASCII), in any case. */
  static boolean containsIgnoreCase(String text, String word) {
    char first = word.charAt(0);
    char upper = Character.toUpperCase(first);
    int n = word.length();
    // indexOf runs over the text many characters at a time
    for (int i = text.indexOf(first); i >= 0 && i <= text.length() - n; i = text.indexOf(first, i + 1)) {
      if (text.regionMatches(true, i, word, 0, n)) {
        return true;
      }
    }
    if (upper != first) {
      for (int i = text.indexOf(upper); i >= 0 && i <= text.length() - n; i = text.indexOf(upper, i + 1)) {
        if (text.regionMatches(true, i, word, 0, n)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns the SHA-256 of {@code bytes}, hex: the content hash of a source. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
