package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
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

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static TestApp app;
  private static Playwright playwright;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Chromium.requireOrSkip("browser tests");
    Files.createDirectories(SCREENSHOTS);
    app = new TestApp();
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
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

  /**
   * A career article on another origin embeds the script widget (Summer of Code programs) and the iframe widget
   * (mentorships), as the builder's snippets read: both show programs, the page logs no errors, and nothing on it
   * moves once they have loaded.
   */
  @Test
  @SuppressWarnings("unchecked")
  void aCareerArticleEmbedsTheScriptAndTheIframeWidgets() throws Exception {
    String article = String.join("\n",
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Develop your open source career</title>",
        "<style>body{font:18px Georgia,serif;max-width:720px;margin:2rem auto} h2{color:red} a{color:green}",
        " li{font-size:30px}</style>",
        "<script>window.shifts=0;new PerformanceObserver(function(l){l.getEntries().forEach(function(e){",
        " if(!e.hadRecentInput){window.shifts+=e.value;}});}).observe({type:'layout-shift',buffered:true});</script>",
        "</head><body><h1>Develop your open source career through mentorship</h1>",
        "<p>Summer of Code programs pay students and newcomers to work on open source for a summer.</p>",
        "<h2>Summer of Code programs</h2>",
        "<script src=\"" + app.base() + "/embed.js\" data-kind=\"summer-of-code\" data-layout=\"cards\""
            + " data-max=\"4\" data-title=\"Summer of Code programs\"></script>",
        "<p id=\"between\">Mentorships pair you with an experienced contributor.</p>",
        "<h2>Internships and mentorships</h2>",
        "<iframe id=\"frame\" src=\"" + app.base() + "/embed/programs?kind=mentorship&amp;max=5\""
            + " title=\"Mentorships\" width=\"600\" height=\"388\" style=\"border:0;max-width:100%\"></iframe>",
        "<p id=\"after\">Good luck with your application!</p></body></html>");
    com.sun.net.httpserver.HttpServer host =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    host.createContext("/", exchange -> {
      byte[] body = article.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    host.start();
    List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 1500))) {
      page.onConsoleMessage(m -> {
        if (m.type().equals("error")) {
          errors.add(m.text());
        }
      });
      page.onPageError(errors::add);
      page.navigate("http://127.0.0.1:" + host.getAddress().getPort() + "/");
      Object before = page.evaluate("() => [document.getElementById('between').getBoundingClientRect().top,"
          + " document.getElementById('after').getBoundingClientRect().top]");
      page.waitForFunction("() => { var h = document.querySelector('[data-openseason-done]');"
          + " return h && h.shadowRoot && h.shadowRoot.querySelectorAll('.os-item').length > 0; }");
      com.microsoft.playwright.Frame frame = page.locator("#frame").elementHandle().contentFrame();
      frame.waitForSelector(".os-item");
      page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
      Object after = page.evaluate("() => [document.getElementById('between').getBoundingClientRect().top,"
          + " document.getElementById('after').getBoundingClientRect().top]");

      Object scriptItems = page.evaluate("() => Array.from(document.querySelector('[data-openseason-done]')"
          + ".shadowRoot.querySelectorAll('.os-meta')).map(e => e.textContent)");
      assertThat((List<String>) scriptItems).isNotEmpty().allSatisfy(meta -> assertThat(meta).startsWith("Summer of Code"));
      Object nameColour = page.evaluate("() => getComputedStyle(document.querySelector('[data-openseason-done]')"
          + ".shadowRoot.querySelector('.os-name')).color");
      assertThat(nameColour).as("the host page's link colour does not reach the embed").isNotEqualTo("rgb(0, 128, 0)");
      assertThat(frame.locator(".os-meta").allTextContents()).isNotEmpty()
          .allSatisfy(meta -> assertThat(meta).startsWith("Mentorship"));
      assertThat(frame.locator(".os-attribution").textContent()).isEqualTo("listings by OpenSeason");
      assertThat(after).as("nothing moves after load").isEqualTo(before);
      assertThat(((Number) page.evaluate("() => window.shifts")).doubleValue()).isZero();
      assertThat(errors).isEmpty();
      page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("embed-article.png")));
      page.locator("#frame").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
          .setPath(SCREENSHOTS.resolve("embed-iframe.png")));
    } finally {
      host.stop(0);
    }
  }
}
