package org.openseason.api.crawl;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
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

  private final CrawlService crawls;

  CrawlScheduler(CrawlService crawls) {
    this.crawls = crawls;
  }

  @Scheduled(fixedDelay = "${openseason.crawl.check-every:15m}", initialDelay = "${openseason.crawl.first-check:5m}")
  void crawlDueSources() {
    if (!crawls.anySourceDue()) {
      return;
    }
    try {
      crawls.crawl(new CrawlService.Request("schedule", List.of(), false), CrawlService.Progress.NONE);
    } catch (CrawlService.AlreadyRunning e) {
      LOG.info("Scheduled crawl skipped: a crawl is running");
    }
  }
}
