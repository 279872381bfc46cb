package org.openseason.crawler.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openseason.crawler.Crawler;
import org.openseason.crawler.DocumentKind;
import org.openseason.crawler.Extraction;
import org.openseason.crawler.testing.FixtureServer;
import org.openseason.crawler.testing.MutableClock;
import org.openseason.crawler.testing.TestConfigs;

@Timeout(20)
class RobotsRulesTest {

  private static final String PAGE = "<html><body><main><h1>P</h1><p>18 or older.</p></main></body></html>";

  @Test
  void keepsRobotsTxtForItsTimeToLiveOnTheInjectedClock() {
    MutableClock clock = new MutableClock(Instant.parse("2027-01-01T00:00:00Z"));
    try (FixtureServer server = FixtureServer.start()) {
      server.route("/robots.txt", FixtureServer.text(200, "text/plain", "User-agent: *\nDisallow: /private\n"));
      server.route("/page", FixtureServer.text(200, "text/html", PAGE));
      try (Crawler crawler = Crawler.create(TestConfigs.fast(server).withClock(clock))) {
        crawler.preview(server.uri("/page"), DocumentKind.HTML);
        clock.advance(Duration.ofMinutes(59));
        crawler.preview(server.uri("/page"), DocumentKind.HTML);
        assertThat(server.received("/robots.txt")).hasSize(1);
        clock.advance(Duration.ofMinutes(2));
        crawler.preview(server.uri("/page"), DocumentKind.HTML);
        assertThat(server.received("/robots.txt")).hasSize(2);
      }
    }
  }

  @Test
  void honoursCrawlDelayUpToTheCap() {
    try (FixtureServer server = FixtureServer.start()) {
      server.route("/robots.txt", FixtureServer.text(200, "text/plain", "User-agent: *\nCrawl-delay: 3600\n"));
      server.route("/a", FixtureServer.text(200, "text/html", PAGE));
      server.route("/b", FixtureServer.text(200, "text/html", PAGE));
      try (Crawler crawler = Crawler.create(TestConfigs.fast(server))) {
        Extraction a = crawler.preview(server.uri("/a"), DocumentKind.HTML);
        Extraction b = crawler.preview(server.uri("/b"), DocumentKind.HTML);
        assertThat(a.failed()).isFalse();
        assertThat(b.failed()).isFalse();
        long gap = server.received("/b").get(0).nanos() - server.received("/a").get(0).nanos();
        assertThat(Duration.ofNanos(gap)).as("the 300 ms cap of the test configuration")
            .isGreaterThanOrEqualTo(Duration.ofMillis(300));
      }
    }
  }

  @Test
  void appliesTheRulesForItsOwnAgentToken() {
    try (FixtureServer server = FixtureServer.start()) {
      server.route("/robots.txt", FixtureServer.text(200, "text/plain",
          "User-agent: OpenSeasonBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n"));
      server.route("/page", FixtureServer.text(200, "text/html", PAGE));
      try (Crawler crawler = Crawler.create(TestConfigs.fast(server))) {
        Extraction page = crawler.preview(server.uri("/page"), DocumentKind.HTML);
        assertThat(page.failed()).isTrue();
        assertThat(page.problems()).extracting(p -> p.reason()).containsExactly("disallowed");
        assertThat(server.received("/page")).isEmpty();
      }
    }
  }
}
