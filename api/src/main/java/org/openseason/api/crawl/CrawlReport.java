package org.openseason.api.crawl;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one crawl did, stored with the run and shown to administrators.
 *
 * @param id the run's id, once stored
 * @param startedAt when it started
 * @param finishedAt when it finished
 * @param trigger cli, schedule or admin
 * @param counts the totals
 * @param failedByReason failed sources per reason key ({@code dns}, {@code http-4xx}, ...)
 * @param sources one entry per source crawled, in the order given
 * @param flaggedSources ids of sources flagged for link rot ({@code gone}, {@code failing})
 * @param possiblyInactive slugs of active programs with no cycle dated in the recent past or the future
 * @param archive the web archive a replayed crawl read, and what was wrong in it; null for a live crawl
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record CrawlReport(
    @Nullable Long id,
    Instant startedAt,
    Instant finishedAt,
    String trigger,
    Counts counts,
    Map<String, Integer> failedByReason,
    List<SourceResult> sources,
    List<String> flaggedSources,
    List<String> possiblyInactive,
    @Nullable Archive archive) {

  /**
   * The web archive a replayed crawl read.
   *
   * @param file its path
   * @param responses how many URLs it holds a readable response for
   * @param problems what was wrong in it (truncated, a record whose length lies, not WARC...), one per record
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  public record Archive(String file, int responses, List<SourceResult.ProblemView> problems) {}

  /** The report with its totals summed from its sources. */
  static CrawlReport of(Instant startedAt, Instant finishedAt, String trigger, List<SourceResult> sources,
      List<String> flagged, List<String> possiblyInactive, @Nullable Archive archive) {
    Map<String, Integer> byReason = new TreeMap<>();
    sources.stream().filter(s -> s.outcome().equals("failed"))
        .forEach(s -> byReason.merge(s.reason() == null ? "unknown" : s.reason(), 1, Integer::sum));
    return new CrawlReport(null, startedAt, finishedAt, trigger, Counts.of(sources), byReason, sources, flagged,
        possiblyInactive, archive);
  }

  CrawlReport withId(long newId) {
    return new CrawlReport(newId, startedAt, finishedAt, trigger, counts, failedByReason, sources, flaggedSources,
        possiblyInactive, archive);
  }

  /**
   * Totals over the sources of a run.
   *
   * @param sources sources crawled
   * @param fetched sources fetched in full
   * @param notModified sources that answered 304 Not Modified
   * @param disallowed sources robots.txt disallowed
   * @param failed sources that could not be fetched or read
   * @param extracted programs, project ideas, dates and announcements found
   * @param newItems candidates and announcements seen for the first time
   * @param changedPrograms listings changed
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  public record Counts(int sources, int fetched, int notModified, int disallowed, int failed, int extracted,
      int newItems, int changedPrograms) {

    static Counts of(List<SourceResult> results) {
      return new Counts(results.size(), count(results, "fetched"), count(results, "not-modified"),
          count(results, "disallowed"), count(results, "failed"),
          results.stream().mapToInt(SourceResult::extracted).sum(),
          results.stream().mapToInt(s -> s.newCandidates() + s.newAnnouncements()).sum(),
          (int) results.stream().flatMap(s -> s.changedPrograms().stream()).distinct().count());
    }

    private static int count(List<SourceResult> results, String outcome) {
      return (int) results.stream().filter(s -> s.outcome().equals(outcome)).count();
    }
  }
}
