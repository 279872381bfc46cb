package org.openseason.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openseason.crawler.testing.FixtureServer;

/** Bad documents: broken markup and XML, hostile feeds, wrong charsets, empty, huge, endless and slow bodies. */
class BadDocumentsTest extends BadInputFixture {

  @Test
  void readsMalformedHtmlWithAWarningAndStillExtracts() {
    String broken = "<html><body><h1>Broken <b>page</h1>" + "<p><i>x<td>y</b></span></div>".repeat(40)
        + "<p>Participants must be 18 or older.</p></body></html>";
    server.route("/broken", FixtureServer.text(200, "text/html", broken));
    Extraction extraction = crawler.preview(server.uri("/broken"), DocumentKind.HTML);
    assertThat(extraction.failed()).isFalse();
    assertThat(reasons(extraction)).contains("malformed-markup");
    assertThat(extraction.programs()).isNotEmpty();
  }

  @Test
  void refusesHtmlCutOffMidPage() {
    server.route("/cut", FixtureServer.text(200, "text/html", "<html><body><table><tr><td><a href=\"https://ex"));
    assertFailed(crawler.preview(server.uri("/cut"), DocumentKind.HTML), "truncated-document");
  }

  @Test
  void refusesABodyShorterThanItsContentLength() {
    server.route("/short", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 10_000);
      exchange.getResponseBody().write("<html><body>only this".getBytes(StandardCharsets.UTF_8));
      exchange.getResponseBody().flush();
      exchange.getHttpContext().getServer().stop(0);
    });
    assertFailed(crawler.preview(server.uri("/short"), DocumentKind.HTML), "truncated", "timeout",
        "connection-failed");
  }

  @Test
  void refusesMalformedAndTruncatedXml() {
    server.route("/malformed.xml", FixtureServer.text(200, "application/rss+xml",
        "<rss version=\"2.0\"><channel><title>T</title><item><title>a</itm></channel></rss>"));
    server.route("/truncated.xml", FixtureServer.text(200, "application/rss+xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>a"));
    assertFailed(crawler.preview(server.uri("/malformed.xml"), DocumentKind.FEED), "malformed-feed");
    assertFailed(crawler.preview(server.uri("/truncated.xml"), DocumentKind.FEED), "malformed-feed");
  }

  @Test
  void refusesExternalEntitiesAndEntityExpansionInFeeds() {
    server.route("/xxe.xml", FixtureServer.text(200, "application/rss+xml", "<?xml version=\"1.0\"?>"
        + "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;"
        + "</title></channel></rss>"));
    server.route("/lol.xml", FixtureServer.text(200, "application/rss+xml", "<?xml version=\"1.0\"?>"
        + "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
        + "<rss version=\"2.0\"><channel><title>&d;</title></channel></rss>"));
    assertFailed(crawler.preview(server.uri("/xxe.xml"), DocumentKind.FEED), "doctype-forbidden");
    assertFailed(crawler.preview(server.uri("/lol.xml"), DocumentKind.FEED), "doctype-forbidden");
  }

  @Test
  void recognisesAnHtmlErrorPageServedAsAFeed() {
    server.route("/feed", FixtureServer.text(200, "application/rss+xml",
        "<!DOCTYPE html><html><head><title>Error</title></head><body>Service unavailable</body></html>"));
    assertFailed(crawler.preview(server.uri("/feed"), DocumentKind.FEED), "not-a-feed");
  }

  @Test
  void readsUtf8LabelledWithAWrongCharset() {
    byte[] page = "<html><body><main><h1>Zürich Summer of Code</h1><p>Participants must be 18 or older.</p>"
        .concat("</main></body></html>").getBytes(StandardCharsets.UTF_8);
    server.route("/latin1", FixtureServer.bytes(200, "text/html; charset=ISO-8859-1", page));
    Extraction extraction = crawler.preview(server.uri("/latin1"), DocumentKind.HTML);
    assertThat(extraction.programs()).extracting(ProgramCandidate::name).containsExactly("Zürich Summer of Code");
    assertThat(reasons(extraction)).contains("charset-mismatch");
  }

  @Test
  void letsTheHeaderCharsetWinOverAConflictingMetaCharset() {
    byte[] page = ("<html><head><meta charset=\"windows-1251\"></head><body><main><h1>Genève Fellowship</h1>"
        + "<p>Participants must be 18 or older.</p></main></body></html>").getBytes(Charset.forName("windows-1252"));
    server.route("/conflict", FixtureServer.bytes(200, "text/html; charset=windows-1252", page));
    Extraction extraction = crawler.preview(server.uri("/conflict"), DocumentKind.HTML);
    assertThat(extraction.programs()).extracting(ProgramCandidate::name).containsExactly("Genève Fellowship");
  }

  @Test
  void refusesAnEmptyBody() {
    server.route("/empty", FixtureServer.bytes(200, "text/html", new byte[0]));
    assertFailed(crawler.preview(server.uri("/empty"), DocumentKind.HTML), "empty-body");
  }

  @Test
  void refusesBodiesPastTheSizeLimitWithOrWithoutALength() {
    byte[] large = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(large, (byte) 'a');
    server.route("/large", FixtureServer.bytes(200, "text/html", large));
    server.route("/large-chunked", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      exchange.getResponseBody().write(large);
    });
    assertFailed(crawler.preview(server.uri("/large"), DocumentKind.HTML), "too-large");
    assertFailed(crawler.preview(server.uri("/large-chunked"), DocumentKind.HTML), "too-large");
  }

  @Test
  void refusesAGzipBombWithoutExpandingIt() {
    server.route("/bomb", exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      FixtureServer.send(exchange, 200, "text/html", gzipBomb);
    });
    assertFailed(crawler.preview(server.uri("/bomb"), DocumentKind.HTML), "decompression-bomb");
  }

  @Test
  void stopsABodyThatNeverEnds() {
    server.route("/endless", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[64 * 1024];
      OutputStream out = exchange.getResponseBody();
      while (true) {
        out.write(chunk);
      }
    });
    assertFailed(crawler.preview(server.uri("/endless"), DocumentKind.HTML), "too-large");
  }

  @Test
  void stopsAVerySlowBodyAtTheTotalTimeout() {
    server.route("/slow", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      for (int i = 0; i < 200; i++) {
        out.write('a');
        out.flush();
        sleep(100);
      }
    });
    assertFailed(crawler.preview(server.uri("/slow"), DocumentKind.HTML), "timeout");
  }

  @Test
  void stopsAServerThatNeverAnswers() {
    server.route("/silent", exchange -> sleep(10_000));
    assertFailed(crawler.preview(server.uri("/silent"), DocumentKind.HTML), "timeout");
  }

  @Test
  void refusesWhatIsNotText() {
    server.route("/logo.png", FixtureServer.bytes(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
    assertFailed(crawler.preview(server.uri("/logo.png"), DocumentKind.HTML), "bad-content-type");
  }
}
