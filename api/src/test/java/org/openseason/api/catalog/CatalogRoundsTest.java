package org.openseason.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openseason.domain.Cycle;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.Milestone;
import org.openseason.domain.Program;
import org.openseason.domain.StatusKind;

/**
 * The bundled catalog on the day the directory was judged dead (3 December 2026): every active program with a
 * dated history shows a round a person can plan with, and the programs people look for most show their 2026
 * round and their next one, announced or expected.
 */
class CatalogRoundsTest {

  private static final Instant DECEMBER_2026 = Instant.parse("2026-12-03T09:00:00Z");
  private static final Catalog CATALOG = CatalogReader.fromFolder(CatalogFilesTest.CATALOG);

  @Test
  void noActiveProgramWithTwoDatedRoundsIsClosedOrToBeAnnounced() {
    List<String> stuck = CATALOG.programList().stream()
        .filter(p -> p.lifecycle() == Lifecycle.ACTIVE)
        .filter(p -> p.cycles().stream().filter(c -> !c.milestones().isEmpty()).count() >= 2)
        .filter(p -> {
          StatusKind kind = p.statusAt(DECEMBER_2026).kind();
          return kind == StatusKind.CLOSED || kind == StatusKind.TBA;
        })
        .map(p -> p.slug() + " (" + p.statusAt(DECEMBER_2026).describe(DECEMBER_2026) + ")")
        .toList();

    assertThat(stuck).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"google-summer-of-code", "outreachy", "lfx-mentorship", "season-of-kde"})
  void showsItsRoundOf2026AndItsNextRound(String slug) {
    Program program = CATALOG.programList().stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow();
    List<Cycle> rounds = program.rounds(DECEMBER_2026);

    assertThat(rounds).as("%s rounds of 2026", slug)
        .anySatisfy(c -> {
          assertThat(c.label()).startsWith("2026");
          assertThat(c.milestones()).isNotEmpty().noneMatch(Milestone::isExpected);
        });
    assertThat(rounds).as("%s next round", slug)
        .anySatisfy(c -> {
          assertThat(c.label()).startsWith("2027");
          assertThat(c.milestones()).isNotEmpty()
              .allMatch(m -> m.lastInstant().isAfter(DECEMBER_2026) || !m.isExpected());
        });
  }
}
