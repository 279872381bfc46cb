package org.openseason.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openseason.domain.TestPrograms.cycle;
import static org.openseason.domain.TestPrograms.listing;
import static org.openseason.domain.TestPrograms.milestone;
import static org.openseason.domain.TestPrograms.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openseason.eligibility.ReferenceDate;
import org.openseason.listing.ListingCodec;

class ForecastTest {

  private static final Instant DECEMBER_2026 = Instant.parse("2026-12-03T09:00:00Z");

  private static Program withCycles(String lifecycle, List<Map<String, Object>> cycles) {
    Map<String, Object> l = listing("p");
    l.put("lifecycle", lifecycle);
    l.put("cycles", cycles);
    return program(l);
  }

  private static Map<String, Object> summer(String year, String opens, String closes) {
    Map<String, Object> applications = milestone("applications", year + "-" + opens + "T18:00:00Z", year + "-" + closes + "T18:00:00Z");
    applications.put("label", "Contributor applications");
    return cycle(year, List.of(applications, milestone("program", year + "-06-01", year + "-08-31")));
  }

  private static final Program SUMMER =
      withCycles("active", List.of(summer("2025", "03-24", "04-08"), summer("2026", "03-16", "03-31")));

  @Test
  void expectsTheNextRoundOneYearAfterTheLatestOfTwoPastRounds() {
    Cycle next = SUMMER.rounds(DECEMBER_2026).get(2);

    assertThat(next.label()).isEqualTo("2027");
    Milestone applications = next.milestones().get(0);
    assertThat(applications.kind()).isEqualTo(MilestoneKind.APPLICATIONS);
    assertThat(applications.title()).isEqualTo("Contributor applications");
    assertThat(applications.start().date()).isEqualTo(LocalDate.of(2027, 3, 16));
    assertThat(applications.start().dateOnly()).as("a forecast claims no time of day").isTrue();
    assertThat(applications.end().orElseThrow().date()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(applications.expected().orElseThrow().basis())
        .containsExactly(LocalDate.of(2025, 3, 24), LocalDate.of(2026, 3, 16));
    assertThat(applications.expected().orElseThrow().describe()).isEqualTo("24 Mar 2025, 16 Mar 2026");
    assertThat(next.milestones()).allMatch(Milestone::isExpected);
  }

  @Test
  void saysExpectedNotUpcomingForAForecastRound() {
    ProgramStatus s = SUMMER.statusAt(DECEMBER_2026);

    assertThat(s.kind()).isEqualTo(StatusKind.EXPECTED);
    assertThat(s.expected()).isTrue();
    assertThat(s.cycle()).contains("2027");
    assertThat(s.describe(DECEMBER_2026)).isEqualTo("Applications expected to open around 16 Mar 2027");
    assertThat(s.nextDeadline(DECEMBER_2026)).isPresent();
  }

  @Test
  void keepsTheStoredCyclesFreeOfForecasts() {
    assertThat(SUMMER.cycles()).hasSize(2);
    assertThat(SUMMER.cycles()).flatExtracting(Cycle::milestones).noneMatch(Milestone::isExpected);
  }

  @Test
  void forecastsNothingFromASingleRound() {
    Program once = withCycles("active", List.of(summer("2026", "03-16", "03-31")));

    assertThat(once.rounds(DECEMBER_2026)).hasSize(1);
    assertThat(once.statusAt(DECEMBER_2026).kind()).isEqualTo(StatusKind.CLOSED);
  }

  @Test
  void forecastsOnlyTheStepsThatTwoRoundsHad() {
    Map<String, Object> older = cycle("2025", List.of(milestone("applications", "2025-03-24", "2025-04-08")));
    Program p = withCycles("active", List.of(older, summer("2026", "03-16", "03-31")));

    Cycle next = p.rounds(DECEMBER_2026).get(2);

    assertThat(next.milestones()).extracting(Milestone::kind).containsExactly(MilestoneKind.APPLICATIONS);
  }

  @Test
  void takesADeadlinePublishedAloneForTheSameStepAsAnApplicationWindow() {
    Program p = withCycles("active", List.of(
        cycle("2025", List.of(milestone("applications", "2025-04-03", "2025-05-11"))),
        cycle("2026", List.of(milestone("application-deadline", "2026-05-08", null)))));

    Milestone next = p.rounds(DECEMBER_2026).get(2).milestones().get(0);

    assertThat(next.kind()).isEqualTo(MilestoneKind.APPLICATION_DEADLINE);
    assertThat(next.start().date()).isEqualTo(LocalDate.of(2027, 5, 8));
    assertThat(p.statusAt(DECEMBER_2026).describe(DECEMBER_2026))
        .isEqualTo("Applications expected to close around 8 May 2027");
  }

  @Test
  void letsAnAnnouncedDateReplaceTheForecastStepByStep() {
    Map<String, Object> announced = cycle("2027", List.of(
        milestone("applications", "2027-03-15T18:00:00Z", "2027-03-30T18:00:00Z")));
    Program p = withCycles("active",
        List.of(summer("2025", "03-24", "04-08"), summer("2026", "03-16", "03-31"), announced));

    Cycle round = p.rounds(DECEMBER_2026).get(2);
    ProgramStatus s = p.statusAt(DECEMBER_2026);

    assertThat(round.milestones()).filteredOn(m -> m.kind() == MilestoneKind.APPLICATIONS)
        .singleElement().satisfies(m -> {
          assertThat(m.isExpected()).isFalse();
          assertThat(m.startInstant()).isEqualTo(Instant.parse("2027-03-15T18:00:00Z"));
        });
    assertThat(round.milestones()).filteredOn(m -> m.kind() == MilestoneKind.PROGRAM)
        .singleElement().satisfies(m -> assertThat(m.isExpected()).isTrue());
    assertThat(s.kind()).isEqualTo(StatusKind.UPCOMING);
    assertThat(s.expected()).isFalse();
    assertThat(s.describe(DECEMBER_2026)).isEqualTo("Applications open in 102 days");
  }

  @Test
  void prefersAContestRunningNowOverItsExpectedNextRound() {
    Program contest = withCycles("active", List.of(
        cycle("2025", List.of(milestone("program", "2025-12-01", "2025-12-24"))),
        cycle("2026", List.of(milestone("program", "2026-12-01", "2026-12-24")))));

    ProgramStatus s = contest.statusAt(DECEMBER_2026);

    assertThat(s.kind()).isEqualTo(StatusKind.IN_PROGRESS);
    assertThat(s.describe(DECEMBER_2026)).isEqualTo("In progress until 24 Dec 2026");
    ProgramStatus january = contest.statusAt(Instant.parse("2027-01-05T00:00:00Z"));
    assertThat(january.kind()).isEqualTo(StatusKind.EXPECTED);
    assertThat(january.describe(Instant.parse("2027-01-05T00:00:00Z")))
        .isEqualTo("Next round expected to start around 1 Dec 2027");
  }

  @Test
  void expectsTheRoundAfterOneWhoseApplicationsWouldAlreadyBeOver() {
    Program cohorts = withCycles("active", List.of(
        cycle("2024 December cohort", List.of(milestone("applications", "2024-08-26", "2024-09-10"),
            milestone("program", "2024-12-09", "2025-03-07"))),
        cycle("2025 December cohort", List.of(milestone("applications", "2025-08-25", "2025-09-09"),
            milestone("program", "2025-12-08", "2026-03-06")))));

    List<Cycle> rounds = cohorts.rounds(DECEMBER_2026);

    assertThat(rounds).extracting(Cycle::label).containsExactly(
        "2024 December cohort", "2025 December cohort", "2027 December cohort");
    assertThat(cohorts.statusAt(DECEMBER_2026).describe(DECEMBER_2026))
        .isEqualTo("Applications expected to open around 25 Aug 2027");
  }

  @Test
  void forecastsEachSeriesOfTermsOnItsOwn() {
    Program terms = withCycles("active", List.of(
        cycle("2025 Term 1", List.of(milestone("applications", "2025-01-20", "2025-02-11"))),
        cycle("2025 Term 3", List.of(milestone("applications", "2025-07-28", "2025-08-12"))),
        cycle("2026 Term 1", List.of(milestone("applications", "2026-01-19", "2026-02-10"))),
        cycle("2026 Term 3", List.of(milestone("applications", "2026-08-03", "2026-08-18")))));

    List<Cycle> rounds = terms.rounds(DECEMBER_2026);

    assertThat(rounds).extracting(Cycle::label)
        .containsExactly("2025 Term 1", "2025 Term 3", "2026 Term 1", "2026 Term 3", "2027 Term 1", "2027 Term 3");
    assertThat(terms.statusAt(DECEMBER_2026).cycle()).contains("2027 Term 1");
  }

  @Test
  void namesTheNextRoundOfASeasonThatSpansTwoYears() {
    Program season = withCycles("active", List.of(
        cycle("2024-25", List.of(milestone("applications", "2024-12-01", "2025-01-10"))),
        cycle("2025-26", List.of(milestone("applications", "2025-11-20", "2026-01-08")))));

    assertThat(season.rounds(Instant.parse("2026-06-01T00:00:00Z"))).extracting(Cycle::label).contains("2026-27");
  }

  @Test
  void forecastsNothingForAProgramThatDoesNotRunNow() {
    Program paused = withCycles("paused", List.of(summer("2025", "03-24", "04-08"), summer("2026", "03-16", "03-31")));

    assertThat(paused.rounds(DECEMBER_2026)).hasSize(2);
  }

  @Test
  void dropsAForecastThatWouldAlreadyBeOver() {
    Program stale = withCycles("active", List.of(summer("2022", "03-20", "04-04"), summer("2023", "03-20", "04-04")));

    assertThat(stale.rounds(DECEMBER_2026)).hasSize(2);
    assertThat(stale.statusAt(DECEMBER_2026).kind()).isEqualTo(StatusKind.CLOSED);
  }

  @Test
  void looksOneRoundFurtherWhenTheNextWouldAlreadyBeOver() {
    Program behind = withCycles("active", List.of(summer("2024", "03-18", "04-02"), summer("2025", "03-24", "04-08")));

    List<Cycle> rounds = behind.rounds(DECEMBER_2026);

    assertThat(rounds).extracting(Cycle::label).containsExactly("2024", "2025", "2027");
    assertThat(rounds.get(2).milestones().get(0).start().date()).isEqualTo(LocalDate.of(2027, 3, 24));
  }

  @Test
  void putsTheExpectedNextRoundBeforeARoundInProgress() {
    Program cohorts = withCycles("active", List.of(
        cycle("2025 December cohort", List.of(milestone("applications", "2025-08-25", "2025-09-16"),
            milestone("program", "2025-12-08", "2026-03-06"))),
        cycle("2026 December cohort", List.of(milestone("applications", "2026-08-24", "2026-09-15"),
            milestone("program", "2026-12-07", "2027-03-05")))));
    Instant january = Instant.parse("2027-01-10T00:00:00Z");

    ProgramStatus s = cohorts.statusAt(january);

    assertThat(s.kind()).isEqualTo(StatusKind.EXPECTED);
    assertThat(s.cycle()).contains("2027 December cohort");
    assertThat(s.describe(january)).isEqualTo("Applications expected to open around 24 Aug 2027");
  }

  @Test
  void judgesAgeAtTheExpectedDateAndSaysItIsEstimated() {
    ReferenceDate reference = ReferenceDate.of(SUMMER, DECEMBER_2026);

    assertThat(reference.date()).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(reference.estimated()).isTrue();
  }

  @Test
  void neverStoresAnExpectedMilestone() {
    Program withForecast = SUMMER.withCycles(SUMMER.rounds(DECEMBER_2026));

    assertThatThrownBy(() -> ListingCodec.encode(withForecast)).hasMessageContaining("never stored");
  }

  @Test
  void marksForecastsInTheRoundsItShows() {
    List<Map<String, Object>> shown = ListingCodec.encodeRounds(SUMMER.rounds(DECEMBER_2026));

    assertThat(shown.get(2)).containsEntry("label", "2027").containsEntry("expected", true);
    @SuppressWarnings("unchecked")
    Map<String, Object> applications = ((List<Map<String, Object>>) shown.get(2).get("milestones")).get(0);
    assertThat(applications).containsEntry("expected", true)
        .containsEntry("basis", List.of("2025-03-24", "2026-03-16"));
    assertThat(shown.get(1)).doesNotContainKey("expected");
  }
}
