package org.openseason.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may take part, expressed as data so that a person's profile can be judged against it.
 *
 * @param minimumAge the least age in whole years
 * @param maximumAge the greatest age in whole years (pre-university programs)
 * @param ageJudgedAt the date at which the age counts
 * @param student whether participants must be students
 * @param countriesAllowed ISO 3166 alpha-2 codes of the only countries of residence allowed; empty means any
 * @param countriesExcluded ISO 3166 alpha-2 codes of countries of residence not allowed
 * @param audiences the groups the program is for
 * @param audienceRule whether belonging to one of {@code audiences} is required or preferred
 * @param hoursPerWeek the weekly time participants must have
 * @param excludesPastParticipantsOf slugs of programs whose past participants may not apply
 * @param prerequisites requirements in words
 * @param otherRules rules in words that need a person's judgement
 */
public record Eligibility(
    Optional<Integer> minimumAge,
    Optional<Integer> maximumAge,
    AgeReference ageJudgedAt,
    StudentRequirement student,
    Set<String> countriesAllowed,
    Set<String> countriesExcluded,
    Set<Audience> audiences,
    AudienceRule audienceRule,
    HoursPerWeek hoursPerWeek,
    List<String> excludesPastParticipantsOf,
    List<String> prerequisites,
    List<String> otherRules) {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** Nothing is known about who may take part. */
  public static final Eligibility UNKNOWN =
      new Eligibility(
          Optional.empty(),
          Optional.empty(),
          AgeReference.PROGRAM_START,
          StudentRequirement.UNKNOWN,
          Set.of(),
          Set.of(),
          Set.of(),
          AudienceRule.PREFERRED,
          HoursPerWeek.UNKNOWN,
          List.of(),
          List.of(),
          List.of());

  public Eligibility {
    minimumAge = Text.range(minimumAge, "minimum_age", 0, 100);
    maximumAge = Text.range(maximumAge, "maximum_age", 0, 100);
    if (minimumAge.isPresent() && maximumAge.isPresent() && minimumAge.get() > maximumAge.get()) {
      throw new IllegalArgumentException("minimum_age is greater than maximum_age");
    }
    requireNonNull(ageJudgedAt, "age_judged_at is null");
    requireNonNull(student, "student is null");
    countriesAllowed = countries(countriesAllowed, "countries_allowed");
    countriesExcluded = countries(countriesExcluded, "countries_excluded");
    audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
    requireNonNull(audienceRule, "audience_rule is null");
    requireNonNull(hoursPerWeek, "hours_per_week is null");
    excludesPastParticipantsOf = Slugs.list(excludesPastParticipantsOf, "excludes_past_participants_of");
    prerequisites = Text.list(prerequisites, "prerequisites", 300);
    otherRules = Text.list(otherRules, "other_rules", 300);
  }

  private static Set<String> countries(Set<String> codes, String field) {
    if (codes == null) {
      return Set.of();
    }
    for (String code : codes) {
      if (code == null || !COUNTRY.matcher(code).matches()) {
        throw new IllegalArgumentException(field + " has '" + code + "', not an ISO 3166 alpha-2 code");
      }
    }
    return Set.copyOf(codes);
  }
}
