package org.openseason.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openseason.api.catalog.Catalog;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.eligibility.Profile;
import org.openseason.index.EligibilityFilter;
import org.openseason.index.Facet;
import org.openseason.index.ProgramIndex;
import org.openseason.index.SearchRequest;
import org.openseason.index.SortOrder;

/**
 * Over the catalog's programs, a search with an eligibility filter answered from the matches kept for its words
 * ({@link ProgramIndex#search}) is the one run with the filter as a query ({@link ProgramIndex#searchUncached}):
 * totals, facet counts and hits, for many profiles, words and facets.
 */
class KeptMatchesCatalogTest {

  private static final Catalog CATALOG = CatalogReader.fromFolder(Path.of("..", "catalog"));
  private static final List<String> WORDS = List.of("", "mentorship", "open source", "google or linux", "paid");

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-01T00:00:00Z", "2026-08-10T00:00:00Z", "2026-11-22T00:00:00Z"})
  void keptMatchesAnswerAsTheFilterQuery(String at) {
    Instant now = Instant.parse(at);
    try (ProgramIndex index = ProgramIndex.inMemory(CATALOG.vocabulary())) {
      index.rebuild(CATALOG.programList(), now);
      Random random = new Random(7);
      for (int i = 0; i < 400; i++) {
        Map<Facet, Set<String>> filters = random.nextBoolean() ? Map.of() : Map.of(Facet.KIND, Set.of("mentorship"));
        SearchRequest request = new SearchRequest(WORDS.get(random.nextInt(WORDS.size())), filters,
            SortOrder.values()[random.nextInt(SortOrder.values().length)], 0, 1 + random.nextInt(30), now,
            Optional.of(new EligibilityFilter(profile(random), random.nextBoolean())));
        assertThat(index.search(request)).as("%s", request).isEqualTo(index.searchUncached(request));
      }
    }
  }

  private static <T> Optional<T> any(Random random, List<T> values) {
    int i = random.nextInt(values.size() + 1);
    return i == values.size() ? Optional.empty() : Optional.of(values.get(i));
  }

  private static Profile profile(Random random) {
    Set<String> participated = random.nextInt(4) == 0 ? Set.of("google-summer-of-code") : Set.of();
    return new Profile(any(random, List.of(13, 16, 17, 18, 21, 30, 60)), Optional.empty(),
        any(random, List.of(true, false)), any(random, List.of("IN", "US", "CU", "IR", "DE", "BR")),
        any(random, List.of(5, 10, 20, 35)), any(random, List.of(true, false)), participated);
  }
}
