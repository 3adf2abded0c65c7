package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.Archive;
import org.dragoman.publish.PublishReport;
import org.dragoman.publish.PublishSettings;
import org.dragoman.publish.Publisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dragoman publish}: the archive as a static multilingual site with feeds. */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {"Publish the archive as a static multilingual site anyone can serve from a "
        + "folder (docs/PUBLISHING.md).",
        "Per language: article pages with a language switcher, reciprocal hreflang and JSON-LD; "
            + "a paged index, an Atom feed, a month archive, entity pages; a bilingual page per "
            + "translation pair; sitemaps and robots.txt. Only files whose bytes change are "
            + "written, and the command says which."})
final class PublishCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Option(names = "--out", paramLabel = "SITE", required = true,
      description = "The site's folder (created if missing; only files Dragoman wrote there are "
          + "ever replaced or removed).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = PublishSettings.LOCAL,
      description = "Where the site will be served (default: ${DEFAULT-VALUE}): canonical "
          + "links, hreflang, feeds and sitemaps are absolute URLs under it.")
  String baseUrl;

  @Option(names = "--languages", paramLabel = "LANG[,LANG...]", split = ",",
      description = "Publish only these languages (default: every language of the archive).")
  List<String> languages = new ArrayList<>();

  @Option(names = "--default-language", paramLabel = "LANG",
      description = "The language of x-default and the site's root (default: English when "
          + "published, else the most common language).")
  String defaultLanguage;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "The site's name on every page (default: a name in each page's language).")
  String title;

  @Option(names = "--page-size", paramLabel = "N", defaultValue = "20",
      description = "Articles on one page of a language's index (default: ${DEFAULT-VALUE}).")
  int pageSize;

  @Override
  public Integer call() throws Exception {
    PublishSettings settings = new PublishSettings(out, baseUrl, languages, defaultLanguage,
        title, pageSize);
    PublishReport r;
    try (Archive archive = common.openReadOnly()) {
      r = Publisher.publish(archive, settings);
    }
    PrintWriter o = spec.commandLine().getOut();
    if (common.json) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("out", r.out().toString());
      j.put("languages", r.languages());
      j.put("articles", r.articles());
      j.put("files", r.files());
      j.put("written", r.written());
      j.put("removed", r.removed());
      j.put("unchanged", r.unchanged());
      j.put("skipped", r.skipped());
      Json.print(o, j);
      return 0;
    }
    o.printf("Published %d articles in %d languages (%s) to %s: %d files, %d written, "
        + "%d unchanged, %d removed%n", r.articles(), r.languages().size(),
        String.join(", ", r.languages()), Terminal.safe(r.out().toString()), r.files(),
        r.written().size(), r.unchanged(), r.removed().size());
    for (String f : r.written()) {
      o.println("  wrote    " + Terminal.safe(f));
    }
    for (String f : r.removed()) {
      o.println("  removed  " + Terminal.safe(f));
    }
    for (String s : r.skipped()) {
      o.println("  skipped  " + Terminal.safe(s));
    }
    if (r.articles() == 0) {
      spec.commandLine().getErr().println("dragoman: warning: " + common.archive
          + " has no articles" + (languages.isEmpty() ? "" : " in " + String.join(", ", languages))
          + " to publish");
    }
    return 0;
  }
}
