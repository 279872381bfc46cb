package org.openseason.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openseason.crawler.testing.FixtureServer;
import org.openseason.crawler.testing.TestConfigs;

/**
 * The throughput benchmark, not a timed test: thousands of generated pages and feeds on loopback servers, crawled
 * through fetch, parse, extract and normalize with politeness off, and the rate printed. Run it alone with
 * {@code ./mvnw -B -ntp -o -pl crawler verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=CrawlThroughputIT -Dthroughput.pages=3000}, or through {@link #main}.
 */
class CrawlThroughputIT {

  @Test
  @Timeout(600)
  void printsPagesPerSecondThroughFetchParseExtractAndNormalize() {
    Result result = run(Integer.getInteger("throughput.pages", 3000), Integer.getInteger("throughput.hosts", 8),
        Integer.getInteger("throughput.concurrency", 8));
    assertThat(result.failed()).isZero();
  }

  public static void main(String[] args) {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    run(pages, args.length > 1 ? Integer.parseInt(args[1]) : 8, args.length > 2 ? Integer.parseInt(args[2]) : 8);
  }

  record Result(int pages, long failed, double perSecond) {}

  static Result run(int pages, int hosts, int concurrency) {
    GeneratedSite site = new GeneratedSite(2027);
    List<FixtureServer> servers = new ArrayList<>();
    for (int h = 0; h < hosts; h++) {
      servers.add(FixtureServer.start("127.0.0.1", 4));
    }
    long bytes = 0;
    List<SourceSpec> sources = new ArrayList<>();
    for (int n = 0; n < pages; n++) {
      GeneratedSite.Page page = site.page(n);
      FixtureServer server = servers.get(n % hosts);
      server.route(page.path(), FixtureServer.text(200, page.contentType(), page.body()));
      sources.add(GeneratedSite.source("page-" + n, server.uri(page.path()), page));
      bytes += page.body().length();
    }
    try (Crawler crawler = Crawler.create(TestConfigs.fast(servers.toArray(FixtureServer[]::new))
        .withPoliteness(Duration.ZERO, concurrency).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)))) {
      // The first pass warms the JIT (on two cores, compiling competes with crawling); the second is measured.
      long warmStart = System.nanoTime();
      crawler.extractAll(sources, e -> { });
      double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
      long start = System.nanoTime();
      List<Extraction> extractions = crawler.extractAll(sources, e -> { });
      double seconds = (System.nanoTime() - start) / 1e9;
      long failed = extractions.stream().filter(Extraction::failed).count();
      long items = extractions.stream().mapToLong(e -> e.programs().size() + e.projects().size()
          + e.milestones().size() + e.announcements().size()).sum();
      double perSecond = pages / seconds;
      System.out.printf(Locale.ROOT, "THROUGHPUT: %d pages (%.1f MiB) from %d loopback hosts, %d at a time, "
          + "politeness off: %.2f s, %.0f pages/s, %d items extracted, %d failed (first, cold pass: %.0f pages/s)%n",
          pages, bytes / 1048576.0, hosts, concurrency, seconds, perSecond, items, failed, pages / warmSeconds);
      return new Result(pages, failed, perSecond);
    } finally {
      servers.forEach(FixtureServer::close);
    }
  }
}
