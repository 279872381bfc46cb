package org.openseason.api.links;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every listing's links once a day from inside the server. Off with the scheduled crawl
 * ({@code openseason.crawl.scheduled=false}: tests, a read-only replica).
 */
@Singleton
@Requires(property = "openseason.crawl.scheduled", notEquals = "false")
class LinkScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(LinkScheduler.class);

  private final LinkChecker checker;

  LinkScheduler(LinkChecker checker) {
    this.checker = checker;
  }

  @Scheduled(fixedDelay = "${openseason.links.check-every:1h}", initialDelay = "${openseason.links.first-check:10m}")
  void checkWhenDue() {
    if (!checker.due()) {
      return;
    }
    try {
      LinkChecker.Report report = checker.checkAll();
      LOG.info("Checked {} links of listings: {}", report.checked(), report.byState());
    } catch (LinkChecker.AlreadyRunning e) {
      LOG.info("Scheduled link check skipped: one is running");
    }
  }
}
