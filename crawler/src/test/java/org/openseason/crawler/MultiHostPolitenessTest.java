package org.openseason.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openseason.crawler.fetch.Validators;
import org.openseason.crawler.politeness.RequestLog;
import org.openseason.crawler.testing.FixtureServer;
import org.openseason.crawler.testing.TestConfigs;

/** A crawl over several hosts, eight requests in flight: no host is ever asked twice within the delay. */
@Timeout(60)
class MultiHostPolitenessTest {

  private static final Duration DELAY = Duration.ofMillis(50);

  @Test
  void keepsTheDelayBetweenRequestsToEachHostWithZeroViolations() {
    List<FixtureServer> servers = new ArrayList<>();
    for (String address : List.of("127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.1")) {
      FixtureServer server = FixtureServer.start(address, 0);
      for (int i = 0; i < 8; i++) {
        server.route("/page" + i, FixtureServer.text(200, "text/html", "<html><body><main><h1>Program " + i
            + "</h1><p>Participants must be 18 or older.</p></main></body></html>"));
      }
      servers.add(server);
    }
    try (Crawler crawler = Crawler.create(TestConfigs.fast(servers.toArray(FixtureServer[]::new))
        .withPoliteness(DELAY, 8))) {
      List<SourceSpec> sources = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        for (FixtureServer server : servers) {
          sources.add(new SourceSpec("s" + sources.size(), server.uri("/page" + i), DocumentKind.HTML, List.of(),
              Optional.empty(), Validators.NONE));
        }
      }
      List<Extraction> extractions = crawler.extractAll(sources, e -> { });

      assertThat(extractions).noneMatch(Extraction::failed);
      RequestLog log = crawler.requestLog();
      System.out.println("politeness: requests per host " + log.counts() + ", violations of " + DELAY.toMillis()
          + " ms: " + log.violations(DELAY).size());
      assertThat(log.counts()).hasSize(4).allSatisfy((host, count) -> assertThat(count).isEqualTo(9));
      assertThat(log.violations(DELAY)).isEmpty();
    } finally {
      servers.forEach(FixtureServer::close);
    }
  }
}
