package org.openseason.api.crawl;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import org.openseason.api.guard.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls the due sources from inside the server, so listings stay fresh without anyone running a command; each
 * change reaches the search index as soon as its transaction commits. Off with
 * {@code openseason.crawl.scheduled=false} (tests, a read-only replica).
 */
@Singleton
@Requires(property = "openseason.crawl.scheduled", notEquals = "false")
class CrawlScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(CrawlScheduler.class);
  /** Longer than any crawl takes; given back when the crawl ends. */
  private static final java.time.Duration LEASE = java.time.Duration.ofHours(2);

  private final CrawlService crawls;
  private final Leases leases;

  CrawlScheduler(CrawlService crawls, Leases leases) {
    this.crawls = crawls;
    this.leases = leases;
  }

  @Scheduled(fixedDelay = "${openseason.crawl.check-every:15m}", initialDelay = "${openseason.crawl.first-check:5m}")
  void crawlDueSources() {
    // Several instances may share the database: only the one holding the lease crawls.
    if (!crawls.anySourceDue() || !leases.acquire("scheduled-crawl", LEASE)) {
      return;
    }
    try {
      crawls.crawl(new CrawlService.Request("schedule", List.of(), false), CrawlService.Progress.NONE);
    } catch (CrawlService.AlreadyRunning e) {
      LOG.info("Scheduled crawl skipped: a crawl is running");
    } finally {
      leases.release("scheduled-crawl");
    }
  }
}
