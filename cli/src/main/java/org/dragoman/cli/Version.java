package org.dragoman.cli;

import org.dragoman.BuildInfo;
import picocli.CommandLine;

/** The version line: the release and the commit the build was made from. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"dragoman " + BuildInfo.describe(),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vm.vendor", "") + ")"};
  }
}
