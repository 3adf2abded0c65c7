package org.dragoman.publish;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dateline in the Hijri calendar: the page shows the Gregorian day and the source's. */
class DatesOnThePageTest {
  @TempDir Path dir;

  @Test
  void aHijriDatelineShowsBesideTheGregorianDay() throws Exception {
    Path file = dir.resolve("jeddah-dockers.ar.txt");
    Files.writeString(file, """
        عمال الموانئ يضربون في جدة

        جدة، 1 رمضان 1446 هـ — أضرب مئات من عمال الميناء في جدة يوم السبت مطالبين بزيادة الأجور.
        وقالت النقابة إن الإضراب سيستمر حتى تستجيب الإدارة لمطالب العمال.
        """);
    Path english = dir.resolve("leeds.en.txt");
    Files.writeString(english, """
        Tram drivers in Leeds vote to strike

        LEEDS, 12 May 2025 — Tram drivers voted to strike over rosters and pay.
        """);
    Path site = dir.resolve("site");
    try (Archive a = Archive.open(dir.resolve("archive"))) {
      a.ingest(List.of(file, english));
      Publisher.publish(a, PublishSettings.of(site, "https://example.org/"));
    }
    String ar = Files.readString(site.resolve("ar/عمال-الموانئ-يضربون-في-جدة/index.html"));
    assertTrue(ar.contains("<time datetime=\"2025-03-01\">1 مارس 2025</time>"), ar);
    assertTrue(ar.contains("<span class=\"cal\">(1 رمضان 1446 هـ)</span>"), ar);
    assertTrue(ar.contains("\"datePublished\":\"2025-03-01\""), ar);
    String en = Files.readString(
        site.resolve("en/tram-drivers-in-leeds-vote-to-strike/index.html"));
    assertTrue(en.contains("<time datetime=\"2025-05-12\">May 12, 2025</time>"), en);
    assertTrue(!en.contains("class=\"cal\""), "a Gregorian dateline shows no other calendar");
    String months = Files.readString(site.resolve("ar/archive/index.html"));
    assertTrue(months.contains("مارس 2025"), months);
  }
}
