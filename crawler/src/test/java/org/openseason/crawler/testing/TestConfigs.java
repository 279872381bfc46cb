package org.openseason.crawler.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.openseason.crawler.CrawlerConfig;
import org.openseason.crawler.guard.HostPort;
import org.openseason.crawler.robots.RobotsSettings;

/** Crawler configurations for tests: short timeouts, small limits, and only the fixture servers reachable. */
public final class TestConfigs {

  private TestConfigs() {}

  /** No delay between requests, 1 MiB bodies, 2 s per exchange, robots kept for the test, the servers allowed. */
  public static CrawlerConfig fast(FixtureServer... servers) {
    Set<HostPort> allowed = Arrays.stream(servers).map(FixtureServer::hostPort).collect(Collectors.toSet());
    return CrawlerConfig.defaults()
        .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))
        .withMaxBodyBytes(1024 * 1024)
        .withPoliteness(Duration.ZERO, 4)
        .withRetryAfterCap(Duration.ofMillis(200))
        .withRobots(new RobotsSettings("OpenSeasonBot", Duration.ofHours(1), Duration.ofMinutes(1), 512 * 1024,
            Duration.ofMillis(300)))
        .withVocabulary(TestVocabulary.catalog())
        .withAllowInternal(allowed);
  }
}
