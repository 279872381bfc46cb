package org.openseason.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.openseason.domain.Audience;
import org.openseason.eligibility.Profile;

/**
 * The rules of {@link org.openseason.eligibility.EligibilityJudge} as Lucene queries over the fields of {@link
 * EligibilityFields}: which programs are certainly not open to a profile, and which only maybe. Filtering in the
 * index keeps totals and facet counts true to the filter.
 */
final class EligibilityQueries {

  private EligibilityQueries() {}

  /** Matches the programs that pass the filter. */
  static Query filter(EligibilityFilter filter, LocalDate today) {
    Profile p = filter.profile();
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
    notEligible(p, today).forEach(q -> b.add(q, Occur.MUST_NOT));
    if (!filter.includeMaybe()) {
      maybe(p, today).forEach(q -> b.add(q, Occur.MUST_NOT));
    }
    return b.build();
  }

  private static Query rule(String token) {
    return new TermQuery(new Term(EligibilityFields.RULE, token));
  }

  private static Query butNot(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.MUST_NOT).build();
  }

  static List<Query> notEligible(Profile p, LocalDate today) {
    List<Query> not = new ArrayList<>();
    not.add(rule(EligibilityFields.ENDED));
    p.birthRange(today).ifPresent(r -> {
      not.add(LongPoint.newRangeQuery(EligibilityFields.BIRTH_LATEST, Long.MIN_VALUE, r.earliest().toEpochDay() - 1));
      not.add(LongPoint.newRangeQuery(EligibilityFields.BIRTH_EARLIEST, r.latest().toEpochDay() + 1, Long.MAX_VALUE));
    });
    if (p.student().equals(Optional.of(false))) {
      not.add(rule(EligibilityFields.STUDENT_REQUIRED));
      not.add(rule(EligibilityFields.audience(Audience.UNIVERSITY_STUDENTS)));
    }
    p.country().ifPresent(c -> {
      not.add(butNot(rule(EligibilityFields.ALLOWED_SOME), rule(EligibilityFields.allowed(c))));
      not.add(rule(EligibilityFields.excluded(c)));
    });
    if (p.underrepresented().equals(Optional.of(false))) {
      not.add(rule(EligibilityFields.audience(Audience.UNDERREPRESENTED_IN_TECH)));
      not.add(rule(EligibilityFields.audience(Audience.WOMEN_AND_NON_BINARY)));
    }
    p.hoursPerWeek().ifPresent(h -> not.add(IntPoint.newRangeQuery(EligibilityFields.MIN_HOURS, h + 1, Integer.MAX_VALUE)));
    p.participated().forEach(s -> not.add(rule(EligibilityFields.excludes(s))));
    return not;
  }

  static List<Query> maybe(Profile p, LocalDate today) {
    List<Query> maybe = new ArrayList<>();
    maybe.add(rule(EligibilityFields.UNKNOWN));
    var range = p.birthRange(today);
    if (range.isEmpty()) {
      maybe.add(rule(EligibilityFields.MIN_AGE));
      maybe.add(rule(EligibilityFields.MAX_AGE));
    } else {
      long earliest = range.get().earliest().toEpochDay();
      long latest = range.get().latest().toEpochDay();
      maybe.add(LongPoint.newRangeQuery(EligibilityFields.BIRTH_LATEST, earliest, latest - 1));
      maybe.add(LongPoint.newRangeQuery(EligibilityFields.BIRTH_EARLIEST, earliest + 1, latest));
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
