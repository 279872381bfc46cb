package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openseason.api.program.ProgramStore;
import org.openseason.domain.SourceKind;

/** Embeds over HTTP: framing, CORS, caching, escaping, oEmbed, the builder and badges. */
class EmbedIT {

  private static TestApp app;

  @BeforeAll
  static void start() {
    app = new TestApp();
    app.bean(ProgramStore.class).save(OwnListings.announced("announced-test", LocalDate.now(ZoneOffset.UTC).minusDays(2)),
        SourceKind.CATALOG, Optional.empty(), "test");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void theIframeEmbedMayBeFramedByAnySiteAndOtherPagesMayNot() throws Exception {
    HttpResponse<String> embed = app.get("/embed/programs?kind=mentorship&layout=cards&max=3", "text/html");
    HttpResponse<String> page = app.get("/?kind=mentorship", "text/html");

    assertThat(embed.statusCode()).isEqualTo(200);
    assertThat(embed.headers().firstValue("content-security-policy")).hasValueSatisfying(v ->
        assertThat(v).contains("frame-ancestors *").doesNotContain("unsafe-inline"));
    assertThat(embed.headers().firstValue("x-frame-options")).isEmpty();
    assertThat(embed.headers().firstValue("access-control-allow-origin")).contains("*");
    assertThat(page.headers().firstValue("x-frame-options")).contains("DENY");
    assertThat(page.headers().firstValue("content-security-policy")).hasValueSatisfying(v ->
        assertThat(v).contains("frame-ancestors 'none'"));
    assertThat(page.headers().firstValue("access-control-allow-origin")).isEmpty();
    assertThat(app.get("/embed", "text/html").headers().firstValue("x-frame-options")).contains("DENY");
  }

  @Test
  void theEmbedShowsStatusSentencesLinksAndTheAttribution() throws Exception {
    String body = app.get("/embed/programs?program=announced-test&program=outreachy&title="
        + encode("Mentorships <open> now"), "text/html").body();

    assertThat(body).contains("class=\"os-embed theme-auto layout-list\"", "data-height=\"",
        "Mentorships &lt;open&gt; now", "href=\"" + app.base() + "/programs/announced-test\" target=\"_blank\" rel=\"noopener\"",
        "Applications close in", "listings by OpenSeason", "/static/embed-frame.js")
        .contains("Announced &lt;Test&gt; &amp; \"Mentorship\"&lt;/script&gt;").doesNotContain("</script>\"");
  }

  @Test
  void theFragmentForTheScriptIsTheSameListingOpenToEveryOrigin() throws Exception {
    HttpResponse<String> fragment = app.get("/embed/programs.html?kind=summer-of-code&layout=compact", "*/*");

    assertThat(fragment.statusCode()).isEqualTo(200);
    assertThat(fragment.headers().firstValue("access-control-allow-origin")).contains("*");
    assertThat(fragment.body()).startsWith("<section class=\"os-embed").doesNotContain("<html");
    assertThat(app.get("/embed.js", "*/*").headers().firstValue("access-control-allow-origin")).contains("*");
  }

  @Test
  void aConditionalRequestIsAnsweredNotModified() throws Exception {
    String url = app.base() + "/embed/programs?kind=mentorship";
    String etag = app.get("/embed/programs?kind=mentorship", "text/html").headers().firstValue("etag").orElseThrow();

    HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.headers().firstValue("cache-control")).hasValueSatisfying(v -> assertThat(v).contains("max-age"));
  }

  @Test
  void wrongEmbedParametersAreA400ThatNamesThem() throws Exception {
    HttpResponse<String> bad = app.get("/embed/programs.html?layout=grid&max=99&kind=nope", "*/*");

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"name\":\"layout\"", "\"name\":\"max\"");
  }

  @Test
  @SuppressWarnings("unchecked")
  void oEmbedTurnsASearchPageLinkIntoTheIframeEmbed() throws Exception {
    String page = app.base() + "/?kind=mentorship&status=open";
    HttpResponse<String> response = app.get("/oembed?format=json&url=" + encode(page), "application/json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("access-control-allow-origin")).contains("*");
    Map<String, Object> oembed = app.bean(JsonMapper.class).readValue(response.body(), Map.class);
    assertThat(oembed).containsEntry("version", "1.0").containsEntry("type", "rich")
        .containsEntry("provider_name", "OpenSeason").containsKeys("width", "height", "title");
    assertThat((String) oembed.get("html")).startsWith("<iframe src=\"" + app.base()
        + "/embed/programs?kind=mentorship&amp;status=open\"").doesNotContain("<script");
  }

  @Test
  void oEmbedOfAProgramPageIsItsCardAndOtherUrlsAreRefused() throws Exception {
    HttpResponse<String> program = app.get("/oembed?url=" + encode(app.base() + "/programs/announced-test"), "*/*");
    assertThat(program.statusCode()).isEqualTo(200);
    assertThat(program.body()).contains("program=announced-test", "layout=cards");

    assertThat(app.get("/oembed?url=" + encode("https://evil.example/?kind=mentorship"), "*/*").statusCode()).isEqualTo(404);
    assertThat(app.get("/oembed?url=" + encode(app.base() + "/admin"), "*/*").statusCode()).isEqualTo(404);
    assertThat(app.get("/oembed?url=" + encode(app.base() + "/") + "&format=xml", "*/*").statusCode()).isEqualTo(501);
    assertThat(app.get("/oembed", "*/*").statusCode()).isEqualTo(400);
    assertThat(app.get("/oembed?url=" + encode(app.base() + "/?kind=%zz"), "*/*").statusCode()).isEqualTo(400);
  }

  @Test
  void pagesAdvertiseTheirOEmbed() throws Exception {
    String page = app.get("/?kind=mentorship", "text/html").body();

    assertThat(page).contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + app.base()
        + "/oembed?format=json&amp;url=");
  }

  @Test
  void theBuilderPreviewsAndGivesASnippetForEachKindOfSite() throws Exception {
    HttpResponse<String> builder = app.get("/embed?kind=summer-of-code&status=open&layout=cards&max=4"
        + "&title=" + encode("Summer of Code programs open now") + "&theme=dark", "text/html");

    assertThat(builder.statusCode()).isEqualTo(200);
    assertThat(builder.body()).contains("<iframe class=\"embed-preview\" src=\"" + app.base()
            + "/embed/programs?kind=summer-of-code&amp;status=open&amp;layout=cards&amp;theme=dark&amp;max=4&amp;title=",
        "data-layout=\"cards\"", "/embed.js", "WordPress", "Medium", "Ghost");
    assertThat(app.get("/embed?layout=nope", "text/html").statusCode()).isEqualTo(400);
  }

  @Test
  void aBadgeShowsAProgramsStatusAsEscapedSvg() throws Exception {
    HttpResponse<String> badge = app.get("/badge/announced-test.svg", "image/svg+xml");

    assertThat(badge.statusCode()).isEqualTo(200);
    assertThat(badge.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
    assertThat(badge.headers().firstValue("etag")).isPresent();
    assertThat(badge.body()).startsWith("<svg").contains("Applications close in", "&lt;Test&gt;").doesNotContain("<Test>");
    assertThat(app.get("/badge/no-such-program.svg", "*/*").statusCode()).isEqualTo(404);
  }
}
