package org.openseason.benchmark.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.openseason.domain.StatusKind;
import org.openseason.listing.ListingCodec;

class SyntheticCorpusTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private static final InterestVocabulary VOCABULARY = CatalogReader.fromClasspath().vocabulary();
  private static final List<Program> PROGRAMS = new SyntheticCorpus(7, VOCABULARY, NOW).programs(2_000);

  @Test
  void sameSeedGivesTheSamePrograms() {
    SyntheticCorpus again = new SyntheticCorpus(7, VOCABULARY, NOW);
    assertThat(again.programs(200)).isEqualTo(PROGRAMS.subList(0, 200));
    assertThat(again.program(1_999)).isEqualTo(PROGRAMS.get(1_999));
  }

  @Test
  void anotherSeedGivesOtherPrograms() {
    assertThat(new SyntheticCorpus(8, VOCABULARY, NOW).program(5)).isNotEqualTo(PROGRAMS.get(5));
  }

  @Test
  void everyProgramSurvivesTheListingFormatAndHasAUniqueSlug() {
    Set<String> slugs = new HashSet<>();
    for (Program p : PROGRAMS) {
      assertThat(ListingCodec.decode(ListingCodec.encode(p), SourceKind.CRAWL)).isEqualTo(p);
      assertThat(slugs.add(p.slug())).as(p.slug()).isTrue();
    }
  }

  @Test
  void fieldsHaveRealisticSizesAndVocabulary() {
    for (Program p : PROGRAMS) {
      assertThat(p.interests()).hasSizeBetween(3, 8);
      assertThat(p.interests()).allSatisfy(key -> assertThat(VOCABULARY.byKey(key)).isPresent());
      assertThat(p.summary().length()).isBetween(60, Program.SUMMARY_MAX);
      assertThat(p.description().length()).isBetween(300, 6_000);
      assertThat(p.ideas().count()).isBetween(0L, 20L);
    }
    double ideas = PROGRAMS.stream().mapToLong(p -> p.ideas().count()).average().orElseThrow();
    assertThat(ideas).isBetween(2.5, 3.5);
    assertThat(PROGRAMS.stream().map(Program::organizer).distinct().count()).isBetween(150L, 300L);
    long active = PROGRAMS.stream().filter(p -> p.lifecycle() == Lifecycle.ACTIVE).count();
    assertThat(active).isBetween(1_600L, 1_800L);
  }

  @Test
  void statusesVaryAroundNow() {
    Set<StatusKind> kinds = EnumSet.noneOf(StatusKind.class);
    PROGRAMS.forEach(p -> kinds.add(p.statusAt(NOW).kind()));
    assertThat(kinds).containsExactlyInAnyOrder(StatusKind.values());
  }
}
