package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.openseason.api.crawl.SourceRegistry;
import org.openseason.api.program.ProgramStore;
import org.openseason.domain.Program;
import org.openseason.crawler.testing.FixtureServer;

/** {@code openseason crawl}: wrong options, the preview of any page, and a crawl into a data folder. */
class CrawlCommandTest {

  private static final String TERM = "/programs/2027/01-Mar-May/README.md";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final FixtureServer site = FixtureServer.start()
      .route(TERM, FixtureServer.bytes(200, "text/markdown; charset=utf-8", fixture("term-page/document.md")));
  private Path data;
  private Path replayed;

  @AfterEach
  void stop() throws IOException {
    site.close();
    for (Path dir : new Path[] {data, replayed}) {
      if (dir != null) {
        try (Stream<Path> paths = Files.walk(dir)) {
          paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private int run(String... args) {
    return OpenSeason.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--url ftp://example.org/ --dry-run | --url needs an absolute http or https URL",
      "--url https://example.org/ | add --dry-run",
      "--dry-run | --dry-run needs --url",
      "--kind html | --kind goes with --url",
      "--url https://example.org/ --dry-run --kind pdf | --kind must be one of html, markdown, feed",
      "--source a --all | --source and --all cannot be combined",
      "--url https://example.org/ --dry-run --source a | cannot be combined",
      "--format yaml | --format must be json or text",
      "--allow-internal localhost | --allow-internal needs HOST:PORT",
      "--colour red | unknown option '--colour' for crawl",
      "--replay /no/such/crawl.warc.gz | --replay /no/such/crawl.warc.gz: no such file",
      "--replay /no/such/crawl.warc.gz --record /tmp/x.warc.gz | --replay and --record cannot be combined",
      "--record /no/such/folder/x.warc.gz | --record /no/such/folder/x.warc.gz: no folder",
      "--replay /tmp | --replay /tmp: not a file"})
  void refusesWrongOptionsWithExitStatus2(String options, String message) {
    String[] args = ("crawl " + options).split(" ");

    assertThat(run(args)).isEqualTo(2);
    assertThat(err()).contains(message, "openseason crawl --help");
  }

  @Test
  void previewsAPageAsJsonAndStoresNothing() throws IOException {
    int status = run("crawl", "--url", site.uri(TERM).toString(), "--dry-run", "--allow-internal",
        site.hostPort().toString());

    assertThat(status).as(err()).isZero();
    JsonNode preview = new ObjectMapper().readTree(out());
    assertThat(preview.get("programs").isArray()).isTrue();
    assertThat(preview.get("projects")).hasSize(4);
    assertThat(preview.get("projects").get(0).get("title").asText()).isNotBlank();
    assertThat(preview.get("milestones")).hasSize(6);
    assertThat(preview.get("milestones").get(1).get("start").asText()).isEqualTo("2027-02-01T00:00Z");
    assertThat(preview.get("problems").isArray()).isTrue();
  }

  @Test
  void aPreviewOfAnInternalAddressIsRefusedUnlessAllowed() throws IOException {
    int status = run("crawl", "--url", site.uri(TERM).toString(), "--dry-run");

    assertThat(status).isEqualTo(1);
    JsonNode preview = new ObjectMapper().readTree(out());
    assertThat(preview.get("problems").get(0).get("reason").asText()).isEqualTo("forbidden-address");
    assertThat(site.received()).isEmpty();
  }

  @Test
  void crawlsASourceIntoTheDataFolderWithProgressAndASummary() throws IOException {
    data = Files.createTempDirectory("openseason-crawl");
    try (ApplicationContext app = ApplicationContext.run(Map.of("openseason.data-dir", data.toString()))) {
      app.getBean(SourceRegistry.class).add("id: test-term\nurl: " + site.uri(TERM) + "\nkind: markdown\n"
          + "program: cncf-mentoring\ncycle: \"2031 Term 1\"\nlicence: CC-BY-4.0\n");
    }

    int status = run("crawl", "--data", data.toString(), "--source", "test-term", "--allow-internal",
        site.hostPort().toString());

    assertThat(status).as(err()).isZero();
    assertThat(err()).contains("Crawling 1 source", "[1/1] test-term fetched");
    assertThat(out()).contains("1 sources", "fetched 1", "test-term: fetched", "changed cncf-mentoring");
  }

  @Test
  void recordsALiveCrawlAndReplaysItIntoTheSameListing() throws IOException {
    data = Files.createTempDirectory("openseason-crawl");
    replayed = Files.createTempDirectory("openseason-replay");
    Path archive = data.resolve("crawl.warc.gz");
    addTermSource(data);
    addTermSource(replayed);

    assertThat(run("crawl", "--data", data.toString(), "--source", "test-term", "--allow-internal",
        site.hostPort().toString(), "--record", archive.toString())).as(err()).isZero();
    site.close();
    assertThat(run("crawl", "--data", replayed.toString(), "--source", "test-term", "--replay", archive.toString()))
        .as(err()).isZero();

    assertThat(out()).contains("replayed " + archive.toAbsolutePath() + ": 2 responses");
    assertThat(listing(replayed)).isEqualTo(listing(data));
  }

  @Test
  void previewsAPageFromAnArchiveGuessingItsKind() throws IOException {
    data = Files.createTempDirectory("openseason-crawl");
    Path archive = data.resolve("crawl.warc.gz");
    assertThat(run("crawl", "--url", site.uri(TERM).toString(), "--dry-run", "--allow-internal",
        site.hostPort().toString(), "--record", archive.toString())).as(err()).isZero();
    out.reset();
    site.close();

    assertThat(run("crawl", "--url", site.uri(TERM).toString(), "--dry-run", "--replay", archive.toString()))
        .as(err()).isZero();
    JsonNode preview = new ObjectMapper().readTree(out());
    assertThat(preview.get("projects")).hasSize(4);
    assertThat(preview.get("milestones")).hasSize(6);
  }

  @Test
  void reportsADamagedArchiveAndMergesOnlyWhatItCanRead() throws IOException {
    data = Files.createTempDirectory("openseason-crawl");
    replayed = Files.createTempDirectory("openseason-replay");
    Path archive = data.resolve("crawl.warc.gz");
    addTermSource(data);
    addTermSource(replayed);
    assertThat(run("crawl", "--data", data.toString(), "--source", "test-term", "--allow-internal",
        site.hostPort().toString(), "--record", archive.toString())).as(err()).isZero();
    long page = -1;
    long next = -1;
    try (WarcReader reader = new WarcReader(archive)) {
      for (WarcRecord record : reader) {
        if (page >= 0 && next < 0) {
          next = reader.position();
        }
        if (record instanceof WarcResponse response && response.target().endsWith("README.md")) {
          page = reader.position();
        }
      }
    }
    // the page's record cut 40 bytes before its end: its gzip member cannot be inflated, so its URL is not found
    byte[] whole = Files.readAllBytes(archive);
    Path cut = Files.write(data.resolve("cut.warc.gz"), java.util.Arrays.copyOf(whole, (int) next - 40));
    out.reset();

    assertThat(run("crawl", "--data", replayed.toString(), "--source", "test-term", "--replay", cut.toString()))
        .as(err()).isZero();

    assertThat(out()).contains("test-term: failed (not-in-archive", "1 problems", "truncated at byte " + page);
    assertThat(listing(replayed).cycles()).noneMatch(c -> c.label().equals("2031 Term 1"));
  }

  private void addTermSource(Path folder) {
    try (ApplicationContext app = ApplicationContext.run(Map.of("openseason.data-dir", folder.toString()))) {
      app.getBean(SourceRegistry.class).add("id: test-term\nurl: " + site.uri(TERM) + "\n"
          + "kind: markdown\nprogram: cncf-mentoring\ncycle: \"2031 Term 1\"\nlicence: CC-BY-4.0\n");
    }
  }

  private static Program listing(Path folder) {
    try (ApplicationContext app = ApplicationContext.run(Map.of("openseason.data-dir", folder.toString(),
        "openseason.crawl.scheduled", false))) {
      return app.getBean(ProgramStore.class).find("cncf-mentoring").orElseThrow().program();
    }
  }

  @Test
  void anUnknownSourceIsAClearError() throws IOException {
    data = Files.createTempDirectory("openseason-crawl");

    assertThat(run("crawl", "--data", data.toString(), "--source", "no-such-source")).isEqualTo(2);
    assertThat(err()).contains("no source has the id 'no-such-source'");
  }

  private static byte[] fixture(String path) {
    try (InputStream in = CrawlCommandTest.class.getClassLoader().getResourceAsStream("fixtures/extract/" + path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
