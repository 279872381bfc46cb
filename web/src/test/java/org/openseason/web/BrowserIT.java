package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person in real Chromium: searches, applies a facet, opens a program, on a desktop and a phone screen.
 * Screenshots land in {@code web/target/screenshots}.
 *
 * <p>Needs Debian's Chromium ({@code OPENSEASON_CHROMIUM}, default {@code /usr/bin/chromium}); without it the test
 * is skipped with a message, unless {@code OPENSEASON_REQUIRE_CHROMIUM=true} (as {@code .ci/run} sets).
 */
class BrowserIT {

  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("OPENSEASON_CHROMIUM", "/usr/bin/chromium"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static TestApp app;
  private static Playwright playwright;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      String message = "Chromium not found at " + CHROMIUM;
      if ("true".equalsIgnoreCase(System.getenv("OPENSEASON_REQUIRE_CHROMIUM"))) {
        throw new AssertionError(message + " but OPENSEASON_REQUIRE_CHROMIUM=true");
      }
      System.err.println("SKIPPED browser tests: " + message);
      Assumptions.abort(message + ": browser tests skipped");
    }
    Files.createDirectories(SCREENSHOTS);
    app = new TestApp();
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright.chromium().launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  void searchesAppliesAFacetAndOpensAProgram() {
    try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900))) {
      page.navigate(app.base() + "/");
      page.fill("#q", "mentorship");
      page.press("#q", "Enter");
      page.waitForURL("**/?q=mentorship");
      assertThat(page.locator("h1").textContent()).contains("programs for “mentorship”");

      Locator kindMentorship = page.locator("a[data-facet=kind]", new Page.LocatorOptions().setHasText("Mentorship"));
      kindMentorship.first().click();
      page.waitForURL("**kind=mentorship**");
      assertThat(page.locator("a[data-facet=kind][aria-current=true]").textContent()).contains("Mentorship");
      List<String> kinds = page.locator(".card .meta").allTextContents();
      assertThat(kinds).isNotEmpty().allSatisfy(meta -> assertThat(meta).startsWith("Mentorship"));
      page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search.png")).setFullPage(true));

      page.locator(".card h2 a").first().click();
      page.waitForURL("**/programs/**");
      assertThat(page.locator("h2#eligibility").textContent()).isEqualTo("Who can apply");
      assertThat(page.locator("h2#timeline").isVisible()).isTrue();
      page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("program.png")).setFullPage(true));
    }
  }

  @Test
  void fitsAPhoneScreenWithoutSidewaysScrolling() {
    try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844))) {
      page.navigate(app.base() + "/programs/scicloj-mentoring");
      Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

      assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
      page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("program-phone.png")).setFullPage(true));
    }
  }
}
