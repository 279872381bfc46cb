package org.openseason.api.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openseason.api.TestDatabase;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.crawler.GeneratedSite;
import org.openseason.crawler.testing.FixtureServer;
import org.openseason.domain.Program;

/**
 * The crawl benchmark through the whole application, not a timed test: generated pages and feeds on loopback
 * servers, registered as sources, crawled with politeness off through fetch, parse, extract, merge and store (one
 * transaction per source, listings and their revisions, field provenance, candidates, announcements, source
 * health), and the rate printed. Run it large with
 * {@code ./mvnw -B -o -pl api verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=CrawlStoreThroughputIT -Dthroughput.pages=3000 [-Dthroughput.database=postgres]}.
 */
class CrawlStoreThroughputIT {

  private static final int HOSTS = 8;

  @Test
  @Timeout(900)
  void printsPagesPerSecondThroughFetchParseExtractMergeAndStore() {
    int pages = Integer.getInteger("throughput.pages", 400);
    int concurrency = Integer.getInteger("throughput.concurrency", 8);
    boolean postgres = "postgres".equals(System.getProperty("throughput.database"));
    List<String> slugs = CatalogReader.fromClasspath().programList().stream().map(Program::slug).toList();
    GeneratedSite site = new GeneratedSite(2027);
    List<FixtureServer> servers = new ArrayList<>();
    for (int h = 0; h < HOSTS; h++) {
      servers.add(FixtureServer.start("127.0.0.1", 4));
    }
    try (TestDatabase db = postgres ? TestDatabase.postgres() : TestDatabase.h2()) {
      Map<String, Object> properties = new HashMap<>(db.properties());
      properties.put("openseason.crawl.allow-internal", servers.stream().map(s -> s.hostPort().toString()).toList());
      properties.put("openseason.crawl.host-delay", "0s");
      properties.put("openseason.crawl.concurrency", concurrency);
      try (ApplicationContext app = ApplicationContext.run(properties)) {
        SourceRegistry registry = app.getBean(SourceRegistry.class);
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < pages; n++) {
          GeneratedSite.Page page = site.page(n);
          FixtureServer server = servers.get(n % HOSTS);
          server.route(page.path(), FixtureServer.text(200, page.contentType(), page.body()));
          String id = "bench-" + n;
          registry.add(definition(id, server.uri(page.path()).toString(), page, n, slugs));
          ids.add(id);
        }
        CrawlService crawls = app.getBean(CrawlService.class);
        CrawlService.Request request = new CrawlService.Request("benchmark", ids, false);
        long start = System.nanoTime();
        CrawlReport first = crawls.crawl(request, CrawlService.Progress.NONE);
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        CrawlReport second = crawls.crawl(request, CrawlService.Progress.NONE);
        double secondSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "CRAWL+STORE THROUGHPUT on %s: %d sources from %d loopback hosts, %d at a time,"
            + " politeness off. First pass (all new: %d listings changed, %d new items, %d extracted): %.2f s, %.0f"
            + " pages/s. Second pass (same pages, nothing to change): %.2f s, %.0f pages/s. Failed: %d, %d%n",
            postgres ? "PostgreSQL" : "H2", pages, HOSTS, concurrency, first.counts().changedPrograms(),
            first.counts().newItems(), first.counts().extracted(), firstSeconds, pages / firstSeconds,
            secondSeconds, pages / secondSeconds, first.counts().failed(), second.counts().failed());
        assertThat(first.counts().failed()).isZero();
        assertThat(first.counts().fetched()).isEqualTo(pages);
        assertThat(second.counts().changedPrograms()).isZero();
      }
    } finally {
      servers.forEach(FixtureServer::close);
    }
  }

  /**
   * As real sources are: each term page feeds its own cycle of a catalog program, the first program pages are the
   * own sites of catalog programs (one each) and the others pages of programs a list would name, each feed
   * announces for a program; lists and deadline pages feed none.
   */
  private static String definition(String id, String url, GeneratedSite.Page page, int n, List<String> slugs) {
    String program = "program: " + slugs.get(n % slugs.size()) + "\n";
    String extractors = switch (n % 5) {
      case 0 -> program + "cycle: \"Bench term " + n + "\"\nextractors:\n  - type: sections\n"
          + "  - type: timeline\n";
      case 1 -> (n / 5 < slugs.size() ? "program: " + slugs.get(n / 5) + "\n" : "")
          + "extractors:\n  - type: program-page\n";
      case 2 -> "extractors:\n  - type: table\n    rows: program\n";
      case 3 -> "extractors:\n  - type: timeline\n";
      default -> program + "extractors:\n  - type: feed\n";
    };
    return "id: " + id + "\nurl: " + url + "\nkind: " + page.kind().key() + "\nlicence: CC-BY-4.0\n" + extractors;
  }

}
