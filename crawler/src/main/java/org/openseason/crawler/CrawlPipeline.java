package org.openseason.crawler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.openseason.crawler.archive.ReplayExchange;
import org.openseason.crawler.archive.ReplaySummary;
import org.openseason.crawler.archive.WarcArchive;
import org.openseason.crawler.archive.WarcRecorder;
import org.openseason.crawler.extract.ExtractReason;
import org.openseason.crawler.extract.ExtractorKind;
import org.openseason.crawler.extract.ExtractorSettings;
import org.openseason.crawler.extract.Extractors;
import org.openseason.crawler.extract.RawExtraction;
import org.openseason.crawler.extract.StructuredDataSettings;
import org.openseason.crawler.fetch.AccessRule;
import org.openseason.crawler.fetch.Disallowed;
import org.openseason.crawler.fetch.Exchange;
import org.openseason.crawler.fetch.Failed;
import org.openseason.crawler.fetch.FailureReason;
import org.openseason.crawler.fetch.FetchChain;
import org.openseason.crawler.fetch.FetchRequest;
import org.openseason.crawler.fetch.FetchResult;
import org.openseason.crawler.fetch.Fetched;
import org.openseason.crawler.fetch.Fetcher;
import org.openseason.crawler.fetch.HttpFetcher;
import org.openseason.crawler.fetch.LiveExchange;
import org.openseason.crawler.fetch.NotModified;
import org.openseason.crawler.fetch.Tls;
import org.openseason.crawler.fetch.WireTap;
import org.openseason.crawler.guard.AddressGuard;
import org.openseason.crawler.guard.Resolver;
import org.openseason.crawler.guard.SystemResolver;
import org.openseason.crawler.normalize.ExtractionNormalizer;
import org.openseason.crawler.normalize.NormalizeContext;
import org.openseason.crawler.normalize.Normalized;
import org.openseason.crawler.normalize.Normalizer;
import org.openseason.crawler.parse.DocumentParser;
import org.openseason.crawler.parse.DocumentParsers;
import org.openseason.crawler.parse.HtmlPage;
import org.openseason.crawler.parse.ParseResult;
import org.openseason.crawler.parse.ParsedDocument;
import org.openseason.crawler.politeness.Politeness;
import org.openseason.crawler.robots.RobotsRules;
import org.openseason.domain.InterestVocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawl of one source, stage by stage, declared here and nowhere else:
 *
 * <ol>
 *   <li><b>robots</b>: {@link RobotsRules}, consulted before every hop of a fetch;
 *   <li><b>fetch</b>: {@link FetchChain}: per hop the address guard, robots, the politeness gate, then one HTTP
 *       exchange ({@link LiveExchange}, {@link HttpFetcher}, recorded by a {@link WarcRecorder} when asked), or,
 *       replaying a web archive, the archived response ({@link ReplayExchange}); redirects followed and re-checked;
 *   <li><b>parse</b>: {@link DocumentParsers}: charset, then HTML, Markdown or feed, and structured data;
 *   <li><b>extract</b>: the source's extractors ({@link Extractors}), plus structured data on every page;
 *   <li><b>normalize</b>: {@link ExtractionNormalizer}.
 * </ol>
 *
 * Merging into listings and storing are the application's: it receives an {@link Extraction}. A problem at any
 * stage ends the pipeline for that document and becomes data in the extraction; nothing is thrown.
 */
