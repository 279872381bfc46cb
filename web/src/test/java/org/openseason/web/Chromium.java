package org.openseason.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven offline by Playwright, for browser tests: {@code OPENSEASON_CHROMIUM}, default
 * {@code /usr/bin/chromium}. Without it a test is skipped with a message, unless
 * {@code OPENSEASON_REQUIRE_CHROMIUM=true} (as {@code .ci/run} sets), which makes the skip a failure.
 */
final class Chromium {

  static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("OPENSEASON_CHROMIUM", "/usr/bin/chromium"));

  private Chromium() {}

  /** Skips the calling test (or fails it, where Chromium is required) when Chromium is missing. */
  static void requireOrSkip(String tests) {
    if (!Files.isExecutable(EXECUTABLE)) {
      String message = "Chromium not found at " + EXECUTABLE;
      if ("true".equalsIgnoreCase(System.getenv("OPENSEASON_REQUIRE_CHROMIUM"))) {
        throw new AssertionError(message + " but OPENSEASON_REQUIRE_CHROMIUM=true");
      }
      System.err.println("SKIPPED " + tests + ": " + message);
      Assumptions.abort(message + ": " + tests + " skipped");
    }
  }

  /** Playwright that never downloads a browser of its own. */
  static Playwright playwright() {
    return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  /** Headless Chromium with nothing that would reach the network by itself. */
  static Browser launch(Playwright playwright) {
    return playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(EXECUTABLE)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
  }
}
