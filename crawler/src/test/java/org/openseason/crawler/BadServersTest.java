package org.openseason.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openseason.crawler.guard.HostPort;
import org.openseason.crawler.testing.FixtureServer;
import org.openseason.crawler.testing.TestConfigs;

/** Bad servers: redirects, internal addresses, robots.txt, rate limits, stray 304s, DNS and refused connections. */
class BadServersTest extends BadInputFixture {

  @Test
  void detectsARedirectLoop() {
    server.route("/a", FixtureServer.redirect(302, "/b"));
    server.route("/b", FixtureServer.redirect(301, "/a"));
    assertFailed(crawler.preview(server.uri("/a"), DocumentKind.HTML), "redirect-loop");
  }

  @Test
  void followsFiveRedirectsButNotSix() {
    for (int i = 0; i < 6; i++) {
      server.route("/hop" + i, FixtureServer.redirect(307, "/hop" + (i + 1)));
    }
    server.route("/hop6", FixtureServer.text(200, "text/html", GOOD_PAGE));
    assertFailed(crawler.preview(server.uri("/hop0"), DocumentKind.HTML), "too-many-redirects");
    Extraction five = crawler.preview(server.uri("/hop1"), DocumentKind.HTML);
    assertThat(five.failed()).isFalse();
    assertThat(five.fetch().redirects()).hasSize(5);
    assertThat(five.fetch().finalUrl()).isEqualTo(server.uri("/hop6"));
  }

  @Test
  void refusesRedirectsToInternalAddressesEvenAfterAnAllowedFirstHop() throws IOException {
    try (FixtureServer other = FixtureServer.start()) {
      other.route("/secret", FixtureServer.text(200, "text/html", GOOD_PAGE));
      server.route("/to-loopback", FixtureServer.redirect(302, other.uri("/secret").toString()));
      server.route("/to-metadata", FixtureServer.redirect(302, "http://169.254.169.254/latest/meta-data/"));
      server.route("/to-private", FixtureServer.redirect(302, "http://10.0.0.1/admin"));
      server.route("/to-mapped", FixtureServer.redirect(302, "http://[::ffff:127.0.0.1]:" + other.hostPort().port()
          + "/secret"));
      for (String path : List.of("/to-loopback", "/to-metadata", "/to-private", "/to-mapped")) {
        assertFailed(crawler.preview(server.uri(path), DocumentKind.HTML), "forbidden-address");
      }
      assertThat(other.received("/secret")).isEmpty();
    }
  }

  @Test
  void refusesNonHttpSchemesBeforeAndAfterRedirects() {
    server.route("/to-file", FixtureServer.redirect(302, "file:///etc/passwd"));
    assertFailed(crawler.preview(server.uri("/to-file"), DocumentKind.HTML), "unsupported-scheme");
    assertFailed(crawler.preview(URI.create("file:///etc/passwd")), "unsupported-scheme");
    assertFailed(crawler.preview(URI.create("ftp://example.org/x"), DocumentKind.HTML), "unsupported-scheme");
  }

  @Test
  void readsOnlyThePartOfAHugeRobotsTxtThatRfc9309Requires() {
    StringBuilder robots = new StringBuilder("User-agent: *\nDisallow: /early\n");
    while (robots.length() < 700 * 1024) {
      robots.append("# ").append("x".repeat(100)).append('\n');
    }
    robots.append("Disallow: /late\n");
    server.route("/robots.txt", FixtureServer.text(200, "text/plain", robots.toString()));
    server.route("/early", FixtureServer.text(200, "text/html", GOOD_PAGE));
    server.route("/late", FixtureServer.text(200, "text/html", GOOD_PAGE));
    assertFailed(crawler.preview(server.uri("/early"), DocumentKind.HTML), "disallowed");
    assertThat(crawler.preview(server.uri("/late"), DocumentKind.HTML).failed()).isFalse();
  }

  @Test
  void treatsABrokenRobotsTxtAsAllowingEverything() {
    server.route("/robots.txt", FixtureServer.bytes(200, "text/plain", new byte[] {0, 1, 2, (byte) 0xff, 10, 13}));
    assertThat(crawler.preview(server.uri("/good"), DocumentKind.HTML).failed()).isFalse();
  }

  @Test
  void disallowsEverythingWhileRobotsTxtAnswers5xx() {
    server.route("/robots.txt", FixtureServer.text(503, "text/plain", "down"));
    Extraction extraction = crawler.preview(server.uri("/good"), DocumentKind.HTML);
    assertFailed(extraction, "disallowed");
    assertThat(extraction.problems()).extracting(Problem::stage).containsExactly(Stage.ROBOTS);
    assertThat(extraction.fetch().outcome()).isEqualTo(FetchInfo.Outcome.DISALLOWED);
    assertThat(server.received("/good")).isEmpty();
  }

