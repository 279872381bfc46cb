package org.openseason.api.links;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.openseason.api.guard.Leases;
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

  private final Leases leases;

  LinkScheduler(LinkChecker checker, Leases leases) {
    this.checker = checker;
    this.leases = leases;
  }

  @Scheduled(fixedDelay = "${openseason.links.check-every:1h}", initialDelay = "${openseason.links.first-check:10m}")
  void checkWhenDue() {
    // Several instances may share the database: only the one holding the lease checks.
    if (!checker.due() || !leases.acquire("link-check", java.time.Duration.ofHours(1))) {
      return;
    }
    try {
      LinkChecker.Report report = checker.checkAll();
      LOG.info("Checked {} links of listings: {}", report.checked(), report.byState());
    } catch (LinkChecker.AlreadyRunning e) {
      LOG.info("Scheduled link check skipped: one is running");
    } finally {
      leases.release("link-check");
    }
  }
}
