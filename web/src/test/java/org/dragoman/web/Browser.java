package org.dragoman.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through its chromedriver, headless. The tests need both: a machine
 * without them fails with the command that installs them, never skips.
 */
public final class Browser {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** Where screenshots go: {@code target/screenshots}, or the folder named by {@code screenshots.dir}. */
  static final Path SHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

  private Browser() {}

  public static ChromeDriver start() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      fail("The browser tests need Debian's Chromium and its driver: "
          + "apt-get install -y chromium chromium-driver fonts-noto-core (bin/test does it as root)");
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-GB",
        "--hide-scrollbars", "--force-device-scale-factor=1");
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /**
   * Clicks {@code e} (a link or a form's button) and waits until the next page has replaced this
   * one: a click returns before the navigation it starts is over, which a busy machine shows.
   */
  public static void follow(ChromeDriver driver, org.openqa.selenium.WebElement e) {
    org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
    e.click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
  }

  /** Saves what the browser shows as {@code name}.png. */
  public static Path screenshot(ChromeDriver driver, String name) throws IOException {
    Files.createDirectories(SHOTS);
    Path file = SHOTS.resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }
}
