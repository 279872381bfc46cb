package org.openseason.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openseason.crawler.fetch.Validators;
import org.openseason.crawler.testing.FixtureServer;
import org.openseason.crawler.testing.TestConfigs;

@Timeout(15)
class ConditionalRequestTest {

  private static final String PAGE = "<html><body><main><h1>Unchanged Program</h1>"
      + "<p>Participants must be 18 or older.</p></main></body></html>";

  @Test
  void anUnchangedPageAnswers304AndCostsNothing() {
    try (FixtureServer server = FixtureServer.start(); Crawler crawler = Crawler.create(TestConfigs.fast(server))) {
      server.route("/program", exchange -> {
        String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
        if ("\"abc\"".equals(sent)) {
          exchange.getResponseHeaders().set("ETag", "\"abc\"");
          exchange.sendResponseHeaders(304, -1);
          return;
        }
        exchange.getResponseHeaders().set("ETag", "\"abc\"");
        exchange.getResponseHeaders().set("Last-Modified", "Wed, 21 Oct 2026 07:28:00 GMT");
        FixtureServer.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
      });
      SourceSpec source = new SourceSpec("program", server.uri("/program"), DocumentKind.HTML, java.util.List.of(),
          java.util.Optional.empty(), Validators.NONE);

      Extraction first = crawler.extract(source);
      assertThat(first.fetch().outcome()).isEqualTo(FetchInfo.Outcome.FETCHED);
      assertThat(first.fetch().validators()).isEqualTo(Validators.of("\"abc\"", "Wed, 21 Oct 2026 07:28:00 GMT"));

      Extraction second = crawler.extract(source.withValidators(first.fetch().validators()));
      assertThat(second.fetch().outcome()).isEqualTo(FetchInfo.Outcome.NOT_MODIFIED);
      assertThat(second.failed()).isFalse();
      assertThat(second.foundAnything()).isFalse();
      assertThat(second.fetch().validators().etag()).contains("\"abc\"");
      assertThat(server.received("/program").get(1).header("If-modified-since"))
          .isEqualTo("Wed, 21 Oct 2026 07:28:00 GMT");
    }
  }
}