  @Test
  void allowsEverythingWhenRobotsTxtIsMissing() {
    assertThat(crawler.preview(server.uri("/good"), DocumentKind.HTML).failed()).isFalse();
    assertThat(server.received("/robots.txt")).hasSize(1);
    assertThat(crawler.preview(server.uri("/good"), DocumentKind.HTML).failed()).isFalse();
    assertThat(server.received("/robots.txt")).as("robots.txt is cached").hasSize(1);
  }

  @Test
  void followsARedirectedRobotsTxt() {
    server.route("/robots.txt", FixtureServer.redirect(301, "/real-robots.txt"));
    server.route("/real-robots.txt", FixtureServer.text(200, "text/plain",
        "User-agent: OpenSeasonBot\nDisallow: /good\n"));
    assertFailed(crawler.preview(server.uri("/good"), DocumentKind.HTML), "disallowed");
  }

  @Test
  void reportsRetryAfterOn429AsDataCappedAndWaitsBeforeTheNextRequest() {
    server.route("/busy", exchange -> {
      exchange.getResponseHeaders().set("Retry-After", "120");
      FixtureServer.send(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
    });
    Extraction busy = crawler.preview(server.uri("/busy"), DocumentKind.HTML);
    assertFailed(busy, "rate-limited");
    assertThat(busy.fetch().retryAfter()).contains(Duration.ofMillis(200));
    crawler.preview(server.uri("/good"), DocumentKind.HTML);
    long waited = server.received("/good").get(0).nanos() - server.received("/busy").get(0).nanos();
    assertThat(Duration.ofNanos(waited)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }

  @Test
  void reportsRetryAfterAsAnHttpDateOn503() {
    server.route("/maintenance", exchange -> {
      exchange.getResponseHeaders().set("Retry-After", "Fri, 31 Dec 2100 23:59:59 GMT");
      FixtureServer.send(exchange, 503, "text/plain", "maintenance".getBytes(StandardCharsets.UTF_8));
    });
    Extraction extraction = crawler.preview(server.uri("/maintenance"), DocumentKind.HTML);
    assertFailed(extraction, "http-5xx");
    assertThat(extraction.fetch().retryAfter()).contains(Duration.ofMillis(200));
    assertThat(extraction.fetch().status()).contains(503);
  }

  @Test
  void refusesA304ThatAnsweredNoValidator() {
    server.route("/stale", exchange -> exchange.sendResponseHeaders(304, -1));
    assertFailed(crawler.preview(server.uri("/stale"), DocumentKind.HTML), "unexpected-not-modified");
  }

  @Test
  void reportsAHostThatDoesNotResolve() {
    assertFailed(crawler.preview(URI.create("http://openseason-fixture.invalid/page"), DocumentKind.HTML), "dns");
  }

  @Test
  void reportsARefusedConnection() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    try (Crawler closed = Crawler.create(TestConfigs.fast(server)
        .withAllowInternal(Set.of(new HostPort("127.0.0.1", port))))) {
      assertFailed(closed.preview(URI.create("http://127.0.0.1:" + port + "/"), DocumentKind.HTML),
          "connection-refused");
    }
  }

  @Test
  void classifiesErrorStatusesWithTheirCode() {
    server.route("/gone", FixtureServer.text(410, "text/plain", "gone"));
    server.route("/broken-server", FixtureServer.text(500, "text/plain", "oops"));
    Extraction gone = crawler.preview(server.uri("/gone"), DocumentKind.HTML);
    assertFailed(gone, "http-4xx");
    assertThat(gone.fetch().status()).contains(410);
    assertFailed(crawler.preview(server.uri("/broken-server"), DocumentKind.HTML), "http-5xx");
  }

  @Test
  void goesOnWithTheCrawlAfterBadSources() {
    server.route("/bomb", exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      FixtureServer.send(exchange, 200, "text/html", gzipBomb);
    });
    List<SourceSpec> sources = List.of(
        source("bomb", "/bomb"), source("missing", "/missing"), source("good", "/good"));
    List<Extraction> extractions = crawler.extractAll(sources, e -> { });
    assertThat(extractions).extracting(Extraction::failed).containsExactly(true, true, false);
    assertThat(extractions.get(2).programs()).extracting(ProgramCandidate::name).containsExactly("Good Program");
  }

  @Test
  void namesOpenSeasonAndAContactUrlInTheUserAgent() {
    crawler.preview(server.uri("/good"), DocumentKind.HTML);
    assertThat(server.received("/good")).singleElement().satisfies(r ->
        assertThat(r.header("User-agent")).startsWith("OpenSeasonBot/").contains("+https://"));
  }
}