final class CrawlPipeline implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CrawlPipeline.class);
  private static final int ROBOTS_REDIRECTS = 5;

  private final Fetcher fetcher;
  private final DocumentParser parser;
  private final Normalizer normalizer;
  private final InterestVocabulary vocabulary;
  private final Politeness politeness;
  private final CrawlerConfig config;
  private final Optional<SystemResolver> systemResolver;
  private final Optional<WarcArchive> replay;
  private final Optional<WarcRecorder> recorder;

  private CrawlPipeline(CrawlerConfig config, Fetcher fetcher, DocumentParser parser, Normalizer normalizer,
      Politeness politeness, Optional<SystemResolver> systemResolver, Optional<WarcArchive> replay,
      Optional<WarcRecorder> recorder) {
    this.config = config;
    this.fetcher = fetcher;
    this.parser = parser;
    this.normalizer = normalizer;
    this.vocabulary = config.vocabulary();
    this.politeness = politeness;
    this.systemResolver = systemResolver;
    this.replay = replay;
    this.recorder = recorder;
  }

  /** Builds the stages, in the order a document passes them. */
  static CrawlPipeline assemble(CrawlerConfig config) {
    Optional<SystemResolver> system = config.resolver().isPresent() || config.archive().replay().isPresent()
        ? Optional.empty() : Optional.of(new SystemResolver(config.connectTimeout()));
    Politeness politeness = new Politeness(config.hostDelay(), config.maxConcurrency());
    Optional<WarcArchive> replay = config.archive().replay().map(CrawlPipeline::openArchive);
    Optional<WarcRecorder> recorder = config.archive().record().map(file -> openRecorder(file, config));
    // The one place a live crawl and a replay differ: what answers each hop of a fetch.
    Function<AccessRule, Exchange> hops;
    if (replay.isPresent()) {
      hops = access -> new ReplayExchange(replay.get(), access);
    } else {
      Resolver resolver = config.resolver().orElseGet(system::get);
      AddressGuard guard = new AddressGuard(config.allowInternal(), resolver);
      HttpFetcher http = new HttpFetcher(config.userAgent(), config.connectTimeout(), config.totalTimeout(),
          new Tls(config.sslContext().orElseGet(CrawlPipeline::defaultTls)), config.clock(),
          recorder.<WireTap>map(r -> r).orElse(WireTap.NONE));
      hops = access -> new LiveExchange(http, guard, politeness, access, config.retryAfterCap());
    }
    // 1. robots: read through a chain of its own (guarded, polite, redirects followed, no robots check of itself)
    Fetcher robotsFetcher = new FetchChain(hops.apply(AccessRule.ALLOW_ALL), ROBOTS_REDIRECTS);
    AccessRule robots = new RobotsRules(robotsFetcher, politeness, config.robots(), config.clock());
    // 2. fetch
    Fetcher fetcher = new FetchChain(hops.apply(robots), config.maxRedirects());
    // 3. parse
    DocumentParser parser = new DocumentParsers();
    // 4. extract: per source, from its settings, in extract() below
    // 5. normalize
    Normalizer normalizer = new ExtractionNormalizer(config.vocabulary());
    return new CrawlPipeline(config, fetcher, parser, normalizer, politeness, system, replay, recorder);
  }

  private static WarcArchive openArchive(Path file) {
    try {
      return WarcArchive.open(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replay " + file + ": " + e.getMessage(), e);
    }
  }

  private static WarcRecorder openRecorder(Path file, CrawlerConfig config) {
    try {
      return WarcRecorder.create(file, config.userAgent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record to " + file + ": " + e.getMessage(), e);
    }
  }

  /** What the archive being replayed holds and what is wrong in it; empty for a live crawl. */
  Optional<ReplaySummary> replay() {
    return replay.map(WarcArchive::summary);
  }

  Politeness politeness() {
    return politeness;
  }

  /** Fetches, parses, extracts and normalizes one source. */
  Extraction run(SourceSpec source) {
    return read(source, fetch(source.url(), source), Optional.of(source.kind()));
  }

  /** Like {@link #run}, the kind read from the response's media type and the URL when {@code kind} is empty. */
  Extraction run(SourceSpec source, Optional<DocumentKind> kind) {
    return read(source, fetch(source.url(), source), kind);
  }

  /** The extraction of a URL that is not even fetched: not absolute http or https. */
  Extraction refuse(URI url) {
    FetchInfo info = new FetchInfo(FetchInfo.Outcome.FAILED, url, Optional.empty(), null, config.clock().instant(),
        Optional.empty(), List.of(), Optional.empty());
    return new Extraction(Optional.empty(), Optional.empty(), info, List.of(), List.of(), List.of(), List.of(),
        List.of(Problem.fatal(Stage.FETCH, FailureReason.UNSUPPORTED_SCHEME,
            "'" + url + "' is not an absolute http or https URL")));
  }

  /** Parses, extracts and normalizes a document already fetched (fixtures, benchmarks of the later stages). */
  Extraction read(SourceSpec source, Fetched fetched) {
    return read(source, fetched, Optional.of(source.kind()));
  }

  /** Fetches one document through the same hops (guard, robots, politeness), without reading it. */
  FetchResult fetchOnly(FetchRequest request) {
    return fetcher.fetch(request);
  }

  private FetchResult fetch(URI url, SourceSpec source) {
    return fetcher.fetch(new FetchRequest(url, source.validators(), FetchRequest.ANY, config.maxBodyBytes(), false));
  }

  private Extraction read(SourceSpec source, FetchResult result, Optional<DocumentKind> forcedKind) {
    if (!(result instanceof Fetched fetched)) {
      return Outcomes.unread(source, result, config.clock());
    }
    DocumentKind kind = forcedKind.orElseGet(() -> DocumentKind.guess(fetched.uri(), fetched.mediaType()));
    FetchInfo info = Outcomes.fetched(fetched);
    List<Problem> problems = new ArrayList<>();
    try {
      ParseResult parsed = parser.parse(fetched, kind);
      problems.addAll(parsed.problems());
      if (parsed.document().isEmpty()) {
        return Outcomes.empty(source, info, problems);
      }
      RawExtraction raw = extract(source, kind, parsed.document().get());
      ZoneId zone = config.defaultZone();
      Normalized normalized = normalizer.normalize(raw, new NormalizeContext(LocalDate.ofInstant(fetched.fetchedAt(),
          zone)));
      problems.addAll(normalized.problems());
      return new Extraction(Outcomes.id(source), source.program(), info, normalized.programs(),
          normalized.projects(), normalized.milestones(), normalized.announcements(), problems);
    } catch (RuntimeException e) {
      LOG.warn("reading {} failed", fetched.uri(), e);
      problems.add(new Problem(Stage.EXTRACT, "internal-error", e.toString(), true));
      return Outcomes.empty(source, info, problems);
    }
  }

  private RawExtraction extract(SourceSpec source, DocumentKind kind, ParsedDocument document) {
    boolean defaults = source.extractors().isEmpty();
    List<ExtractorSettings> settings = new ArrayList<>(defaults ? Extractors.defaultsFor(kind) : source.extractors());
    if (document instanceof HtmlPage && settings.stream().noneMatch(s -> s.kind() == ExtractorKind.STRUCTURED_DATA)) {
      settings.add(StructuredDataSettings.defaults());
    }
    RawExtraction raw = RawExtraction.EMPTY;
    RawExtraction programPage = RawExtraction.EMPTY;
    for (ExtractorSettings setting : settings) {
      RawExtraction found = Extractors.create(setting, vocabulary).extract(document);
      if (defaults && setting.kind() == ExtractorKind.PROGRAM_PAGE) {
        programPage = found;
      } else {
        raw = raw.plus(found);
      }
    }
    if (!defaults) {
      return raw;
    }
    // A page of unknown shape that lists programs is a list, and one with ideas an ideas page (one idea is enough:
    // a member's page of an umbrella's Summer of Code), not one program's own page; nor is a page of dates whose
    // only fact is that it has dates (not rolling), which its milestones already say.
    boolean onlyDated = !raw.milestones().isEmpty() && programPage.programs().stream()
        .allMatch(p -> p.facts().stream().allMatch(f -> f instanceof ProgramFact.Rolling r && !r.rolling())
            && p.codeOfConduct().isEmpty() && p.rules().isEmpty());
    if (raw.programs().size() < 2 && raw.projects().isEmpty() && !onlyDated) {
      raw = programPage.plus(raw);
    }
    if (!raw.programs().isEmpty() || !raw.projects().isEmpty() || !raw.milestones().isEmpty()
        || !raw.announcements().isEmpty()) {
      // Extractors that were only guessed at and found nothing have nothing worth reporting.
      List<Problem> kept = raw.problems().stream()
          .filter(p -> !p.reason().equals(ExtractReason.NOTHING_FOUND.key())).toList();
      raw = new RawExtraction(raw.programs(), raw.projects(), raw.milestones(), raw.announcements(), kept);
    }
    return raw;
  }

  private static SSLContext defaultTls() {
    try {
      return SSLContext.getDefault();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the platform has no default TLS context", e);
    }
  }

  @Override
  public void close() {
    systemResolver.ifPresent(SystemResolver::close);
    recorder.ifPresent(r -> {
      try {
        r.close();
      } catch (IOException e) {
        LOG.warn("finishing the recording failed", e);
      }
    });
  }

  /** The extraction of a document that was not read: its fetch outcome and why. */
  private static final class Outcomes {

    static Optional<String> id(SourceSpec source) {
      return source.id().equals("preview") && source.extractors().isEmpty() ? Optional.empty()
          : Optional.of(source.id());
    }

    static FetchInfo fetched(Fetched f) {
      return new FetchInfo(FetchInfo.Outcome.FETCHED, f.uri(), Optional.of(f.status()), f.validators(),
          f.fetchedAt(), f.contentType(), f.redirects(), Optional.empty());
    }

    static Extraction empty(SourceSpec source, FetchInfo info, List<Problem> problems) {
      return new Extraction(id(source), source.program(), info, List.of(), List.of(), List.of(), List.of(),
          problems);
    }

    static Extraction unread(SourceSpec source, FetchResult result, Clock clock) {
      if (result instanceof NotModified notModified) {
        return empty(source, new FetchInfo(FetchInfo.Outcome.NOT_MODIFIED, notModified.uri(), Optional.of(304),
            notModified.validators(), notModified.fetchedAt(), Optional.empty(), List.of(), Optional.empty()),
            List.of());
      }
      if (result instanceof Disallowed disallowed) {
        return empty(source, new FetchInfo(FetchInfo.Outcome.DISALLOWED, disallowed.uri(), Optional.empty(),
            source.validators(), clock.instant(), Optional.empty(), List.of(), Optional.empty()),
            List.of(new Problem(Stage.ROBOTS, "disallowed", disallowed.reason(), true)));
      }
      Failed failed = (Failed) result;
      return empty(source, new FetchInfo(FetchInfo.Outcome.FAILED, failed.uri(), failed.status(),
          source.validators(), clock.instant(), Optional.empty(), List.of(), failed.retryAfter()),
          List.of(Problem.fatal(Stage.FETCH, failed.reason(), failed.detail())));
    }
  }
}
