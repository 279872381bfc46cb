package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openseason.api.program.ProgramStore;
import org.openseason.domain.SourceKind;

/** Feeds over HTTP: any search as Atom and RSS, a hand-picked list, conditional requests and errors. */
class FeedIT {

  private static TestApp app;

  @BeforeAll
  static void start() {
    app = new TestApp();
    LocalDate opened = LocalDate.now(ZoneOffset.UTC).minusDays(3);
    app.bean(ProgramStore.class).save(OwnListings.announced("announced-test", opened), SourceKind.CATALOG,
        Optional.empty(), "test");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static SyndFeed parse(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml));
  }

  @Test
  void anAtomFeedOfASearchHasItsProgramsNews() throws Exception {
    HttpResponse<String> response = app.get("/feeds/programs.atom?interest=python&kind=mentorship", "*/*");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    assertThat(response.headers().firstValue("access-control-allow-origin")).contains("*");
    SyndFeed feed = parse(response.body());
    assertThat(feed.getEntries().stream().map(SyndEntry::getUri))
        .contains("tag:localhost,2026:announced-test/" + LocalDate.now(ZoneOffset.UTC).minusDays(3).getYear() + "/announced",
            "tag:localhost,2026:announced-test/" + LocalDate.now(ZoneOffset.UTC).minusDays(3).getYear() + "/open");
    assertThat(feed.getEntries()).allSatisfy(e -> assertThat(e.getLink()).startsWith(app.base() + "/programs/"));
  }

  @Test
  void anRssFeedOfAHandPickedListHasOnlyThosePrograms() throws Exception {
    HttpResponse<String> response = app.get("/feeds/programs.rss?program=announced-test&program=outreachy", "*/*");

    assertThat(response.statusCode()).isEqualTo(200);
    SyndFeed feed = parse(response.body());
    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getEntries()).isNotEmpty().allSatisfy(e ->
        assertThat(e.getLink()).matches(".*/programs/(announced-test|outreachy)"));
  }

  @Test
  void aConditionalRequestIsAnsweredNotModified() throws Exception {
    String etag = app.get("/feeds/programs.atom?kind=mentorship", "*/*").headers().firstValue("etag").orElseThrow();

    HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(app.base() + "/feeds/programs.atom?kind=mentorship")).header("If-None-Match", etag).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(again.statusCode()).isEqualTo(304);
  }

  @Test
  void aWrongSearchIsA400ThatNamesTheParameter() throws Exception {
    HttpResponse<String> response = app.get("/feeds/programs.rss?status=whenever", "*/*");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(response.body()).contains("\"name\":\"status\"");
  }

  @Test
  void pagesAdvertiseTheirFeeds() throws Exception {
    String page = app.get("/?kind=mentorship", "text/html").body();

    assertThat(page).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/programs.atom?kind=mentorship\"",
        "type=\"application/rss+xml\" href=\"/feeds/programs.rss?kind=mentorship\"");
  }
}
