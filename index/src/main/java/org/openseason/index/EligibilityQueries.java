package org.openseason.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.openseason.domain.Audience;
import org.openseason.eligibility.Profile;
import org.openseason.index.EligibilityRule.Token;
import org.openseason.index.EligibilityRule.TokenUnless;
import org.openseason.index.EligibilityRule.Within;

/**
 * The rules of {@link org.openseason.eligibility.EligibilityJudge} as {@link EligibilityRule}s over the fields of
 * {@link EligibilityFields}: which programs are certainly not open to a profile, and which only maybe. Filtering in
 * the index keeps totals and facet counts true to the filter.
 */
final class EligibilityQueries {

  private EligibilityQueries() {}

  /** Matches the programs that pass the filter. */
  static Query filter(EligibilityFilter filter, LocalDate today) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
    excluding(filter, today).forEach(rule -> b.add(rule.query(), Occur.MUST_NOT));
    return b.build();
  }

  /** The rules a program must not meet to pass the filter. */
  static List<EligibilityRule> excluding(EligibilityFilter filter, LocalDate today) {
    List<EligibilityRule> rules = notEligible(filter.profile(), today);
    if (!filter.includeMaybe()) {
      rules.addAll(maybe(filter.profile(), today));
    }
    return rules;
  }

  private static EligibilityRule rule(String token) {
    return new Token(token);
  }

  static List<EligibilityRule> notEligible(Profile p, LocalDate today) {
    List<EligibilityRule> not = new ArrayList<>();
    not.add(rule(EligibilityFields.ENDED));
    p.birthRange(today).ifPresent(r -> {
      not.add(Within.longs(EligibilityFields.BIRTH_LATEST, Long.MIN_VALUE, r.earliest().toEpochDay() - 1));
      not.add(Within.longs(EligibilityFields.BIRTH_EARLIEST, r.latest().toEpochDay() + 1, Long.MAX_VALUE));
    });
    if (p.student().equals(Optional.of(false))) {
      not.add(rule(EligibilityFields.STUDENT_REQUIRED));
      not.add(rule(EligibilityFields.audience(Audience.UNIVERSITY_STUDENTS)));
    }
    p.country().ifPresent(c -> {
      not.add(new TokenUnless(EligibilityFields.ALLOWED_SOME, EligibilityFields.allowed(c)));
      not.add(rule(EligibilityFields.excluded(c)));
    });
    if (p.underrepresented().equals(Optional.of(false))) {
      not.add(rule(EligibilityFields.audience(Audience.UNDERREPRESENTED_IN_TECH)));
      not.add(rule(EligibilityFields.audience(Audience.WOMEN_AND_NON_BINARY)));
    }
    p.hoursPerWeek().ifPresent(h -> not.add(Within.ints(EligibilityFields.MIN_HOURS, h + 1, Integer.MAX_VALUE)));
    p.participated().forEach(s -> not.add(rule(EligibilityFields.excludes(s))));
    return not;
  }

  static List<EligibilityRule> maybe(Profile p, LocalDate today) {
    List<EligibilityRule> maybe = new ArrayList<>();
    maybe.add(rule(EligibilityFields.UNKNOWN));
    var range = p.birthRange(today);
    if (range.isEmpty()) {
      maybe.add(rule(EligibilityFields.MIN_AGE));
      maybe.add(rule(EligibilityFields.MAX_AGE));
    } else {
      long earliest = range.get().earliest().toEpochDay();
      long latest = range.get().latest().toEpochDay();
      maybe.add(Within.longs(EligibilityFields.BIRTH_LATEST, earliest, latest - 1));
      maybe.add(Within.longs(EligibilityFields.BIRTH_EARLIEST, earliest + 1, latest));
    }
    if (p.student().isEmpty()) {
      maybe.add(rule(EligibilityFields.STUDENT_REQUIRED));
      maybe.add(rule(EligibilityFields.audience(Audience.UNIVERSITY_STUDENTS)));
    }
    if (!p.student().equals(Optional.of(true))) {
      maybe.add(rule(EligibilityFields.STUDENT_OR_BEGINNER));
    }
    if (p.country().isEmpty()) {
      maybe.add(rule(EligibilityFields.ALLOWED_SOME));
      maybe.add(rule(EligibilityFields.EXCLUDED_SOME));
    }
    if (p.underrepresented().isEmpty()) {
      maybe.add(rule(EligibilityFields.audience(Audience.UNDERREPRESENTED_IN_TECH)));
    }
    if (!p.underrepresented().equals(Optional.of(false))) {
      maybe.add(rule(EligibilityFields.audience(Audience.WOMEN_AND_NON_BINARY)));
    }
    for (Audience a : Audience.values()) {
      if (a != Audience.UNDERREPRESENTED_IN_TECH && a != Audience.WOMEN_AND_NON_BINARY && a != Audience.UNIVERSITY_STUDENTS) {
        maybe.add(rule(EligibilityFields.audience(a)));
      }
    }
    if (p.hoursPerWeek().isEmpty()) {
      maybe.add(rule(EligibilityFields.HOURS));
    }
    return maybe;
  }
}
