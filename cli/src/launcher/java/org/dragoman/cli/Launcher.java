package org.dragoman.cli;

import java.io.File;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The jar's entry point, compiled for Java 8 so that it starts on any Java: on Java 21 or newer it
 * runs {@code Main} in this JVM; on an older one (a machine whose default {@code java} is 17) it
 * looks for a JDK 21+ in {@code JAVA_HOME} and under {@code /usr/lib/jvm} and runs the jar again
 * with it, or says clearly that there is none.
 */
public final class Launcher {
  private static final int REQUIRED = 21;

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (feature(System.getProperty("java.specification.version")) >= REQUIRED) {
      Method main = Class.forName("org.dragoman.cli.Main").getMethod("main", String[].class);
      main.invoke(null, (Object) args);
      return;
    }
    String java = findJava();
    if (java == null) {
      System.err.println("dragoman: needs Java " + REQUIRED + " or newer; this is Java "
          + System.getProperty("java.version") + " and no JDK " + REQUIRED
          + "+ was found in JAVA_HOME or /usr/lib/jvm. Install one or set JAVA_HOME to it.");
      System.exit(1);
    }
    String jar = new File(Launcher.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).getPath();
    List<String> command = new ArrayList<String>();
    command.add(java);
    command.add("-jar");
    command.add(jar);
    for (String a : args) {
      command.add(a);
    }
    Process p = new ProcessBuilder(command).inheritIO().start();
    System.exit(p.waitFor());
  }

  /** "1.8" → 8, "17" → 17. */
  static int feature(String spec) {
    if (spec == null) {
      return 0;
    }
    String s = spec.startsWith("1.") ? spec.substring(2) : spec;
    int dot = s.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? s : s.substring(0, dot));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String findJava() {
    List<File> homes = new ArrayList<File>();
    String env = System.getenv("JAVA_HOME");
    if (env != null) {
      homes.add(new File(env));
    }
    File[] installed = new File("/usr/lib/jvm").listFiles();
    if (installed != null) {
      for (File f : installed) {
        homes.add(f);
      }
    }
    String best = null;
    int bestVersion = 0;
    for (File home : homes) {
      File java = new File(new File(home, "bin"), "java");
      int v = release(home);
      if (java.canExecute() && v >= REQUIRED && v > bestVersion) {
        best = java.getPath();
        bestVersion = v;
      }
    }
    return best;
  }

  /** The JAVA_VERSION of a JDK's release file ("25.0.3" → 25), or 0. */
  private static int release(File home) {
    File release = new File(home, "release");
    if (!release.isFile()) {
      return 0;
    }
    try {
      java.io.BufferedReader r = new java.io.BufferedReader(new java.io.FileReader(release));
      try {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.startsWith("JAVA_VERSION=")) {
            return feature(line.substring("JAVA_VERSION=".length()).replace("\"", ""));
          }
        }
      } finally {
        r.close();
      }
    } catch (java.io.IOException e) {
      return 0;
    }
    return 0;
  }
}
