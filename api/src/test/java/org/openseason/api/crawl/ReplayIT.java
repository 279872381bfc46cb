package org.openseason.api.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openseason.api.TestDatabase;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.program.StoredProgram;
import org.openseason.crawler.Crawler;
import org.openseason.crawler.source.SourceFiles;
import org.openseason.crawler.testing.RealFixtures;
import org.openseason.domain.Cycle;
import org.openseason.domain.Program;

/**
 * Replays the real crawl archived in {@code ../shared/corpus/sources.warc.gz} (read in place) through the
 * application, every bundled source: what the archive holds is merged as a live crawl would merge it, dated by the
 * archive; what it lacks fails as {@code not-in-archive}, and no request leaves the machine.
 */
class ReplayIT {

  /** The WARC-Date of the CNCF records in the archive (the commit date of the files). */
  private static final Instant CNCF_ARCHIVED = Instant.parse("2026-08-05T16:06:52Z");
  private static final String TERM_2024_1 =
      "https://raw.githubusercontent.com/cncf/mentoring/main/programs/lfx-mentorship/2024/01-Mar-May/README.md";

  @Test
  void replaysTheSharedArchiveIntoProgramsRoundsAndIdeasDatedByTheArchive() {
    Path archive = RealFixtures.corpusArchive();
    Map<String, Object> properties = new HashMap<>();
    try (TestDatabase db = TestDatabase.h2()) {
      properties.putAll(db.properties());
      properties.put("openseason.crawl.replay", archive.toAbsolutePath().toString());
      properties.put("openseason.crawl.host-delay", "3s");
      try (ApplicationContext app = ApplicationContext.run(properties)) {
        long started = System.nanoTime();
        CrawlReport report = app.getBean(CrawlService.class).crawl(new CrawlService.Request("test", List.of(), true),
            CrawlService.Progress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("REPLAY: %d sources, %d fetched, %d items in %.2f s%n", report.counts().sources(),
            report.counts().fetched(), report.counts().extracted(), seconds);

        int bundled = SourceFiles.bundled().size();
        assertThat(report.counts().sources()).isEqualTo(bundled);
        assertThat(report.counts().fetched()).isEqualTo(18);
        assertThat(report.failedByReason()).containsOnlyKeys("not-in-archive")
            .containsEntry("not-in-archive", bundled - 18);
        assertThat(report.sources()).filteredOn(s -> s.outcome().equals("failed"))
            .allSatisfy(s -> assertThat(s.reason()).isEqualTo("not-in-archive"));
        assertThat(app.getBean(Crawler.class).requestLog().counts()).as("requests made").isEmpty();
        assertThat(report.archive()).isNotNull();
        assertThat(report.archive().responses()).isEqualTo(18);
        assertThat(report.archive().problems()).isEmpty();
        assertThat(report.sources()).flatExtracting(SourceResult::changedPrograms)
            .contains("cncf-mentoring", "google-summer-of-code", "lf-decentralized-trust-mentorship");
        // fast: a replay waits for no host (3 s between requests to one host would take a minute live)
        assertThat(seconds).isLessThan(45);

        ProgramStore store = app.getBean(ProgramStore.class);
        Program cncf = store.find("cncf-mentoring").orElseThrow().program();
        for (String term : List.of("2024 Term 1", "2024 Term 2", "2024 Term 3", "2025 Term 1", "2025 Term 2",
            "2025 Term 3", "2026 Term 3")) {
          Cycle cycle = cncf.cycles().stream().filter(c -> c.label().equals(term)).findFirst().orElseThrow();
          assertThat(cycle.milestones()).as(term).isNotEmpty();
          assertThat(cycle.ideas()).as(term).hasSizeGreaterThan(30);
        }
        int ideas = 0;
        for (String slug : Set.of("cncf-mentoring", "google-summer-of-code", "lf-decentralized-trust-mentorship")) {
          ideas += store.find(slug).map(StoredProgram::program).orElseThrow().cycles().stream()
              .mapToInt(c -> c.ideas().size()).sum();
        }
        assertThat(ideas).isGreaterThanOrEqualTo(400);
        Program gsoc = store.find("google-summer-of-code").orElseThrow().program();
        assertThat(gsoc.cycles()).filteredOn(c -> c.label().equals("2024") || c.label().equals("2025"))
            .hasSize(2).allSatisfy(c -> assertThat(c.ideas()).isNotEmpty());

        List<FieldRow> provenance = app.getBean(FieldRepository.class).findBySlugOrderByField("cncf-mentoring");
        assertThat(provenance).filteredOn(f -> f.field().equals("cycles[2024 Term 1].ideas")).singleElement()
            .satisfies(f -> {
              assertThat(f.sourceId()).isEqualTo("cncf-lfx-2024-term-1");
              assertThat(f.sourceUrl()).isEqualTo(TERM_2024_1);
              assertThat(f.fetchedAt()).isEqualTo(CNCF_ARCHIVED);
            });
      }
    }
  }
}
