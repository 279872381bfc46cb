package org.openseason.web.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.api.crawl.CrawlReport;
import org.openseason.api.crawl.CrawlService;
import org.openseason.api.crawl.SourceResult;
import org.openseason.crawler.Crawler;
import org.openseason.crawler.CrawlerConfig;
import org.openseason.crawler.Extraction;
import org.openseason.crawler.guard.HostPort;
import org.openseason.web.StartupFailure;

/**
 * {@code openseason crawl}: crawls the due sources (or one, or all) into the database with a progress bar and a
 * summary, or previews any page ({@code --url URL --dry-run}) as JSON without storing anything.
 */
public final class CrawlCommand {

  public static final String USAGE =
      """
      Usage: openseason crawl [--source ID... | --all] [--data DIR] [--format text|json] [--allow-internal HOST:PORT]
                              [--replay FILE.warc[.gz] | --record FILE.warc.gz]
             openseason crawl --url URL [--kind html|markdown|feed] --dry-run [--format json|text] [--replay FILE]

      Crawls the sources that are due (every source the first time) into the database, with a progress bar and a
      summary; the report is kept for administrators. Sources that cannot be reached fail cleanly and are reported.
      Stop the server first when it uses the same data folder, or start crawls from the admin API instead.

        --source ID                Crawl only this source, due or not; repeatable.
        --all                      Crawl every enabled source, due or not.
        --data DIR                 The data folder (default ./data), as for serve.
        --format text|json         The summary as text (default) or the whole report as JSON.
        --allow-internal HOST:PORT Let the crawl reach this internal address (a local test server); repeatable.
        --url URL --dry-run        Read one page with the default extractors of its kind and print what was found
                                   (programs, projects, milestones, problems); nothing is stored. JSON by default.
        --kind html|markdown|feed  How to read the page (guessed from its type and path when left out).
        --replay FILE              Read every response from this web archive (WARC 1.0/1.1, gzip or not) instead of
                                   the network, matched by URL; a URL it lacks fails as not-in-archive. What is
                                   merged is dated by the archive, not by now.
        --record FILE              Write every request and response of this live crawl to a web archive (WARC 1.1,
                                   gzip), to reproduce, share or debug the crawl with --replay.
      """;

  private final PrintStream out;
  private final PrintStream err;

  public CrawlCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the command.
   *
   * @param options the parsed options
   * @param overrides configuration that wins over everything else (for tests)
   * @return the exit status: 0 done, 1 the crawl could not run or the previewed page could not be read
   */
  public int run(CrawlOptions options, Map<String, Object> overrides) {
    if (options.help()) {
      out.print(USAGE);
      return 0;
    }
    return options.preview() ? preview(options) : crawl(options, overrides);
  }

  private int preview(CrawlOptions options) {
    CrawlerConfig config = CrawlerConfig.defaults()
        .withVocabulary(CatalogReader.fromClasspath().vocabulary())
        .withPoliteness(Duration.ofSeconds(1), 2)
        .withAllowInternal(Set.copyOf(options.allowInternal()))
        .withArchive(options.archive());
    try (Crawler crawler = Crawler.create(config)) {
      Extraction extraction = options.kind().isPresent()
          ? crawler.preview(options.url().orElseThrow(), options.kind().get())
          : crawler.preview(options.url().orElseThrow());
      if (options.json().orElse(true)) {
        out.println(json(extraction.toMap()));
      } else {
        out.print(PreviewText.of(extraction));
      }
      return extraction.failed() ? 1 : 0;
    }
  }

