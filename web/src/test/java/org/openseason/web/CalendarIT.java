package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openseason.api.program.ProgramStore;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;

/** Calendars over HTTP: any search, one program, conditional requests, errors, and the links on the pages. */
class CalendarIT {

  private static TestApp app;
  private static final LocalDate OPENS = LocalDate.now(ZoneOffset.UTC).plusDays(30);

  @BeforeAll
  static void start() {
    app = new TestApp();
    ProgramStore store = app.bean(ProgramStore.class);
    for (Program p : List.of(OwnListings.announced("announced-test", OPENS), OwnListings.expected("yearly-test", OPENS))) {
      store.save(p, SourceKind.CATALOG, Optional.empty(), "test");
    }
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static List<VEvent> events(String body) throws Exception {
    return new CalendarBuilder().build(new StringReader(body)).getComponents("VEVENT");
  }

  @Test
  void aSearchsCalendarHasEveryMilestoneOfItsProgramsInUtc() throws Exception {
    HttpResponse<String> response = app.get("/calendar/programs.ics?interest=python&kind=mentorship", "text/calendar");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
    assertThat(response.headers().firstValue("access-control-allow-origin")).contains("*");
    List<VEvent> events = events(response.body());
    List<String> uids = events.stream().map(e -> e.getProperty("UID").orElseThrow().getValue()).toList();
    assertThat(uids).doesNotHaveDuplicates()
        .contains("announced-test/" + OPENS.getYear() + "/applications-close@localhost");
    assertThat(response.body()).contains("STATUS:TENTATIVE", "(expected)", "STATUS:CONFIRMED", "BEGIN:VALARM");
  }

  @Test
  void aProgramsCalendarHasItsWholeHistory() throws Exception {
    HttpResponse<String> response = app.get("/calendar/programs/yearly-test.ics", "text/calendar");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(events(response.body())).hasSize(6);
    assertThat(response.body()).contains("X-WR-CALNAME:OpenSeason: Yearly Test Mentorship");
  }

  @Test
  void aConditionalRequestIsAnsweredNotModified() throws Exception {
    HttpResponse<String> first = app.get("/calendar/programs/announced-test.ics", "text/calendar");
    String etag = first.headers().firstValue("etag").orElseThrow();
    assertThat(first.headers().firstValue("cache-control")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));

    HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(app.base() + "/calendar/programs/announced-test.ics")).header("If-None-Match", etag).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void wrongParametersAndUnknownProgramsAreSpecificErrors() throws Exception {
    HttpResponse<String> bad = app.get("/calendar/programs.ics?kind=nonsense&colour=red", "text/calendar");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"name\":\"kind\"", "\"name\":\"colour\"");

    assertThat(app.get("/calendar/programs/no-such-program.ics", "text/calendar").statusCode()).isEqualTo(404);
    assertThat(app.get("/calendar/programs/Bad..slug.ics", "text/calendar").statusCode()).isEqualTo(404);
    assertThat(app.get("/calendar/programs/announced-test.txt", "text/calendar").statusCode()).isEqualTo(404);
  }

  @Test
  void pagesLinkToTheirCalendarAsWebcal() throws Exception {
    String program = app.get("/programs/announced-test", "text/html").body();
    String search = app.get("/?kind=mentorship&page=1", "text/html").body();

    assertThat(program).contains("href=\"webcal://localhost:", "/calendar/programs/announced-test.ics\"");
    assertThat(search).contains("/calendar/programs.ics?kind=mentorship\"").doesNotContain("programs.ics?kind=mentorship&amp;page");
  }
}
