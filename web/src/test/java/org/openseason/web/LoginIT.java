package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Administrators sign in and out through the form, and make API tokens, over real HTTP. */
class LoginIT {

  private static final String HTML = "text/html";
  private static final String PASSWORD = "correct horse battery staple";
  private static TestApp app;

  @BeforeAll
  static void start() {
    // Loopback plays the load balancer, so each test can come from its own client address (X-Forwarded-For).
    app = new TestApp(Map.of("openseason.trusted-proxies", List.of("127.0.0.1", "0:0:0:0:0:0:0:1")));
    app.createAccount("ada", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void theFormCarriesACsrfTokenAndASignInWithoutOneIsRefused() throws Exception {
    TestApp.Browser browser = app.browser();
    HttpResponse<String> form = browser.get("/login", HTML);

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.headers().firstValue("cache-control")).contains("no-store");
    assertThat(form.body()).contains("name=\"csrf\"", "type=\"password\"", "action=\"/login\"");
    Map<String, String> fields = Map.of("name", "ada", "password", PASSWORD);
    assertThat(browser.post("/login", fields).statusCode()).as("no token").isEqualTo(403);
    assertThat(browser.post("/login", Map.of("name", "ada", "password", PASSWORD, "csrf", "forged")).statusCode())
        .as("a wrong token").isEqualTo(403);
    assertThat(app.browser().post("/login", Map.of("name", "ada", "password", PASSWORD,
        "csrf", TestApp.csrfOf(form.body()))).statusCode()).as("another browser's token").isEqualTo(403);
    assertThat(browser.cookies).doesNotContainKey("os_session");
  }

  @Test
  void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() throws Exception {
    TestApp.Browser browser = app.browser();
    HttpResponse<String> wrong = browser.submit("/login", "/login", Map.of("name", "ada", "password", "not it at all"),
        "X-Forwarded-For", "192.0.2.20");
    HttpResponse<String> unknown = browser.submit("/login", "/login",
        Map.of("name", "bob", "password", "not it at all"), "X-Forwarded-For", "192.0.2.21");

    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("Wrong name or password.");
    assertThat(unknown.body().replace("value=\"bob\"", "value=\"ada\"")).isEqualTo(wrong.body());
    assertThat(browser.cookies).doesNotContainKey("os_session");
  }

  @Test
  void repeatedFailuresLockTheNameOutWith429AndRetryAfterWhetherOrNotItExists() throws Exception {
    app.createAccount("grace", PASSWORD);
    TestApp.Browser browser = app.browser();
    for (String name : List.of("grace", "nobody-here")) {
      for (int i = 0; i < 5; i++) {
        assertThat(browser.submit("/login", "/login", Map.of("name", name, "password", "guess number " + i),
            "X-Forwarded-For", "198.51.100." + i).statusCode()).isEqualTo(401);
      }
      HttpResponse<String> locked = browser.submit("/login", "/login", Map.of("name", name, "password", PASSWORD),
          "X-Forwarded-For", "203.0.113.77");

      assertThat(locked.statusCode()).as(name).isEqualTo(429);
      assertThat(locked.headers().firstValue("retry-after").map(Long::parseLong)).hasValueSatisfying(
          seconds -> assertThat(seconds).isBetween(800L, 900L));
      assertThat(locked.body()).contains("Too many attempts to sign in: try again in 15 minutes.");
    }
    assertThat(browser.cookies).doesNotContainKey("os_session");
  }

  @Test
  void theSessionCookieIsHttpOnlyStrictAndSecureBehindAnHttpsProxy() throws Exception {
    HttpResponse<String> plain = app.browser().submit("/login", "/login", Map.of("name", "ada", "password", PASSWORD));
    HttpResponse<String> proxied = app.browser().submit("/login", "/login", Map.of("name", "ada", "password", PASSWORD),
        "X-Forwarded-Proto", "https");

    assertThat(plain.statusCode()).isEqualTo(303);
    assertThat(plain.headers().firstValue("location")).contains("/admin");
    String cookie = sessionCookie(plain);
    assertThat(cookie).containsIgnoringCase("HttpOnly").contains("SameSite=Strict", "Path=/")
        .doesNotContainIgnoringCase("Secure");
    assertThat(cookie).matches("os_session=[A-Za-z0-9_-]{43};.*");
    assertThat(sessionCookie(proxied)).containsIgnoringCase("HttpOnly").contains("SameSite=Strict", "Secure");
  }

  @Test
  void signingOutEndsTheSessionAndTheOldCookieNoLongerWorks() throws Exception {
    TestApp.Browser browser = app.login("ada", PASSWORD);
    String old = browser.cookies.get("os_session");
    HttpResponse<String> admin = browser.get("/admin", HTML);
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains("Signed in as <strong>ada</strong>", "action=\"/logout\"");

    assertThat(browser.post("/logout", Map.of()).statusCode()).as("no token").isEqualTo(403);
    assertThat(browser.get("/admin", HTML).statusCode()).as("still signed in").isEqualTo(200);
    HttpResponse<String> out = browser.post("/logout", Map.of("csrf", TestApp.csrfOf(admin.body())));

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(sessionCookie(out)).contains("Max-Age=0");
    assertThat(browser.cookies).doesNotContainKey("os_session");
    browser.cookies.put("os_session", old);
    assertThat(browser.get("/admin", HTML).statusCode()).as("the old cookie").isEqualTo(303);
  }

  @Test
  void aCsrfTokenFromBeforeSigningInIsWorthlessAfter() throws Exception {
    TestApp.Browser browser = app.browser();
    String before = TestApp.csrfOf(browser.get("/login", HTML).body());
    assertThat(browser.post("/login", Map.of("name", "ada", "password", PASSWORD, "csrf", before)).statusCode())
        .isEqualTo(303);

    assertThat(browser.post("/admin/tokens", Map.of("label", "x", "csrf", before)).statusCode()).isEqualTo(403);
    assertThat(browser.post("/logout", Map.of("csrf", before)).statusCode()).isEqualTo(403);
    assertThat(browser.get("/admin", HTML).statusCode()).isEqualTo(200);
  }

  @Test
  void withoutASessionPagesSendToTheFormAndEverythingElseIs401() throws Exception {
    HttpResponse<String> page = app.get("/admin/tokens?x=1", HTML);

    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("location")).contains("/login?next=%2Fadmin%2Ftokens%3Fx%3D1");
    assertThat(app.get("/admin", "application/json").statusCode()).isEqualTo(401);
    assertThat(app.browser().submit("/login", "/admin/tokens", Map.of("label", "x")).statusCode()).isEqualTo(401);
    String form = app.get("/login?next=%2Fadmin%2Ftokens%3Fx%3D1", HTML).body();
    assertThat(form).contains("name=\"next\" value=\"/admin/tokens?x=1\"");
  }

