package org.openseason.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.api.search.SearchParameters;
import org.openseason.index.Facet;
import org.openseason.index.SearchRequest;
import org.openseason.index.SortOrder;

class IssueQueryTest {

  @Test
  void isTextThreeFacetsAnEligibilityFilterAndTheDeadlineSort() {
    SearchRequest request = SearchParameters.parse(
        IssueQuery.PARAMS, CatalogReader.fromClasspath().vocabulary(), Instant.parse("2026-11-22T12:00:00Z")).request();
    assertThat(request.text()).isEqualTo("rust compilers");
    assertThat(request.filters()).containsOnlyKeys(Facet.KIND, Facet.INTEREST, Facet.COMPENSATION);
    assertThat(request.eligibility()).hasValueSatisfying(e -> assertThat(e.includeMaybe()).isTrue());
    assertThat(request.sort()).isEqualTo(SortOrder.DEADLINE);
  }

  @Test
  void queryStringRepeatsFacetValuesAndEncodesSpaces() {
    assertThat(IssueQuery.queryString())
        .startsWith("q=rust+compilers&kind=mentorship&kind=summer-of-code&")
        .endsWith("&eligibility=eligible-or-maybe&sort=deadline");
  }
}
