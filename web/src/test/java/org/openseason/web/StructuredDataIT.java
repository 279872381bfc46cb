package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openseason.api.PythonClient;
import org.openseason.api.program.ProgramStore;
import org.openseason.domain.SourceKind;

/** What search engines and link previews read: JSON-LD, canonical, OpenGraph, the sitemap. */
class StructuredDataIT {

  private static TestApp app;
  private static final LocalDate OPENS = LocalDate.now(ZoneOffset.UTC).plusDays(20);
  private static final Pattern LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

  @BeforeAll
  static void start() {
    app = new TestApp();
    ProgramStore store = app.bean(ProgramStore.class);
    store.save(OwnListings.announced("announced-test", OPENS), SourceKind.CATALOG, Optional.empty(), "test");
    store.save(OwnListings.expected("yearly-test", OPENS), SourceKind.CATALOG, Optional.empty(), "test");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> jsonLd(String page) throws Exception {
    Matcher m = LD.matcher(page);
    assertThat(m.find()).as("a JSON-LD script").isTrue();
    return app.bean(JsonMapper.class).readValue(m.group(1), Map.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aProgramPageCarriesAnEducationalOccupationalProgram() throws Exception {
    Map<String, Object> ld = jsonLd(app.get("/programs/announced-test", "text/html").body());

    assertThat(ld).containsEntry("@context", "https://schema.org")
        .containsEntry("@type", "EducationalOccupationalProgram")
        .containsEntry("name", OwnListings.HOSTILE_NAME)
        .containsEntry("applicationStartDate", OPENS.toString())
        .containsEntry("applicationDeadline", OPENS.plusDays(14).toString())
        .containsEntry("startDate", OPENS.plusDays(40).toString())
        .containsEntry("url", app.base() + "/programs/announced-test");
    assertThat((Map<String, Object>) ld.get("provider")).containsEntry("@type", "Organization");
    assertThat((Map<String, Object>) ld.get("offers")).containsEntry("@type", "Offer");
  }

  @Test
  void listingTextCannotBreakOutOfTheScript() throws Exception {
    String page = app.get("/programs/announced-test", "text/html").body();
    Matcher m = LD.matcher(page);
    assertThat(m.find()).isTrue();

    assertThat(m.group(1)).contains("\\u003c/script\\u003e").doesNotContain("<");
  }

  @Test
  void expectedDatesAreNotGivenToSearchEngines() throws Exception {
    Map<String, Object> ld = jsonLd(app.get("/programs/yearly-test", "text/html").body());

    assertThat(ld).containsEntry("@type", "EducationalOccupationalProgram")
        .doesNotContainKeys("applicationStartDate", "applicationDeadline");
  }

  @Test
  void pagesHaveACanonicalAddressAndAnOpenGraphCard() throws Exception {
    String page = app.get("/programs/announced-test", "text/html").body();

    assertThat(page).contains("<link rel=\"canonical\" href=\"" + app.base() + "/programs/announced-test\">",
        "<meta property=\"og:title\" content=\"Announced &lt;Test> &amp; &#34;Mentorship&#34;&lt;/script>\">",
        "type=\"application/json+oembed\"");
  }

  @Test
  void theSitemapListsEveryProgramPage() throws Exception {
    String sitemap = app.get("/sitemap.xml", "*/*").body();

    assertThat(sitemap).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
        "<loc>" + app.base() + "/programs/announced-test</loc>", "<loc>" + app.base() + "/programs/outreachy</loc>");
    assertThat(app.get("/robots.txt", "*/*").body()).contains("Sitemap: " + app.base() + "/sitemap.xml");
  }

  @Test
  void pythonsExtructFindsTheJsonLdAndTheOpenGraphCard() throws Exception {
    String page = app.get("/programs/announced-test", "text/html").body();
    String out = PythonClient.run("extruct", String.join("\n",
        "import sys, extruct",
        "data = extruct.extract(sys.stdin.read(), base_url='" + app.base() + "', syntaxes=['json-ld', 'opengraph'])",
        "print([d['@type'] for d in data['json-ld']])",
        "print([d.get('@type') for d in data['json-ld'] for d in [d.get('provider', {})]])",
        "print(len(data['opengraph']))"), page);

    assertThat(out).contains("['EducationalOccupationalProgram']", "['Organization']");
    assertThat(out.lines().toList().get(2)).isEqualTo("1");
  }
}
