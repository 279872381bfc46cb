package org.openseason.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openseason.domain.TestPrograms.cycle;
import static org.openseason.domain.TestPrograms.listing;
import static org.openseason.domain.TestPrograms.milestone;
import static org.openseason.domain.TestPrograms.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openseason.domain.Program;

class EligibilityJudgeTest {

  private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
  private static final Function<String, String> NAMES = slug -> "Program " + slug;

  /** A summer-of-code-like program: 18+ at the start of the program on 1 Jun 2027, students or beginners. */
  private static Program summer(Map<String, Object> eligibility) {
    Map<String, Object> l = listing("summer");
    l.put("eligibility", eligibility);
    l.put("cycles", List.of(cycle("2027", List.of(
        milestone("applications", "2027-03-01T18:00:00Z", "2027-03-15T18:00:00Z"),
        milestone("program", "2027-06-01", "2027-08-31")))));
    return program(l);
  }

  private static Map<String, Object> rules(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  private static Profile profile(Integer age, LocalDate born, Boolean student, String country, Integer hours,
      Boolean underrepresented, Set<String> participated) {
    return new Profile(Optional.ofNullable(age), Optional.ofNullable(born), Optional.ofNullable(student),
        Optional.ofNullable(country), Optional.ofNullable(hours), Optional.ofNullable(underrepresented), participated);
  }

  private static Judgement judge(Program p, Profile profile) {
    return EligibilityJudge.judge(p, profile, NOW, NAMES);
  }

  @Test
  void judgesAgeAtTheProgramStartNotToday() {
    Program p = summer(rules("minimum_age", 18));
    Judgement tooYoung = judge(p, profile(null, LocalDate.parse("2009-07-01"), null, null, null, null, Set.of()));
    Judgement oldEnough = judge(p, profile(null, LocalDate.parse("2009-05-01"), null, null, null, null, Set.of()));

    assertThat(tooYoung.referenceDate()).isEqualTo(LocalDate.parse("2027-06-01"));
    assertThat(tooYoung.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(tooYoung.reasons().get(0).text()).isEqualTo("Needs 18+ on program start, 1 Jun 2027: you will be 17.");
    assertThat(oldEnough.verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void saysMaybeWhenAnAgeCouldTurnEitherWayByTheStart() {
    Judgement j = judge(summer(rules("minimum_age", 18)), profile(17, null, null, null, null, null, Set.of()));

    assertThat(j.verdict()).isEqualTo(Verdict.MAYBE);
    assertThat(j.reasons().get(0).text()).endsWith("you will be 17 or 18.");
  }

  @Test
  void refusesAnAgeThatCannotReachTheMinimum() {
    assertThat(judge(summer(rules("minimum_age", 18)), profile(15, null, null, null, null, null, Set.of())).verdict())
        .isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void saysMaybeWhenTheProfileDoesNotTellWhatARuleNeeds() {
    Judgement j = judge(summer(rules("minimum_age", 18, "hours_per_week", Map.of("min", 30))), Profile.EMPTY);

    assertThat(j.verdict()).isEqualTo(Verdict.MAYBE);
    assertThat(j.reasons()).extracting(Reason::criterion).containsExactly("age", "hours");
  }

  @Test
  void needsStudentsForAStudentsOnlyProgram() {
    Program p = summer(rules("student", "required"));

    assertThat(judge(p, profile(null, null, true, null, null, null, Set.of())).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(judge(p, profile(null, null, false, null, null, null, Set.of())).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void leavesBeginnersToDecideForStudentOrBeginnerPrograms() {
    Program p = summer(rules("student", "student-or-beginner"));

    assertThat(judge(p, profile(null, null, false, null, null, null, Set.of())).verdict()).isEqualTo(Verdict.MAYBE);
  }

  @Test
  void appliesAllowedAndExcludedCountries() {
    Program belgium = summer(rules("countries_allowed", List.of("BE")));
    Program embargo = summer(rules("countries_excluded", List.of("CU", "IR")));

    assertThat(judge(belgium, profile(null, null, null, "BE", null, null, Set.of())).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(judge(belgium, profile(null, null, null, "IN", null, null, Set.of())).reasons().get(0).text())
        .isEqualTo("Only for residents of Belgium: you live in India.");
    assertThat(judge(embargo, profile(null, null, null, "IR", null, null, Set.of())).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(judge(embargo, profile(null, null, null, "IN", null, null, Set.of())).verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void needsTheRequiredAudience() {
    Program p = summer(rules("audiences", List.of("underrepresented-in-tech"), "audience_rule", "required"));

    assertThat(judge(p, profile(null, null, null, null, null, true, Set.of())).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(judge(p, profile(null, null, null, null, null, false, Set.of())).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(judge(p, Profile.EMPTY).verdict()).isEqualTo(Verdict.MAYBE);
  }

  @Test
  void comparesHoursAWeek() {
    Program p = summer(rules("hours_per_week", Map.of("min", 30)));

    assertThat(judge(p, profile(null, null, null, null, 15, null, Set.of())).reasons().get(0).text())
        .isEqualTo("Needs 30 hours a week: you have 15.");
    assertThat(judge(p, profile(null, null, null, null, 40, null, Set.of())).verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void excludesPastParticipants() {
    Program p = summer(rules("excludes_past_participants_of", List.of("summer", "other")));

    assertThat(judge(p, profile(null, null, null, null, null, null, Set.of("other"))).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(judge(p, profile(null, null, null, null, null, null, Set.of("elsewhere"))).verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void refusesAnEndedProgram() {
    Map<String, Object> l = listing("ended");
    l.put("lifecycle", "discontinued");

    assertThat(judge(program(l), Profile.EMPTY).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void listsRulesInWordsAsThingsToCheckWithoutJudgingThem() {
    Judgement j = judge(summer(rules("other_rules", List.of("Must be eligible to work where you live"))),
        profile(20, null, true, "IN", 20, null, Set.of()));

    assertThat(j.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(j.alsoCheck()).containsExactly("Must be eligible to work where you live");
  }

  @Test
  void saysMaybeForAProgramWithoutPublishedRules() {
    assertThat(judge(program(listing("silent")), Profile.EMPTY).verdict()).isEqualTo(Verdict.MAYBE);
  }
}
