package org.dragoman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LauncherTest {
  @Test
  void feature_readsOldAndNewVersionStrings() {
    assertEquals(8, Launcher.feature("1.8"));
    assertEquals(17, Launcher.feature("17"));
    assertEquals(25, Launcher.feature("25.0.3"));
    assertEquals(0, Launcher.feature("unknown"));
  }
}
