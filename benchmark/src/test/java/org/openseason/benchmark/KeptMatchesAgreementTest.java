package org.openseason.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.benchmark.corpus.SyntheticCorpus;
import org.openseason.domain.InterestVocabulary;
import org.openseason.eligibility.Profile;
import org.openseason.index.EligibilityFilter;
import org.openseason.index.Facet;
import org.openseason.index.ProgramIndex;
import org.openseason.index.SearchRequest;
import org.openseason.index.SearchResult;
import org.openseason.index.SortOrder;

/**
 * A search with an eligibility filter answered from the matches kept for its words ({@link ProgramIndex#search})
 * is the search run with the filter as a query ({@link ProgramIndex#searchUncached}): the same total, facet
 * counts, hits in the same order, scores, snippets and matching ideas, for thousands of random profiles over
 * a synthetic corpus whose rules cover every kind the index knows.
 */
class KeptMatchesAgreementTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private static final List<String> COUNTRIES = List.of("IN", "US", "DE", "BR", "NG", "CN", "IR", "CU", "FR", "GB");

  private static SyntheticCorpus corpus;
  private static ProgramIndex index;

  @BeforeAll
  static void build() {
    InterestVocabulary vocabulary = CatalogReader.fromClasspath().vocabulary();
    corpus = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, vocabulary, NOW);
    index = ProgramIndex.inMemory(vocabulary);
    index.rebuild(corpus.programs(3_000), NOW);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "rust compilers", "open source", "python or java", "compilers -rust", "zzqx"})
  void answersEveryProfileAsTheFilterQueryDoes(String words) {
    Random random = new Random(words.hashCode());
    for (int i = 0; i < 150; i++) {
      SearchRequest request = new SearchRequest(words, filters(random), sort(random), random.nextInt(3) * 10,
          5 + random.nextInt(20), NOW, Optional.of(new EligibilityFilter(profile(random), random.nextInt(3) > 0)));
      SearchResult kept = index.search(request);
      assertThat(kept).as("%s", request).isEqualTo(index.searchUncached(request));
    }
  }

  private static Map<Facet, Set<String>> filters(Random random) {
    Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    if (random.nextBoolean()) {
      filters.put(Facet.KIND, random.nextBoolean() ? Set.of("mentorship", "summer-of-code") : Set.of("internship"));
    }
    if (random.nextBoolean()) {
      filters.put(Facet.INTEREST, Set.of(random.nextBoolean() ? "open-source" : "python"));
    }
    if (random.nextBoolean()) {
      filters.put(Facet.COMPENSATION, Set.of("stipend"));
    }
    if (random.nextInt(4) == 0) {
      filters.put(Facet.STATUS, Set.of("open", "upcoming"));
    }
    return filters;
  }

  private static SortOrder sort(Random random) {
    SortOrder[] orders = SortOrder.values();
    return orders[random.nextInt(orders.length)];
  }

  private static <T> Optional<T> maybe(Random random, T value) {
    return random.nextInt(4) == 0 ? Optional.empty() : Optional.of(value);
  }

  private static Profile profile(Random random) {
    LocalDate today = NOW.atZone(ZoneOffset.UTC).toLocalDate();
    boolean byBirthDate = random.nextInt(3) == 0;
    Optional<Integer> age = byBirthDate ? Optional.empty() : maybe(random, 14 + random.nextInt(50));
    Optional<LocalDate> born = byBirthDate
        ? Optional.of(today.minusYears(14 + random.nextInt(40)).minusDays(random.nextInt(365)))
            .filter(d -> !(d.getMonthValue() == 2 && d.getDayOfMonth() == 29))
        : Optional.empty();
    Set<String> participated = random.nextInt(3) == 0 ? Set.of(corpus.slug(random.nextInt(40))) : Set.of();
    return new Profile(age, born, maybe(random, random.nextBoolean()),
        maybe(random, COUNTRIES.get(random.nextInt(COUNTRIES.size()))), maybe(random, 5 * (1 + random.nextInt(8))),
        maybe(random, random.nextBoolean()), participated);
  }
}
