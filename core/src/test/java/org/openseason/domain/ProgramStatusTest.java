package org.openseason.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openseason.domain.TestPrograms.cycle;
import static org.openseason.domain.TestPrograms.listing;
import static org.openseason.domain.TestPrograms.milestone;
import static org.openseason.domain.TestPrograms.program;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramStatusTest {

  private static Program withCycles(List<Map<String, Object>> cycles) {
    Map<String, Object> l = listing("p");
    l.put("cycles", cycles);
    return program(l);
  }

  private static final Program TERM =
      withCycles(List.of(cycle("2026", List.of(
          milestone("applications", "2026-03-16T18:00:00Z", "2026-03-31T18:00:00Z"),
          milestone("program", "2026-06-01", "2026-08-31")))));

  @Test
  void isUpcomingBeforeApplicationsOpen() {
    ProgramStatus s = TERM.statusAt(Instant.parse("2026-03-01T00:00:00Z"));

    assertThat(s.kind()).isEqualTo(StatusKind.UPCOMING);
    assertThat(s.describe(Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo("Applications open in 15 days");
    assertThat(s.validUntil()).contains(Instant.parse("2026-03-16T18:00:00Z"));
  }

  @Test
  void isOpenUntilTheDeadlineAndSaysHowLongIsLeft() {
    Instant now = Instant.parse("2026-03-26T18:00:00Z");
    ProgramStatus s = TERM.statusAt(now);

    assertThat(s.kind()).isEqualTo(StatusKind.OPEN);
    assertThat(s.describe(now)).isEqualTo("Applications close in 5 days");
    assertThat(s.nextDeadline(now)).contains(Instant.parse("2026-03-31T18:00:00Z"));
  }

  @Test
  void countsHoursOnTheLastDay() {
    Instant now = Instant.parse("2026-03-31T15:00:00Z");

    assertThat(TERM.statusAt(now).describe(now)).isEqualTo("Applications close in 3 hours");
  }

  @Test
  void isInProgressAfterTheDeadlineUntilTheLastMilestone() {
    ProgramStatus s = TERM.statusAt(Instant.parse("2026-07-01T00:00:00Z"));

    assertThat(s.kind()).isEqualTo(StatusKind.IN_PROGRESS);
    assertThat(s.nextDeadline(Instant.parse("2026-07-01T00:00:00Z"))).isEmpty();
  }

  @Test
  void isClosedAfterTheLastMilestoneWithNothingLeftToRefresh() {
    ProgramStatus s = TERM.statusAt(Instant.parse("2026-12-01T00:00:00Z"));

    assertThat(s.kind()).isEqualTo(StatusKind.CLOSED);
    assertThat(s.validUntil()).isEmpty();
  }

  @Test
  void prefersAnOpenCycleOverAClosedOne() {
    Program p = withCycles(List.of(
        cycle("2025", List.of(milestone("applications", "2025-03-01", "2025-03-15"))),
        cycle("2026", List.of(milestone("applications", "2026-03-01", "2026-03-15")))));

    ProgramStatus s = p.statusAt(Instant.parse("2026-03-10T00:00:00Z"));

    assertThat(s.kind()).isEqualTo(StatusKind.OPEN);
    assertThat(s.cycle()).contains("2026");
  }

  @Test
  void isRollingForAProgramThatTakesPeopleAnyTime() {
    Map<String, Object> rolling = cycle("rolling", List.of());
    rolling.put("rolling", true);

    assertThat(withCycles(List.of(rolling)).statusAt(Instant.now()).kind()).isEqualTo(StatusKind.ROLLING);
  }

  @Test
  void awaitsDatesWhenNoneArePublished() {
    assertThat(withCycles(List.of()).statusAt(Instant.now()).kind()).isEqualTo(StatusKind.TBA);
  }

  @Test
  void isClosedWhenADiscontinuedProgramHasNoDates() {
    Map<String, Object> l = listing("gone");
    l.put("lifecycle", "discontinued");

    assertThat(program(l).statusAt(Instant.now()).kind()).isEqualTo(StatusKind.CLOSED);
  }

  @Test
  void treatsADeadlineWithoutAnOpeningAsOpenUntilThen() {
    Program p = withCycles(List.of(cycle("2026", List.of(milestone("application-deadline", "2026-02-13T16:00:00Z", null)))));

    assertThat(p.statusAt(Instant.parse("2026-02-01T00:00:00Z")).kind()).isEqualTo(StatusKind.OPEN);
    assertThat(p.statusAt(Instant.parse("2026-02-14T00:00:00Z")).kind()).isEqualTo(StatusKind.CLOSED);
  }
}
