package org.openseason.api.crawl;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What administrators see of the crawl and may do with it, for the admin API and the admin pages. */
@Singleton
public class CrawlAdmin {

  private final SourceRegistry registry;
  private final CrawlService crawls;
  private final CandidateRepository candidates;

  CrawlAdmin(SourceRegistry registry, CrawlService crawls, CandidateRepository candidates) {
    this.registry = registry;
    this.crawls = crawls;
    this.candidates = candidates;
  }

  public List<SourceView> sources() {
    return registry.all().stream().map(SourceView::of).toList();
  }

  public Optional<SourceView> source(String id) {
    return registry.find(id).map(SourceView::of);
  }

  /** Adds a source from its YAML definition; see {@link SourceRegistry#add(String)} for the errors. */
  public SourceView add(String yaml) {
    String id = registry.add(yaml).spec().id();
    return source(id).orElseThrow();
  }

  public List<CrawlReport> reports(int limit) {
    return crawls.latest(limit);
  }

  public Optional<CrawlReport> report(long id) {
    return crawls.report(id);
  }

  public boolean crawling() {
    return crawls.isRunning();
  }

  /** Runs a crawl; one that starts while another runs is skipped. */
  public void crawl(CrawlService.Request request) {
    try {
      crawls.crawl(request, CrawlService.Progress.NONE);
    } catch (CrawlService.AlreadyRunning e) {
      // the running crawl will do
    }
  }

  public List<CandidateView> candidates() {
    return candidates.findAllOrderByFirstSeenAtDesc().stream().map(CandidateView::of).toList();
  }

  /**
   * A source as administrators see it.
   *
   * @param id its id
   * @param url what is fetched
   * @param kind html, markdown or feed
   * @param program the listing it feeds
   * @param origin bundled or admin
   * @param enabled whether it is crawled
   * @param scheduleHours hours between crawls
   * @param lastCrawledAt when it was last crawled
   * @param lastOutcome how that went
   * @param lastReason why it failed, when it did
   * @param lastStatus the HTTP status of the last answer
   * @param failingSince since when it fails
   * @param flag gone or failing: link rot for a moderator to look at
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  public record SourceView(String id, String url, String kind, @Nullable String program, String origin, boolean enabled,
      double scheduleHours, @Nullable Instant lastCrawledAt, @Nullable String lastOutcome,
      @Nullable String lastReason, @Nullable Integer lastStatus, @Nullable Instant failingSince,
      @Nullable String flag) {

    static SourceView of(SourceRow row) {
      return new SourceView(row.id(), row.url(), row.kind(), row.program(), row.origin(), row.enabled(),
          row.scheduleSeconds() / 3600.0, row.lastCrawledAt(), row.lastOutcome(), row.lastReason(),
          row.lastStatus(), row.failingSince(), row.flag());
    }
  }

  /**
   * A program a list names that matches no listing.
   *
   * @param name its name
   * @param homepage its link
   * @param source the list
   * @param firstSeenAt when it was first seen
   * @param lastSeenAt when it was last seen
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  public record CandidateView(String name, @Nullable String homepage, String source, Instant firstSeenAt,
      Instant lastSeenAt) {

    static CandidateView of(CandidateRow row) {
      return new CandidateView(row.name(), row.homepage(), row.sourceId(), row.firstSeenAt(), row.lastSeenAt());
    }
  }
}
