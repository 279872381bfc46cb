package org.openseason.crawler.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.openseason.crawler.Crawler;
import org.openseason.crawler.DocumentKind;
import org.openseason.crawler.Extraction;
import org.openseason.crawler.SourceSpec;
import org.openseason.crawler.extract.SectionsSettings;
import org.openseason.crawler.extract.TimelineSettings;
import org.openseason.crawler.fetch.Validators;
import org.openseason.crawler.testing.FixtureServer;
import org.openseason.crawler.testing.TestConfigs;

/** A live crawl of a loopback server recorded to an archive, then replayed from it: the same extractions. */
@Timeout(30)
class RecordThenReplayTest {

  @TempDir
  Path dir;

  @Test
  void replaysARecordedCrawlToTheSameExtractions() throws Exception {
    byte[] term = Files.readAllBytes(Path.of("src/test/resources/fixtures/extract/term-page/document.md"));
    Path archive = dir.resolve("crawl.warc.gz");
    List<Extraction> live;
    List<SourceSpec> sources;
    try (FixtureServer server = FixtureServer.start()) {
      server.route("/robots.txt", FixtureServer.text(200, "text/plain", "User-agent: *\nDisallow: /private\n"));
      server.route("/term/README.md", FixtureServer.bytes(200, "text/plain; charset=utf-8", term));
      server.route("/moved", FixtureServer.redirect(301, "/moved-here.md"));
      server.route("/moved-here.md", FixtureServer.bytes(200, "text/markdown", term));
      server.route("/gzipped.md", exchange -> {
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        FixtureServer.send(exchange, 200, "text/markdown", gzip(term));
      });
      server.route("/chunked.md", exchange -> {
        exchange.getResponseHeaders().set("Content-Type", "text/markdown");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(term);
        }
      });
      sources = new ArrayList<>();
      for (String path : List.of("/term/README.md", "/moved", "/gzipped.md", "/chunked.md", "/private/x.md",
          "/missing.md")) {
        sources.add(new SourceSpec("s" + sources.size(), server.uri(path), DocumentKind.MARKDOWN,
            List.of(SectionsSettings.defaults(), TimelineSettings.defaults()), Optional.of("cncf-mentoring"),
            Validators.NONE));
      }
      try (Crawler crawler = Crawler.create(TestConfigs.fast(server)
          .withArchive(ArchiveSettings.recording(archive)))) {
        live = crawler.extractAll(sources, e -> {});
      }
    }
    assertThat(live.get(0).projects()).isNotEmpty();
    assertThat(records(archive)).contains("response", "request");

    List<Extraction> replayed;
    try (Crawler crawler = Crawler.create(TestConfigs.fast().withArchive(ArchiveSettings.replaying(archive)))) {
      replayed = crawler.extractAll(sources, e -> {});
      assertThat(crawler.replay().orElseThrow().problems()).isEmpty();
    }

    for (int i = 0; i < sources.size(); i++) {
      assertThat(comparable(replayed.get(i))).as(sources.get(i).url().toString())
          .isEqualTo(comparable(live.get(i)));
    }
    assertThat(replayed.get(0).fetch().fetchedAt()).isEqualTo(live.get(0).fetch().fetchedAt());
  }

  /** The extraction as JSON, without the fetch time of what was not read (dated by the clock, not the archive). */
  private static Map<String, Object> comparable(Extraction extraction) {
    Map<String, Object> map = new java.util.LinkedHashMap<>(extraction.toMap());
    if (extraction.fetch().outcome() != org.openseason.crawler.FetchInfo.Outcome.FETCHED) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fetch = new java.util.LinkedHashMap<>((Map<String, Object>) map.get("fetch"));
      fetch.keySet().removeIf(k -> k.contains("at"));
      map.put("fetch", fetch);
    }
    return map;
  }

  private static List<String> records(Path archive) throws Exception {
    List<String> types = new ArrayList<>();
    try (WarcReader reader = new WarcReader(archive)) {
      for (WarcRecord record : reader) {
        types.add(record.type());
        if (record instanceof WarcResponse response) {
          assertThat(response.target()).startsWith("http://");
          assertThat(response.payloadDigest()).isPresent();
          assertThat(response.blockDigest()).isPresent();
        }
        if (record instanceof WarcRequest request) {
          assertThat(request.http().method()).isEqualTo("GET");
        }
      }
    }
    return types;
  }

  private static byte[] gzip(byte[] bytes) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }
}
