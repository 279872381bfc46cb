package org.openseason.crawler.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openseason.crawler.Crawler;
import org.openseason.crawler.CrawlerConfig;
import org.openseason.crawler.DocumentKind;
import org.openseason.crawler.Extraction;
import org.openseason.crawler.FetchInfo;
import org.openseason.crawler.SourceSpec;
import org.openseason.crawler.extract.SectionsSettings;
import org.openseason.crawler.fetch.Validators;
import org.openseason.crawler.testing.TestConfigs;

@Timeout(20)
class ReplayTest {

  private static final String TERM = "https://raw.githubusercontent.com/example/mentoring/main/2027/README.md";

  @TempDir
  Path dir;

  /** A replay that resolves a host name has reached for the network: the test fails. */
  private static CrawlerConfig replaying(Path archive) {
    return TestConfigs.fast().withArchive(ArchiveSettings.replaying(archive)).withResolver(host -> {
      throw new UnknownHostException("a replay must not resolve " + host);
    });
  }

  private static String termPage() throws Exception {
    return Files.readString(Path.of("src/test/resources/fixtures/extract/term-page/document.md"));
  }

  @Test
  void replaysAPageFromTheArchive() throws Exception {
    Path archive = TestArchives.write(dir.resolve("a.warc.gz"), true,
        TestArchives.response(TERM, "text/plain; charset=utf-8", termPage()));
    try (Crawler crawler = Crawler.create(replaying(archive))) {
      Extraction extraction = crawler.extract(new SourceSpec("term", URI.create(TERM), DocumentKind.MARKDOWN,
          List.of(SectionsSettings.defaults()), Optional.of("cncf-mentoring"), Validators.NONE));

      assertThat(extraction.fetch().outcome()).isEqualTo(FetchInfo.Outcome.FETCHED);
      assertThat(extraction.fetch().finalUrl()).isEqualTo(URI.create(TERM));
      assertThat(extraction.fetch().fetchedAt()).isEqualTo(TestArchives.ARCHIVED);
      assertThat(extraction.projects()).isNotEmpty();
      assertThat(crawler.requestLog().counts()).isEmpty();
      assertThat(crawler.replay()).hasValueSatisfying(s -> {
        assertThat(s.responses()).isEqualTo(1);
        assertThat(s.problems()).isEmpty();
      });
    }
  }

  @Test
  void reportsAUrlTheArchiveLacks() throws Exception {
    Path archive = TestArchives.write(dir.resolve("a.warc.gz"), true,
        TestArchives.response(TERM, "text/plain", termPage()));
    try (Crawler crawler = Crawler.create(replaying(archive))) {
      Extraction extraction = crawler.preview(URI.create("https://example.org/elsewhere.md"), DocumentKind.MARKDOWN);

      assertThat(extraction.fetch().outcome()).isEqualTo(FetchInfo.Outcome.FAILED);
      assertThat(extraction.problems()).singleElement().satisfies(p -> {
        assertThat(p.reason()).isEqualTo("not-in-archive");
        assertThat(p.fatal()).isTrue();
      });
    }
  }

  @Test
  void obeysTheRobotsRulesTheArchiveHolds() throws Exception {
    Path archive = TestArchives.write(dir.resolve("a.warc.gz"), true,
        TestArchives.response("https://example.org/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n"),
        TestArchives.response("https://example.org/private/page.md", "text/plain", "# Hidden\n"),
        TestArchives.response("https://example.org/public/page.md", "text/plain", "# Open\n\nSome text.\n"));
    try (Crawler crawler = Crawler.create(replaying(archive))) {
      assertThat(crawler.preview(URI.create("https://example.org/private/page.md")).fetch().outcome())
          .isEqualTo(FetchInfo.Outcome.DISALLOWED);
      assertThat(crawler.preview(URI.create("https://example.org/public/page.md")).fetch().outcome())
          .isEqualTo(FetchInfo.Outcome.FETCHED);
    }
  }

  @Test
  void followsARedirectTheArchiveHolds() throws Exception {
    Path archive = TestArchives.write(dir.resolve("a.warc.gz"), true,
        TestArchives.response("https://example.org/old", TestArchives.ARCHIVED,
            TestArchives.http(301, null, "", "Location: https://example.org/new.md"), true),
        TestArchives.response("https://example.org/new.md", "text/markdown", "# Moved\n\nHere now.\n"));
    try (Crawler crawler = Crawler.create(replaying(archive))) {
      FetchInfo fetch = crawler.preview(URI.create("https://example.org/old"), DocumentKind.MARKDOWN).fetch();

      assertThat(fetch.outcome()).isEqualTo(FetchInfo.Outcome.FETCHED);
      assertThat(fetch.finalUrl()).isEqualTo(URI.create("https://example.org/new.md"));
      assertThat(fetch.redirects()).containsExactly(URI.create("https://example.org/new.md"));
    }
  }

  @Test
  void guessesTheKindOfAReplayedPageFromItsArchivedContentType() throws Exception {
    Path archive = TestArchives.write(dir.resolve("a.warc.gz"), true,
        TestArchives.response("https://example.org/news", "application/atom+xml",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>Applications are now open"
                + "</title><id>1</id><updated>2026-07-01T00:00:00Z</updated></entry></feed>"));
    try (Crawler crawler = Crawler.create(replaying(archive))) {
      Extraction extraction = crawler.preview(URI.create("https://example.org/news"));

      assertThat(extraction.announcements()).singleElement()
          .satisfies(a -> assertThat(a.applicationsOpen()).isTrue());
    }
  }

  @Test
  void replaysInFullWhatALaterCrawlWouldAskForConditionally() throws Exception {
    Path archive = TestArchives.write(dir.resolve("a.warc.gz"), true,
        TestArchives.response(TERM, "text/plain", termPage()));
    try (Crawler crawler = Crawler.create(replaying(archive))) {
      Extraction extraction = crawler.extract(new SourceSpec("term", URI.create(TERM), DocumentKind.MARKDOWN,
          List.of(), Optional.empty(), new Validators(Optional.of("\"v1\""), Optional.empty())));

      assertThat(extraction.fetch().outcome()).isEqualTo(FetchInfo.Outcome.FETCHED);
    }
  }
}
