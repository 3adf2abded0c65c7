package org.dragoman.cli;

import picocli.CommandLine;

/** The version line, from the jar's manifest when there is one. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {"dragoman " + (v == null ? "development build" : v)};
  }
}
