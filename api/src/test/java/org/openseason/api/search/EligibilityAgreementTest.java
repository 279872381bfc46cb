package org.openseason.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openseason.api.catalog.Catalog;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.domain.Program;
import org.openseason.eligibility.EligibilityJudge;
import org.openseason.eligibility.Profile;
import org.openseason.eligibility.Verdict;
import org.openseason.index.EligibilityFilter;
import org.openseason.index.ProgramHit;
import org.openseason.index.ProgramIndex;
import org.openseason.index.SearchRequest;
import org.openseason.index.SearchResult;
import org.openseason.index.SortOrder;

/**
 * The index's eligibility filter and the judge that explains verdicts must agree: for every catalog program and
 * hundreds of profiles, "eligible" and "eligible or maybe" keep exactly the programs the judge says so of.
 */
class EligibilityAgreementTest {

  private static final Catalog CATALOG = CatalogReader.fromFolder(Path.of("..", "catalog"));

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-01T00:00:00Z", "2026-08-10T00:00:00Z", "2026-11-22T00:00:00Z"})
  void theIndexFilterAgreesWithTheJudge(String at) {
    Instant now = Instant.parse(at);
    try (ProgramIndex index = ProgramIndex.inMemory(CATALOG.vocabulary())) {
      index.rebuild(CATALOG.programList(), now);
      Random random = new Random(42);
      for (int i = 0; i < 300; i++) {
        Profile profile = randomProfile(random, now);
        Map<Verdict, Set<String>> expected = judgeAll(profile, now);

        assertThat(slugs(index, profile, false, now)).as("eligible for %s", profile)
            .isEqualTo(expected.get(Verdict.ELIGIBLE));
        Set<String> eligibleOrMaybe = new HashSet<>(expected.get(Verdict.ELIGIBLE));
        eligibleOrMaybe.addAll(expected.get(Verdict.MAYBE));
        assertThat(slugs(index, profile, true, now)).as("eligible or maybe for %s", profile).isEqualTo(eligibleOrMaybe);
      }
    }
  }

  private static Map<Verdict, Set<String>> judgeAll(Profile profile, Instant now) {
    Map<Verdict, Set<String>> byVerdict = new java.util.EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      byVerdict.put(v, new HashSet<>());
    }
    for (Program p : CATALOG.programList()) {
      byVerdict.get(EligibilityJudge.judge(p, profile, now, s -> s).verdict()).add(p.slug());
    }
    return byVerdict;
  }

  private static Set<String> slugs(ProgramIndex index, Profile profile, boolean includeMaybe, Instant now) {
    SearchResult result = index.search(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 0, 100, now,
        Optional.of(new EligibilityFilter(profile, includeMaybe))));
    return result.hits().stream().map(ProgramHit::slug).collect(Collectors.toSet());
  }

  private static <T> Optional<T> pick(Random random, List<T> values) {
    int i = random.nextInt(values.size() + 1);
    return i == values.size() ? Optional.empty() : Optional.of(values.get(i));
  }

  private static Profile randomProfile(Random random, Instant now) {
    LocalDate today = now.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    Optional<Integer> age = Optional.empty();
    Optional<LocalDate> born = Optional.empty();
    switch (random.nextInt(3)) {
      case 0 -> age = pick(random, List.of(12, 13, 15, 16, 17, 18, 19, 25, 40));
      case 1 -> born = Optional.of(today.minusYears(12 + random.nextInt(20)).minusDays(random.nextInt(365)))
          .filter(d -> !(d.getMonthValue() == 2 && d.getDayOfMonth() == 29));
      default -> { }
    }
    Set<String> participated = new HashSet<>();
    pick(random, List.of("outreachy", "google-summer-of-code", "lfx-mentorship", "season-of-kde")).ifPresent(participated::add);
    return new Profile(age, born, pick(random, List.of(true, false)),
        pick(random, List.of("IN", "BE", "US", "IR", "CU", "DE", "CN", "NO")),
        pick(random, List.of(4, 10, 15, 20, 30, 40)), pick(random, List.of(true, false)), participated);
  }

}
