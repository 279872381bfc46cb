package org.openseason.api.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.crawler.ProgramCandidate;

/** Entity resolution of program candidates against the bundled catalog. */
class ProgramMatcherTest {

  private final ProgramMatcher matcher = new ProgramMatcher(CatalogReader.fromClasspath().programList());

  @Test
  void matchesTheSameHomepageWrittenDifferently() {
    assertThat(matcher.match(candidate("Outreachy internships", "http://WWW.outreachy.org/"))).contains("outreachy");
  }

  @Test
  void matchesAPageOnTheHostOfAProgramWhoseHomepageIsTheWholeSite() {
    assertThat(matcher.match(candidate("Outreachy", "https://www.outreachy.org/apply/eligibility/")))
        .contains("outreachy");
  }

  @Test
  void matchesANameWithAYearAndDifferentCaseAndPunctuation() {
    assertThat(matcher.match(new ProgramCandidate("GOOGLE SUMMER OF CODE 2027", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of()))).contains("google-summer-of-code");
  }

  @Test
  void aPageOnACodeHostThatManyProgramsShareIsNoMatchByHostAlone() {
    assertThat(matcher.match(candidate("Some Fellowship", "https://github.com/some-org/fellowship"))).isEmpty();
  }

  private static ProgramCandidate candidate(String name, String link) {
    return new ProgramCandidate(name, Optional.of(URI.create(link)), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of());
  }
}
