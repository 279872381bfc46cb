package org.openseason.web.pages;

import java.util.List;
import java.util.Optional;
import org.openseason.api.crawl.CrawlAdmin;
import org.openseason.api.crawl.CrawlReport;
import org.openseason.api.links.LinkChecker;

/**
 * The administrators' page: the latest crawls, the last one in detail, the sources with their health, and
 * programs that lists name but no listing matches.
 *
 * @param reports the latest crawl reports, newest first
 * @param sources every source
 * @param candidates candidates for new listings, newest first
 * @param links the listings' links whose last check was not ok (gone, unreachable, unchecked)
 */
public record AdminPage(List<CrawlReport> reports, List<CrawlAdmin.SourceView> sources,
    List<CrawlAdmin.CandidateView> candidates, List<LinkChecker.LinkView> links) {

  public Optional<CrawlReport> latest() {
    return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(0));
  }

  /** Seconds a crawl took, to one decimal. */
  public static String seconds(CrawlReport report) {
    return String.format("%.1f s", java.time.Duration.between(report.startedAt(), report.finishedAt()).toMillis() / 1000.0);
  }
}
