package org.dragoman.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Reads Markdown with commonmark-java: the text as a reader sees it (markup gone, links as their
 * words), the title from YAML front matter or the first heading, and the date and author from
 * front matter, as static site generators write them.
 */
final class MarkdownReader {

  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A---\\R(.*?)\\R---\\R", Pattern.DOTALL);
  private static final Pattern FIELD = Pattern.compile("(?m)^([A-Za-z_]+)\\s*:\\s*(.*?)\\s*$");
  private static final Parser PARSER = Parser.builder().build();
  private static final TextContentRenderer RENDERER =
      TextContentRenderer.builder()
          .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
          .nodeRendererFactory(LinkAsWords::new)
          .build();

  /** Renders a link or an image as the words a reader sees, without its address. */
  private static final class LinkAsWords implements NodeRenderer {
    private final TextContentNodeRendererContext context;

    LinkAsWords(TextContentNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Link.class, Image.class);
    }

    @Override
    public void render(Node node) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        context.render(child);
      }
    }
  }

  private MarkdownReader() {}

  static Extracted read(String markdown, String contentType) {
    Map<String, String> front = new HashMap<>();
    Matcher fm = FRONT_MATTER.matcher(markdown);
    String body = markdown;
    if (fm.find()) {
      Matcher f = FIELD.matcher(fm.group(1));
      while (f.find()) {
        front.put(f.group(1).toLowerCase(java.util.Locale.ROOT), unquote(f.group(2)));
      }
      body = markdown.substring(fm.end());
    }
    Node doc = PARSER.parse(body);
    String title = front.get("title");
    if (title == null) {
      for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof Heading) {
          title = RENDERER.render(n).strip();
          break;
        }
      }
    }
    LocalDate published = Dates.parseIso(front.getOrDefault("date", front.get("published")));
    String text = RENDERER.render(doc);
    return new Extracted(text, title, published, front.get("author"), front.get("canonical"),
        contentType);
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
