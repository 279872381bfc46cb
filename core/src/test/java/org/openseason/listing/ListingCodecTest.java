package org.openseason.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openseason.domain.TestPrograms.cycle;
import static org.openseason.domain.TestPrograms.listing;
import static org.openseason.domain.TestPrograms.milestone;
import static org.openseason.domain.TestPrograms.program;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openseason.domain.CompensationKind;
import org.openseason.domain.Milestone;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.openseason.domain.StudentRequirement;

class ListingCodecTest {

  @Test
  void decodesAFullListingAndEncodesItBackUnchanged() {
    Map<String, Object> l = listing("full");
    l.put("aliases", List.of("FP"));
    l.put("runs_on", List.of("platform"));
    l.put("code_of_conduct", "https://example.org/coc");
    l.put("participation", Map.of("mode", "hybrid", "location", "Ghent", "schedule", "Weekly calls",
        "mentors", 12, "mentors_link", "https://example.org/mentors"));
    Map<String, Object> eligibility = new LinkedHashMap<>();
    eligibility.put("minimum_age", 18);
    eligibility.put("student", "student-or-beginner");
    eligibility.put("countries_excluded", List.of("CU", "IR"));
    eligibility.put("audiences", List.of("underrepresented-in-tech"));
    eligibility.put("audience_rule", "required");
    eligibility.put("hours_per_week", Map.of("min", 30));
    eligibility.put("excludes_past_participants_of", List.of("full"));
    l.put("eligibility", eligibility);
    l.put("compensation", Map.of("kind", "stipend", "currency", "USD", "min", 750, "max", 6600, "basis", "by-project-size"));
    Map<String, Object> idea = new LinkedHashMap<>(Map.of("title", "Faster parser", "skills", List.of("Rust")));
    Map<String, Object> c = cycle("2026", List.of(milestone("applications", "2026-03-16T18:00:00Z", "2026-03-31T18:00:00Z")));
    c.put("ideas", List.of(idea));
    c.put("source", "https://example.org/2026/timeline");
    l.put("cycles", List.of(c));

    Program p = program(l);

    assertThat(p.participation().mentors()).contains(12);
    assertThat(p.cycles().get(0).source()).hasValueSatisfying(u -> assertThat(u).hasPath("/2026/timeline"));
    assertThat(p.eligibility().minimumAge()).contains(18);
    assertThat(p.eligibility().student()).isEqualTo(StudentRequirement.STUDENT_OR_BEGINNER);
    assertThat(p.compensation().kind()).isEqualTo(CompensationKind.STIPEND);
    assertThat(p.compensation().amount().orElseThrow().max()).isEqualTo(6600);
    assertThat(p.ideas()).extracting(i -> i.title()).containsExactly("Faster parser");
    assertThat(ListingCodec.decode(ListingCodec.encode(p), SourceKind.CATALOG)).isEqualTo(p);
  }

  @Test
  void keepsThePublishedTimeAndZoneOfADeadline() {
    Map<String, Object> l = listing("zoned");
    Map<String, Object> deadline = milestone("application-deadline", "2026-02-13T08:00:00-08:00", null);
    deadline.put("zone", "America/Los_Angeles");
    l.put("cycles", List.of(cycle("2026", List.of(deadline))));

    Milestone m = program(l).cycles().get(0).milestones().get(0);

    assertThat(m.deadline()).contains(Instant.parse("2026-02-13T16:00:00Z"));
    assertThat(m.start().at().getZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    assertThat(m.start().dateOnly()).isFalse();
  }

  @Test
  void readsADayAloneAsTheEndOfThatDayWhenItEndsSomething() {
    Map<String, Object> l = listing("days");
    l.put("cycles", List.of(cycle("2026", List.of(
        milestone("applications", "2026-03-01", "2026-03-15"),
        milestone("application-deadline", "2026-04-01", null)))));

    List<Milestone> ms = program(l).cycles().get(0).milestones();

    assertThat(ms.get(0).startInstant()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(ms.get(0).deadline()).contains(Instant.parse("2026-03-15T23:59:59Z"));
    assertThat(ms.get(1).deadline()).contains(Instant.parse("2026-04-01T23:59:59Z"));
    assertThat(ms.get(0).start().dateOnly()).isTrue();
  }

  @Test
  void namesAnUnknownFieldWithItsPath() {
    Map<String, Object> l = listing("typo");
    Map<String, Object> m = milestone("applications", "2026-03-01", "2026-03-15");
    m.put("ends", "2026-03-20");
    l.put("cycles", List.of(cycle("2026", List.of(m))));

    assertThatThrownBy(() -> program(l))
        .isInstanceOf(ListingException.class)
        .hasMessage("cycles[0].milestones[0].ends: is not a known field");
  }

  @Test
  void namesAWrongDateWithItsPath() {
    Map<String, Object> l = listing("baddate");
    l.put("cycles", List.of(cycle("2026", List.of(milestone("applications", "March 1st", null)))));

    assertThatThrownBy(() -> program(l))
        .isInstanceOf(ListingException.class)
        .hasMessageStartingWith("cycles[0].milestones[0].start: 'March 1st' is not a date");
  }

  @Test
  void listsTheAllowedValuesOfAWrongKind() {
    Map<String, Object> l = listing("badkind");
    l.put("kind", "bootcamp");

    assertThatThrownBy(() -> program(l))
        .hasMessageStartingWith("kind: 'bootcamp' is not one of internship, mentorship, summer-of-code");
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    Map<String, Object> l = listing("backwards");
    l.put("cycles", List.of(cycle("2026", List.of(milestone("program", "2026-09-01", "2026-06-01")))));

    assertThatThrownBy(() -> program(l)).hasMessageContaining("cycles[0].milestones[0]").hasMessageContaining("before start");
  }

  @Test
  void refusesAMissingRequiredField() {
    Map<String, Object> l = listing("noname");
    l.remove("name");

    assertThatThrownBy(() -> program(l)).hasMessage("name: is required");
  }

  @Test
  void refusesCountriesThatAreNotIsoCodes() {
    Map<String, Object> l = listing("country");
    l.put("eligibility", Map.of("countries_allowed", List.of("Belgium")));

    assertThatThrownBy(() -> program(l)).hasMessageContaining("eligibility").hasMessageContaining("'Belgium'");
  }

  @Test
  void refusesAUrlThatIsNotHttp() {
    Map<String, Object> l = listing("js");
    l.put("homepage", "javascript:alert(1)");

    assertThatThrownBy(() -> program(l)).hasMessageStartingWith("homepage: 'javascript:alert(1)' is not an absolute http(s) URL");
  }

  @Test
  void refusesACycleSourceThatIsNotHttp() {
    Map<String, Object> l = listing("sourced");
    Map<String, Object> c = cycle("2026", List.of(milestone("applications", "2026-03-16", "2026-03-31")));
    c.put("source", "ftp://example.org/timeline");
    l.put("cycles", List.of(c));

    assertThatThrownBy(() -> program(l)).hasMessageContaining("cycles[0]").hasMessageContaining("source");
  }
}
