package org.openseason.benchmark.server;

import java.time.LocalDate;
import java.util.Optional;
import org.openseason.domain.Audience;
import org.openseason.eligibility.Profile;
import org.openseason.index.EligibilityFilter;

/**
 * "Eligible or maybe" in SQL: the rules of the index's {@code EligibilityQueries#notEligible}, one condition per
 * rule, over the columns of {@link PgSearchTable}. Only the not-eligible rules are written: the bench endpoint
 * refuses {@code eligibility=eligible}, whose "maybe" rules the query does not need.
 */
final class PgEligibility {

  private PgEligibility() {}

  static void notEligibleExcluded(PgSearch.Where where, EligibilityFilter filter, LocalDate today) {
    Profile p = filter.profile();
    where.add("NOT ended");
    p.birthRange(today).ifPresent(r -> {
      where.add("(birth_latest IS NULL OR birth_latest >= ?)", r.earliest());
      where.add("(birth_earliest IS NULL OR birth_earliest <= ?)", r.latest());
    });
    if (p.student().equals(Optional.of(false))) {
      where.add("student <> 'required'");
      where.add("required_audience IS DISTINCT FROM ?", Audience.UNIVERSITY_STUDENTS.key());
    }
    p.country().ifPresent(country -> {
      where.add("(cardinality(countries_allowed) = 0 OR ? = ANY (countries_allowed))", country);
      where.add("NOT (? = ANY (countries_excluded))", country);
    });
    if (p.underrepresented().equals(Optional.of(false))) {
      where.add("required_audience IS DISTINCT FROM ?", Audience.UNDERREPRESENTED_IN_TECH.key());
      where.add("required_audience IS DISTINCT FROM ?", Audience.WOMEN_AND_NON_BINARY.key());
    }
    p.hoursPerWeek().ifPresent(h -> where.add("(min_hours IS NULL OR min_hours <= ?)", h));
    if (!p.participated().isEmpty()) {
      where.add("NOT (excludes && ?)", (Object) p.participated().toArray(String[]::new));
    }
  }
}
