package org.openseason.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.openseason.crawler.testing.FixtureServer;
import org.openseason.crawler.testing.TestConfigs;

/**
 * The loopback server and crawler shared by the bad-input tests: one route per kind of bad input, each ending in
 * a classified problem within its timeout, with nothing partial extracted.
 */
@Timeout(15)
abstract class BadInputFixture {

  static final String GOOD_PAGE = "<html><head><title>Good Program</title></head><body><main>"
      + "<h1>Good Program</h1><p>Participants must be 18 or older and spend at least 10 hours a week.</p>"
      + "</main></body></html>";
  static byte[] gzipBomb;

  FixtureServer server;
  Crawler crawler;

  @BeforeAll
  static void makeBomb() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 64; i++) {
        gzip.write(zeros);
      }
    }
    gzipBomb = bytes.toByteArray();
  }

  @BeforeEach
  void start() {
    server = FixtureServer.start();
    server.route("/good", FixtureServer.text(200, "text/html; charset=utf-8", GOOD_PAGE));
    crawler = Crawler.create(TestConfigs.fast(server));
  }

  @AfterEach
  void stop() {
    crawler.close();
    server.close();
  }

  SourceSpec source(String id, String path) {
    return new SourceSpec(id, server.uri(path), DocumentKind.HTML, List.of(), java.util.Optional.empty(), null);
  }

  static void assertFailed(Extraction extraction, String... anyOfReasons) {
    assertThat(extraction.failed()).as("failed: " + extraction.problems()).isTrue();
    assertThat(extraction.foundAnything()).isFalse();
    assertThat(extraction.problems()).filteredOn(Problem::fatal).extracting(Problem::reason)
        .containsAnyOf(anyOfReasons);
  }

  static List<String> reasons(Extraction extraction) {
    return extraction.problems().stream().map(Problem::reason).toList();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
