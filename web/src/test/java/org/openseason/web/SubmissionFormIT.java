package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openseason.api.submission.Submissions;

/** The form over plain HTTP, as a browser without JavaScript sends it: CSRF, size and rate limits, the honeypot. */
class SubmissionFormIT {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

  private static TestApp app;

  @BeforeAll
  static void start() {
    // Each browser sends from an address of its own (through a trusted proxy), so the rate limits of tests stay apart.
    app = new TestApp(Map.of("openseason.submissions.per-hour", 2, "openseason.crawl.scheduled", false,
        "openseason.trusted-proxies", List.of("127.0.0.1")));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** A browser: its own cookies, and the token of the form it loaded. */
  private record Browser(HttpClient client, String csrf, String address) {
    static Browser open() throws Exception {
      HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(app.base() + "/submit")).build(),
          HttpResponse.BodyHandlers.ofString());
      Matcher m = CSRF.matcher(form.body());
      assertThat(m.find()).isTrue();
      return new Browser(client, m.group(1), "203.0.113." + ADDRESSES.incrementAndGet());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
      String body = fields.entrySet().stream()
          .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
      return client.send(HttpRequest.newBuilder(URI.create(app.base() + path)).header("Accept", "text/html")
          .header("X-Forwarded-For", address).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Map<String, String> fields(String name, String csrf) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("csrf", csrf);
    f.put("name", name);
    f.put("organizer", "Form Collective");
    f.put("homepage", "https://" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example.org/");
    f.put("kind", "internship");
    f.put("summary", "Paid internships on open-source infrastructure.");
    f.put("interests", "python");
    f.put("cycles[0].label", "2027");
    f.put("cycles[0].milestones[0].kind", "application-deadline");
    f.put("cycles[0].milestones[0].start", "2027-04-01");
    f.put("moderator_contact", "form@example.org");
    f.put("action", "send");
    return f;
  }

  private long pendingNamed(String name) {
    Submissions submissions = app.bean(Submissions.class);
    return submissions.pending().stream().filter(s -> submissions.proposed(s.id()).name().equals(name)).count();
  }

  @Test
  void aFormWithoutItsTokenOrWithAWrongOneIs403AndStoresNothing() throws Exception {
    Browser browser = Browser.open();
    Map<String, String> missing = fields("Forged Internship", browser.csrf());
    missing.remove("csrf");
    Map<String, String> wrong = fields("Forged Internship", "x" + browser.csrf());

    for (Map<String, String> forged : List.of(missing, wrong)) {
      for (String path : List.of("/submit", "/submit/preview")) {
        HttpResponse<String> response = browser.post(path, forged);
        assertThat(response.statusCode()).as(path).isEqualTo(403);
        assertThat(response.body()).contains("security token");
      }
    }
    HttpResponse<String> otherBrowser = Browser.open().post("/submit", fields("Forged Internship", browser.csrf()));
    assertThat(otherBrowser.statusCode()).as("a token from another browser's cookie").isEqualTo(403);
    assertThat(pendingNamed("Forged Internship")).isZero();
  }

  @Test
  void onlyPagesWithAFormSetTheCsrfCookieSoCacheableAnswersCarryNone() throws Exception {
    for (String cacheable : java.util.List.of("/", "/?q=python", "/programs/outreachy", "/embed/programs?max=3",
        "/feeds/programs.atom")) {
      assertThat(app.get(cacheable, "*/*").headers().allValues("set-cookie")).as(cacheable).isEmpty();
    }
    assertThat(app.get("/submit", "text/html").headers().allValues("set-cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("os_csrf=").containsIgnoringCase("HttpOnly"));
  }

  @Test
  void aCandidatesDraftOpensTheFormWithItsNameAndHomepageAsText() throws Exception {
    HttpResponse<String> form = app.get("/submit?name=" + java.net.URLEncoder.encode("Dune <b>Summer</b>",
        java.nio.charset.StandardCharsets.UTF_8) + "&homepage=https%3A%2F%2Fdune.example.org%2F", "text/html");

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("value=\"Dune &lt;b>Summer&lt;/b>\"")
        .contains("value=\"https://dune.example.org/\"").doesNotContain("<b>Summer");
  }

  @Test
  void aFormOverTheSizeLimitIs413() throws Exception {
    Browser browser = Browser.open();
    Map<String, String> huge = fields("Huge Internship", browser.csrf());
    huge.put("description", "lorem ipsum ".repeat(25_000));

    HttpResponse<String> response = browser.post("/submit", huge);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(response.body()).contains("at most 256 KB");
    assertThat(pendingNamed("Huge Internship")).isZero();
  }

  @Test
  void missingFieldsAreShownNextToTheFieldsWithWhatWasTyped() throws Exception {
    Browser browser = Browser.open();
    Map<String, String> incomplete = fields("Incomplete Internship", browser.csrf());
    incomplete.remove("summary");
    incomplete.put("homepage", "http://localhost:8080/");
    incomplete.put("action", "preview");

    HttpResponse<String> response = browser.post("/submit/preview", incomplete);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("<span class=\"error\" data-field=\"summary\">is required</span>",
        "data-field=\"homepage\">points to an internal address", "value=\"Incomplete Internship\"");
  }

  @Test
  void aFilledHoneypotLooksAcceptedButKeepsNothing() throws Exception {
    Browser browser = Browser.open();
    Map<String, String> bot = fields("Bot Internship", browser.csrf());
    bot.put("website", "https://spam.example/");

    HttpResponse<String> response = browser.post("/submit", bot);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).contains("Thank you: your submission is in", "class=\"receipt-id\"");
    assertThat(pendingNamed("Bot Internship")).isZero();
  }

  @Test
  void aListedProgramIsOfferedAsAnEditAndTooManySendsAre429() throws Exception {
    Browser browser = Browser.open();
    Map<String, String> outreachy = fields("Outreachy", browser.csrf());
    outreachy.put("action", "preview");
    HttpResponse<String> duplicate = browser.post("/submit/preview", outreachy);
    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(duplicate.body()).contains("href=\"/submit?target=outreachy\"", "Propose an edit to this listing");
    HttpResponse<String> offered = browser.client().send(HttpRequest.newBuilder(
        URI.create(app.base() + "/submit?target=outreachy")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(offered.body()).contains("value=\"Outreachy\"", "name=\"target\" value=\"outreachy\"");

    // This app allows two sends an hour from one address.
    for (int i = 0; i < 2; i++) {
      assertThat(browser.post("/submit", fields("Limited Internship " + i, browser.csrf())).statusCode()).isEqualTo(201);
    }
    HttpResponse<String> third = browser.post("/submit", fields("Limited Internship 2", browser.csrf()));
    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow())).isPositive();
    assertThat(third.body()).contains("Too many submissions", "value=\"Limited Internship 2\"");
  }
}
