package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An administrator in real Chromium: asks for /admin, is sent to the sign-in form, signs in, lands on /admin as
 * themself, signs out and is asked to sign in again. Skipped with a message without Chromium
 * ({@link Chromium}).
 */
class LoginBrowserIT {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @Test
  void anAdministratorSignsInAndOutThroughTheForm() throws Exception {
    Chromium.requireOrSkip("browser sign-in test");
    Files.createDirectories(SCREENSHOTS);
    try (TestApp app = new TestApp(); Playwright playwright = Chromium.playwright();
        Browser chromium = Chromium.launch(playwright);
        BrowserContext context = chromium.newContext();
        Page page = context.newPage()) {
      app.createAccount("ada", "correct horse battery staple");

      page.navigate(app.base() + "/admin");
      page.waitForURL("**/login?next=%2Fadmin");
      page.fill("#name", "ada");
      page.fill("#password", "not the password");
      page.click("form.account-form button[type=submit]");
      assertThat(page.locator("p.error").textContent()).isEqualTo("Wrong name or password.");
      assertThat(page.inputValue("#password")).as("the password is never sent back").isEmpty();

      page.fill("#password", "correct horse battery staple");
      page.click("form.account-form button[type=submit]");
      page.waitForURL("**/admin");
      assertThat(page.locator("form.account-bar").textContent()).contains("Signed in as ada");
      assertThat(page.locator("h1").first().textContent()).isEqualTo("Crawls");
      Cookie session = context.cookies().stream().filter(c -> c.name.equals("os_session")).findFirst().orElseThrow();
      assertThat(session.httpOnly).isTrue();
      assertThat(session.sameSite).isEqualTo(SameSiteAttribute.STRICT);
      assertThat(page.evaluate("document.cookie").toString()).doesNotContain("os_session");
      page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-signed-in.png")));

      page.click("form.account-bar button[type=submit]");
      page.waitForURL("**/login");
      assertThat(context.cookies().stream().map(c -> c.name)).doesNotContain("os_session");
      page.navigate(app.base() + "/admin");
      page.waitForURL("**/login?next=%2Fadmin");
      assertThat(page.locator("h1").textContent()).isEqualTo("Sign in");
    }
  }
}
