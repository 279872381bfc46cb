package org.openseason.benchmark.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.api.search.SearchParameters;
import org.openseason.benchmark.IssueQuery;
import org.openseason.domain.InterestVocabulary;
import org.openseason.index.SearchRequest;

class PgSearchTest {

  private static final InterestVocabulary VOCABULARY = CatalogReader.fromClasspath().vocabulary();

  private static SearchRequest parse(Map<String, List<String>> params) {
    return SearchParameters.parse(params, VOCABULARY, Instant.parse("2026-11-22T12:00:00Z")).request();
  }

  @Test
  void answersTheIssueQuery() {
    assertThat(PgSearch.unsupported(parse(IssueQuery.PARAMS))).isEmpty();
  }

  @Test
  void refusesWhatItCannotAnswerAsTheProductDoes() {
    assertThat(PgSearch.unsupported(parse(Map.of("region", List.of("IN"))))).hasValue("region");
    assertThat(PgSearch.unsupported(parse(Map.of("sort", List.of("stipend"))))).hasValue("sort");
    assertThat(PgSearch.unsupported(parse(Map.of("age", List.of("19"), "eligibility", List.of("eligible")))))
        .hasValue("eligibility");
  }

  @Test
  void notEligibleRulesFollowTheProfile() {
    PgSearch.Where where = new PgSearch.Where();
    PgEligibility.notEligibleExcluded(where, parse(IssueQuery.PARAMS).eligibility().orElseThrow(),
        java.time.LocalDate.parse("2026-11-22"));
    assertThat(where.sql())
        .contains("NOT ended", "birth_latest >= ?", "birth_earliest <= ?", "= ANY (countries_allowed)",
            "countries_excluded", "min_hours <= ?")
        .doesNotContain("student <>", "excludes &&");
  }
}