  @Test
  void afterSigningInOnlyAPathOfThisSiteIsFollowed() throws Exception {
    for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
      HttpResponse<String> signedIn = app.browser().submit("/login", "/login",
          Map.of("name", "ada", "password", PASSWORD, "next", next));
      assertThat(signedIn.headers().firstValue("location")).as(next).contains("/admin");
    }
    HttpResponse<String> signedIn = app.browser().submit("/login", "/login",
        Map.of("name", "ada", "password", PASSWORD, "next", "/admin/tokens"));
    assertThat(signedIn.headers().firstValue("location")).contains("/admin/tokens");
  }

  @Test
  void aTokenMadeOnThePageOpensTheAdminApiUntilItIsRevoked() throws Exception {
    TestApp.Browser browser = app.login("ada", PASSWORD);
    HttpResponse<String> made = browser.submit("/admin/tokens", "/admin/tokens", Map.of("label", "<b>ci</b> script"));
    assertThat(made.statusCode()).isEqualTo(200);
    Matcher shown = Pattern.compile("<code id=\"new-token\">(os_[A-Za-z0-9_-]{43})</code>").matcher(made.body());
    assertThat(shown.find()).isTrue();
    String token = shown.group(1);
    assertThat(made.body()).contains("&lt;b&gt;ci&lt;/b&gt; script").doesNotContain("<b>ci</b>");

    assertThat(bearer("/api/v1/admin/crawls", token).statusCode()).isEqualTo(200);
    String listed = browser.get("/admin/tokens", HTML).body();
    assertThat(listed).contains("&lt;b&gt;ci&lt;/b&gt; script").doesNotContain(token);
    assertThat(browser.get("/api/v1/admin/crawls", "application/json").statusCode()).as("a session cookie alone")
        .isEqualTo(401);

    Matcher revoke = Pattern.compile("action=\"(/admin/tokens/\\d+/revoke)\"").matcher(listed);
    assertThat(revoke.find()).isTrue();
    assertThat(browser.post(revoke.group(1), Map.of()).statusCode()).as("no token").isEqualTo(403);
    assertThat(browser.post(revoke.group(1), Map.of("csrf", TestApp.csrfOf(listed))).statusCode()).isEqualTo(303);
    assertThat(bearer("/api/v1/admin/crawls", token).statusCode()).as("revoked").isEqualTo(401);
    assertThat(browser.get("/admin/tokens", HTML).body()).contains("revoked 20");
  }

  @Test
  void withoutAnyAccountAdministrationIsOffAndSaysHowToMakeOne() throws Exception {
    try (TestApp empty = new TestApp()) {
      for (String path : List.of("/admin", "/login", "/api/v1/admin/crawls")) {
        HttpResponse<String> off = empty.get(path, HTML);
        assertThat(off.statusCode()).as(path).isEqualTo(404);
        assertThat(off.body()).as(path).contains("./openseason admin create --name NAME");
      }
      empty.createAccount("ada", PASSWORD);
      HttpResponse<String> untrusted = empty.browser().submit("/login", "/login",
          Map.of("name", "ada", "password", PASSWORD), "X-Forwarded-Proto", "https");
      assertThat(sessionCookie(untrusted)).as("X-Forwarded-Proto from no trusted proxy")
          .doesNotContainIgnoringCase("Secure");
    }
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("os_session=")).findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
  }

  private static HttpResponse<String> bearer(String path, String token) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.base() + path))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
