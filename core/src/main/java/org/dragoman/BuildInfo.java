package org.dragoman;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this Dragoman and the commit it was built from, as the build recorded them.
 *
 * <pre>{@code
 * BuildInfo.version();     // "0.1.0-SNAPSHOT"
 * BuildInfo.describe();    // "0.1.0-SNAPSHOT (commit f82c8a2, 2026-12-01T11:55:02Z)"
 * }</pre>
 */
public final class BuildInfo {
  private static final Properties BUILD = load();

  private BuildInfo() {}

  /** The release, such as "0.1.0", or "unknown" for classes not built by the project's build. */
  public static String version() {
    return BUILD.getProperty("git.build.version", "unknown");
  }

  /** The abbreviated commit id, or "unknown" for a build outside a git checkout. */
  public static String commit() {
    return BUILD.getProperty("git.commit.id.abbrev", "unknown");
  }

  /** The version, the commit and its time, and whether the build had uncommitted changes. */
  public static String describe() {
    String time = BUILD.getProperty("git.commit.time", "");
    boolean dirty = Boolean.parseBoolean(BUILD.getProperty("git.dirty", "false"));
    return version() + " (commit " + commit() + (time.isEmpty() ? "" : ", " + time)
        + (dirty ? ", with uncommitted changes" : "") + ")";
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no build record: "unknown"
    }
    return p;
  }
}