  private int crawl(CrawlOptions options, Map<String, Object> overrides) {
    Map<String, Object> properties = new LinkedHashMap<>();
    options.data().ifPresent(dir -> properties.put("openseason.data-dir", dir.toAbsolutePath().toString()));
    properties.put("openseason.crawl.scheduled", false);
    if (!options.allowInternal().isEmpty()) {
      properties.put("openseason.crawl.allow-internal",
          options.allowInternal().stream().map(HostPort::toString).collect(Collectors.toList()));
    }
    options.replay().ifPresent(file -> properties.put("openseason.crawl.replay", file.toAbsolutePath().toString()));
    options.record().ifPresent(file -> properties.put("openseason.crawl.record", file.toAbsolutePath().toString()));
    properties.putAll(overrides);
    ApplicationContext context;
    try {
      context = ApplicationContext.builder().properties(properties).deduceEnvironment(false).start();
    } catch (RuntimeException e) {
      err.println("openseason: could not start the crawl: " + StartupFailure.explain(e));
      return 1;
    }
    try (context) {
      CrawlService crawls = context.getBean(CrawlService.class);
      CrawlService.Request request = new CrawlService.Request("cli", options.sources(), options.all());
      CrawlReport report = crawls.crawl(request, new ProgressLine(err, System.console() != null));
      if (options.json().orElse(false)) {
        out.println(context.getBean(JsonMapper.class).writeValueAsString(report));
      } else {
        out.print(summary(report));
      }
      return 0;
    } catch (CrawlService.UnknownSource e) {
      err.println("openseason: " + e.getMessage() + "; see GET /api/v1/admin/sources or crawler/src/main/resources/sources");
      return 2;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report in a few lines for people. */
  static String summary(CrawlReport report) {
    CrawlReport.Counts c = report.counts();
    StringBuilder text = new StringBuilder();
    double seconds = Duration.between(report.startedAt(), report.finishedAt()).toMillis() / 1000.0;
    text.append(String.format("Crawl %d: %d sources in %.1f s%n", report.id(), c.sources(), seconds));
    text.append(String.format("  fetched %d, not modified %d, disallowed %d, failed %d%s%n", c.fetched(),
        c.notModified(), c.disallowed(), c.failed(), report.failedByReason().isEmpty() ? ""
            : " (" + report.failedByReason().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")"));
    text.append(String.format("  extracted %d items, %d new, %d listings changed%n", c.extracted(), c.newItems(),
        c.changedPrograms()));
    for (SourceResult s : report.sources()) {
      List<String> parts = new ArrayList<>();
      if (s.programs() > 0) {
        parts.add(s.programs() + " programs");
      }
      if (s.projects() > 0) {
        parts.add(s.projects() + " ideas");
      }
      if (s.milestones() > 0) {
        parts.add(s.milestones() + " dates");
      }
      if (s.announcements() > 0) {
        parts.add(s.announcements() + " announcements");
      }
      if (!s.changedPrograms().isEmpty()) {
        parts.add("changed " + String.join(", ", s.changedPrograms()));
      }
      String why = s.reason() == null ? "" : " (" + s.reason() + s.problems().stream().filter(p -> p.fatal())
          .findFirst().map(p -> ": " + p.detail()).orElse("") + ")";
      text.append("  ").append(s.source()).append(": ").append(s.outcome()).append(why)
          .append(parts.isEmpty() ? "" : " - " + String.join(", ", parts)).append(System.lineSeparator());
    }
    if (report.archive() != null) {
      CrawlReport.Archive archive = report.archive();
      text.append(String.format("  replayed %s: %d responses%s%n", archive.file(), archive.responses(),
          archive.problems().isEmpty() ? "" : ", " + archive.problems().size() + " problems"));
      archive.problems().forEach(p -> text.append("    ").append(p.detail()).append(System.lineSeparator()));
    }
    if (!report.flaggedSources().isEmpty()) {
      text.append("  flagged sources: ").append(String.join(", ", report.flaggedSources())).append(System.lineSeparator());
    }
    if (!report.possiblyInactive().isEmpty()) {
      text.append("  possibly inactive programs: ").append(String.join(", ", report.possiblyInactive()))
          .append(System.lineSeparator());
    }
    return text.toString();
  }

  private static String json(Object value) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
