package org.openseason.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.openseason.api.PythonClient;
import org.openseason.api.TestListings;
import org.openseason.api.program.StoredProgram;

/** Calendars as calendar apps read them: ical4j and Python's icalendar parse them back. */
class ProgramCalendarTest {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  private static final LocalDate OPENS = LocalDate.of(2027, 1, 20);

  private final List<StoredProgram> programs = List.of(
      TestListings.stored(TestListings.announced("announced-test", OPENS)),
      TestListings.stored(TestListings.expected("yearly-test", OPENS)));

  private String write() {
    return new ProgramCalendar("https://openseason.example", "openseason.example", NOW)
        .write("OpenSeason programs", programs, NOW.minusSeconds(86_400 * 365L), NOW);
  }

  private static List<VEvent> events(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    return calendar.getComponents("VEVENT");
  }

  private static String prop(VEvent event, String name) {
    return event.getProperty(name).map(p -> p.getValue()).orElse("");
  }

  @Test
  void anApplicationDeadlineIsAnEventAtItsInstantInUtcWithReminders() throws Exception {
    String ics = write();
    VEvent close = events(ics).stream().filter(e -> prop(e, "UID").equals(
        "announced-test/2027/applications-close@openseason.example")).findFirst().orElseThrow();

    assertThat(prop(close, "DTSTART")).isEqualTo("20270203T160000Z");
    assertThat(prop(close, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(close.getAlarms()).hasSize(2);
    assertThat(ics).contains("TRIGGER:-P7D", "TRIGGER:-P1D", "ACTION:DISPLAY", "REFRESH-INTERVAL;VALUE=DURATION:PT12H");
  }

  @Test
  void aStepKnownOnlyToTheDayIsAnAllDayEvent() throws Exception {
    VEvent open = events(write()).stream().filter(e -> prop(e, "UID").startsWith(
        "announced-test/2027/applications-open@")).findFirst().orElseThrow();

    assertThat(prop(open, "DTSTART")).isEqualTo("20270120");
    assertThat(open.getProperty("DTSTART").orElseThrow().toString()).contains("VALUE=DATE");
  }

  @Test
  void anExpectedRoundIsTentativeAndSaysSo() throws Exception {
    List<VEvent> expected = events(write()).stream().filter(e -> prop(e, "UID").startsWith("yearly-test/"))
        .filter(e -> prop(e, "UID").contains("/" + OPENS.getYear() + "/")).toList();

    assertThat(expected).isNotEmpty().allSatisfy(e -> {
      assertThat(prop(e, "STATUS")).isEqualTo("TENTATIVE");
      assertThat(prop(e, "SUMMARY")).endsWith("(expected)");
      assertThat(prop(e, "DESCRIPTION")).contains("Expected, not announced");
      assertThat(e.getAlarms()).isEmpty();
    });
  }

  @Test
  void uidsAreUniqueAndStableAcrossRenders() throws Exception {
    List<String> first = events(write()).stream().map(e -> prop(e, "UID")).toList();
    List<String> later = events(new ProgramCalendar("https://openseason.example", "openseason.example",
        NOW.plusSeconds(3600)).write("x", programs, NOW.minusSeconds(86_400 * 365L), NOW.plusSeconds(3600)))
        .stream().map(e -> prop(e, "UID")).toList();

    assertThat(first).doesNotHaveDuplicates().containsExactlyElementsOf(later);
  }

  @Test
  void aChangedListingRaisesTheSequenceOfItsEvents() {
    Instant before = Instant.parse("2026-11-01T10:00:00Z");

    assertThat(ProgramCalendar.sequence(before.plusSeconds(3_600))).isGreaterThan(ProgramCalendar.sequence(before));
    assertThat(ProgramCalendar.sequence(before)).isEqualTo(ProgramCalendar.sequence(before));
    assertThat(ProgramCalendar.sequence(Instant.parse("2020-01-01T00:00:00Z"))).isZero();
  }

  @Test
  void everyTimedInstantIsUtc() throws Exception {
    for (VEvent e : events(write())) {
      String start = prop(e, "DTSTART");
      assertThat(start.length() == 8 || start.endsWith("Z")).as(start).isTrue();
    }
  }

  @Test
  void textThatLooksLikeMarkupOrCalendarSyntaxStaysText() throws Exception {
    VEvent event = events(write()).get(0);

    assertThat(prop(event, "SUMMARY")).startsWith("Announced <Test> & \"Mentorship\"</script> 2027");
  }

  @Test
  void pythonsIcalendarReadsTheSameEvents() throws Exception {
    String ics = write();
    String out = PythonClient.run("icalendar", String.join("\n",
        "import sys, icalendar",
        "cal = icalendar.Calendar.from_ical(sys.stdin.read())",
        "for e in cal.walk('VEVENT'):",
        "    d = e.decoded('DTSTART')",
        "    print(str(e['UID']), e.get('STATUS'), getattr(d, 'tzinfo', None) is not None, d.isoformat())"), ics);

    assertThat(out.lines()).hasSize(events(ics).size())
        .contains("announced-test/2027/applications-close@openseason.example CONFIRMED True 2027-02-03T16:00:00+00:00");
    assertThat(out).contains("TENTATIVE");
  }
}
