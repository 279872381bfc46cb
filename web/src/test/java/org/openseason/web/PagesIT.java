package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openseason.api.program.ProgramStore;
import org.openseason.domain.SourceKind;
import org.openseason.listing.ListingCodec;

/** The server-rendered pages over real HTTP: what works without JavaScript. */
class PagesIT {

  private static final String HTML = "text/html,application/xhtml+xml";
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = new TestApp();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void theAdminPageAsksToSignInAndShowsSourcesAndCrawls() throws Exception {
    HttpResponse<String> page = app.getAsAdmin("/admin", HTML);
    HttpResponse<String> closed = app.get("/admin", HTML);

    assertThat(closed.statusCode()).isEqualTo(303);
    assertThat(closed.headers().firstValue("location")).contains("/login?next=%2Fadmin");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Crawls</h1>", "No crawl has run yet.", "cncf-lfx-2026-term-3", "bundled",
        "never", "Signed in as <strong>" + TestApp.ADMIN + "</strong>");
  }

  @Test
  void theHomePageListsProgramsWithFacetLinksAndStatus() throws Exception {
    HttpResponse<String> page = app.get("/", HTML);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("<html lang=\"en\">", "name=\"viewport\"", "role=\"search\"",
        "href=\"/programs/", "data-facet=\"kind\"", "href=\"/?kind=mentorship\"", "class=\"status status-");
  }

  @Test
  void theHomePageLeadsWithWhatIsOpenAndWhatOpensNext() throws Exception {
    String body = app.get("/", HTML).body();

    int first = body.indexOf("class=\"status status-");
    String status = body.substring(first + "class=\"status status-".length()).split("\"", 2)[0];

    assertThat(status).isIn("open", "upcoming", "expected", "in-progress", "rolling");
    assertThat(body.indexOf("status-closed")).as("a closed program before the first open or expected one")
        .satisfiesAnyOf(i -> assertThat(i).isNegative(), i -> assertThat(i).isGreaterThan(first));
  }

  @Test
  void aFacetLinkFiltersAndIsMarkedSelected() throws Exception {
    HttpResponse<String> page = app.get("/?kind=mentorship", HTML);

    assertThat(page.body()).contains("aria-current=\"true\"", "href=\"/programs/scicloj-mentoring\"")
        .doesNotContain("href=\"/programs/outreachy\"");
  }

  @Test
  void escapesWhatThePersonTyped() throws Exception {
    String q = "<script>alert(1)</script>\"'";
    HttpResponse<String> page = app.get("/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), HTML);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void theProgramPageShowsTimelineEligibilityAndIdeas() throws Exception {
    HttpResponse<String> page = app.get("/programs/scicloj-mentoring", HTML);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Scicloj Open Source Mentoring</h1>", "Who can apply", "Needs at least 4 hours a week.",
        "Rolling: you can start at any time.", "Project ideas", "Timeline");
  }

  @Test
  void aProgramWithDatesShowsThemInUtc() throws Exception {
    HttpResponse<String> page = app.get("/programs/cncf-mentoring", HTML);

    assertThat(page.body()).contains("<table class=\"timeline\">", "UTC", "<time datetime=\"2026-");
  }

  @Test
  void aRoundNotAnnouncedYetIsShownAsExpectedWithWhatItIsDerivedFrom() throws Exception {
    LocalDate opens = LocalDate.now(ZoneOffset.UTC).plusDays(40);
    Map<String, Object> listing = new LinkedHashMap<>(Map.of("slug", "yearly-test", "name", "Yearly Test Mentorship",
        "organizer", "Example Foundation", "homepage", "https://example.org/yearly", "kind", "mentorship",
        "lifecycle", "active", "summary", "A mentorship that runs every year.", "interests", List.of("python"),
        "provenance", Map.of("source_url", "https://example.org/yearly", "verified", "2026-11-01")));
    listing.put("cycles", List.of(round(opens.minusYears(2)), round(opens.minusYears(1))));
    app.bean(ProgramStore.class).save(ListingCodec.decode(listing, SourceKind.CATALOG), SourceKind.CATALOG,
        Optional.empty(), "test");

    HttpResponse<String> page = app.get("/programs/yearly-test", HTML);
    HttpResponse<String> json = app.get("/api/v1/programs/yearly-test", "application/json");

    String year = String.valueOf(opens.getYear());
    assertThat(page.body()).contains("Applications expected to open around", "<span class=\"expected\">expected</span>",
        "around ", "from earlier rounds: ", "Dates from <a href=\"https://example.org/yearly/" + opens.minusYears(1).getYear());
    assertThat(json.body()).contains("\"expected\":true", "\"basis\":[\"" + opens.minusYears(2) + "\"",
        "\"label\":\"" + year + "\"");
  }

  private static Map<String, Object> round(LocalDate opens) {
    return Map.of("label", String.valueOf(opens.getYear()),
        "source", "https://example.org/yearly/" + opens.getYear(),
        "milestones", List.of(Map.of("kind", "applications", "start", opens.toString(),
            "end", opens.plusDays(14).toString())));
  }

  @Test
  void anUnknownProgramIsAnHtml404() throws Exception {
    HttpResponse<String> page = app.get("/programs/no-such-program", HTML);

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("<h1>404 Not Found</h1>", "Search all programs");
  }

  @Test
  void aBadSearchIsAnHtml400ThatSaysWhatIsWrong() throws Exception {
    HttpResponse<String> page = app.get("/?kind=bootcamp&page=-3", HTML);

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("This search cannot be run", "kind 'bootcamp' is not one of", "page must be between");
  }

  @Test
  void theEligibilityFormKeepsTheSearchAndShowsVerdicts() throws Exception {
    HttpResponse<String> page = app.get("/?q=rust&kind=summer-of-code&age=17&student=yes&country=IN&hours=15", HTML);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Can I apply?", "name=\"age\"", "value=\"17\"", "<option value=\"IN\" selected>",
        "type=\"hidden\" name=\"q\" value=\"rust\"", "type=\"hidden\" name=\"kind\" value=\"summer-of-code\"",
        "class=\"verdict verdict-");
  }

  @Test
  void highlightsTheMatchedWordsInACardWithoutLettingMarkupThrough() throws Exception {
    String body = app.get("/?q=clojure", HTML).body();

    assertThat(body).contains("<p class=\"snippet\">", "<mark>Clojure</mark>");
    assertThat(app.get("/?q=%3Cmark%3Eclojure", HTML).body()).doesNotContain("<mark><mark>", "&lt;mark&gt;clojure<");
  }

  @Test
  void saysWhatATypoWasCorrectedTo() throws Exception {
    assertThat(app.get("/?q=outreachey", HTML).body()).contains("Showing results for", "href=\"/?q=outreachy\"");
  }

  @Test
  void theStylesheetIsServedFromThisOrigin() throws Exception {
    HttpResponse<String> css = app.get("/static/style.css", "text/css");

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(app.get("/", HTML).body()).doesNotContain("https://fonts.", "cdn.");
  }
}
