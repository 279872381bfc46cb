package org.openseason.crawler;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.openseason.crawler.archive.ArchiveSettings;
import org.openseason.crawler.guard.HostPort;
import org.openseason.crawler.guard.Resolver;
import org.openseason.crawler.robots.RobotsSettings;
import org.openseason.domain.InterestVocabulary;

/**
 * Everything the crawler can be told, with safe, polite defaults ({@link #defaults()}).
 *
 * @param userAgent the User-Agent, naming OpenSeason and a contact URL
 * @param connectTimeout the longest wait for a connection
 * @param totalTimeout the longest a whole exchange may take, body included
 * @param maxBodyBytes the largest body kept, counted after decompression
 * @param maxRedirects the most redirects followed (each target checked again)
 * @param hostDelay the least time between two requests to one host ({@link Duration#ZERO} only for benchmarks)
 * @param maxConcurrency the most requests in flight at once
 * @param retryAfterCap the longest {@code Retry-After} honoured
 * @param robots how robots.txt is read and kept
 * @param allowInternal the exact {@code host:port} pairs that may be internal addresses (tests, private networks)
 * @param resolver how host names are resolved; empty for the system's resolver with the connect timeout
 * @param sslContext the TLS context; empty for the platform's default trust
 * @param vocabulary the interest vocabulary that technology names are mapped to
 * @param defaultZone the zone of dates published without one
 * @param clock the clock for fetch times and robots.txt expiry
 * @param archive whether responses are replayed from a web archive, or recorded to one
 */
public record CrawlerConfig(String userAgent, Duration connectTimeout, Duration totalTimeout, long maxBodyBytes,
    int maxRedirects, Duration hostDelay, int maxConcurrency, Duration retryAfterCap, RobotsSettings robots,
    Set<HostPort> allowInternal, Optional<Resolver> resolver, Optional<SSLContext> sslContext,
    InterestVocabulary vocabulary, ZoneId defaultZone, Clock clock, ArchiveSettings archive) {

  public static final String USER_AGENT = "OpenSeasonBot/0.1 (+https://github.com/openseason/openseason)";

  public CrawlerConfig {
    requireNonNull(userAgent, "userAgent is null");
    requireNonNull(connectTimeout, "connectTimeout is null");
    requireNonNull(totalTimeout, "totalTimeout is null");
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1 KiB");
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("maxRedirects must be between 0 and 20");
    }
    requireNonNull(hostDelay, "hostDelay is null");
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1");
    }
    requireNonNull(retryAfterCap, "retryAfterCap is null");
    requireNonNull(robots, "robots is null");
    allowInternal = Set.copyOf(allowInternal);
    resolver = resolver == null ? Optional.empty() : resolver;
    sslContext = sslContext == null ? Optional.empty() : sslContext;
    requireNonNull(vocabulary, "vocabulary is null");
    requireNonNull(defaultZone, "defaultZone is null");
    requireNonNull(clock, "clock is null");
    archive = archive == null ? ArchiveSettings.NONE : archive;
  }

  /**
   * Polite and safe: 5 s to connect, 30 s per exchange, 5 MiB bodies, 5 redirects, 5 s between requests to one
   * host, 4 requests at once, {@code Retry-After} and {@code Crawl-delay} honoured up to an hour and a minute,
   * robots.txt kept 24 hours (10 minutes after a failure), no internal address reachable.
   */
  public static CrawlerConfig defaults() {
    return new CrawlerConfig(USER_AGENT, Duration.ofSeconds(5), Duration.ofSeconds(30), 5L * 1024 * 1024, 5,
        Duration.ofSeconds(5), 4, Duration.ofHours(1),
        new RobotsSettings("OpenSeasonBot", Duration.ofHours(24), Duration.ofMinutes(10), 512 * 1024,
            Duration.ofMinutes(1)),
        Set.of(), Optional.empty(), Optional.empty(), InterestVocabulary.empty(), ZoneOffset.UTC, Clock.systemUTC(),
        ArchiveSettings.NONE);
  }

  public CrawlerConfig withUserAgent(String agent) {
    return new CrawlerConfig(agent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, hostDelay,
        maxConcurrency, retryAfterCap, robots, allowInternal, resolver, sslContext, vocabulary,
        defaultZone, clock, archive);
  }

  public CrawlerConfig withTimeouts(Duration connect, Duration total) {
    return new CrawlerConfig(userAgent, connect, total, maxBodyBytes, maxRedirects, hostDelay, maxConcurrency,
        retryAfterCap, robots, allowInternal, resolver, sslContext, vocabulary, defaultZone, clock, archive);
  }

  public CrawlerConfig withMaxBodyBytes(long bytes) {
    return new CrawlerConfig(userAgent, connectTimeout, totalTimeout, bytes, maxRedirects, hostDelay,
        maxConcurrency, retryAfterCap, robots, allowInternal, resolver, sslContext, vocabulary,
        defaultZone, clock, archive);
  }

  public CrawlerConfig withPoliteness(Duration delay, int concurrency) {
    return new CrawlerConfig(userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, delay,
        concurrency, retryAfterCap, robots, allowInternal, resolver, sslContext, vocabulary,
        defaultZone, clock, archive);
  }

  public CrawlerConfig withRetryAfterCap(Duration cap) {
    return new CrawlerConfig(userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, hostDelay,
        maxConcurrency, cap, robots, allowInternal, resolver, sslContext, vocabulary, defaultZone, clock, archive);
  }

  public CrawlerConfig withRobots(RobotsSettings settings) {
    return new CrawlerConfig(userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, hostDelay,
        maxConcurrency, retryAfterCap, settings, allowInternal, resolver, sslContext, vocabulary,
        defaultZone, clock, archive);
  }

  /** Lets the crawl reach exactly these internal {@code host:port} pairs ({@code --allow-internal}). */
  public CrawlerConfig withAllowInternal(Set<HostPort> pairs) {
    return new CrawlerConfig(userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, hostDelay,
        maxConcurrency, retryAfterCap, robots, pairs, resolver, sslContext, vocabulary, defaultZone, clock, archive);
  }

  public CrawlerConfig withResolver(Resolver custom) {
    return new CrawlerConfig(userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, hostDelay,
        maxConcurrency, retryAfterCap, robots, allowInternal, Optional.of(custom), sslContext, vocabulary,
        defaultZone, clock, archive);
  }

  public CrawlerConfig withSslContext(SSLContext context) {
    return new CrawlerConfig(userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, hostDelay,
        maxConcurrency, retryAfterCap, robots, allowInternal, resolver, Optional.of(context), vocabulary,
        defaultZone, clock, archive);
  }

  public CrawlerConfig withVocabulary(InterestVocabulary interests) {
    return new CrawlerConfig(userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, hostDelay,
        maxConcurrency, retryAfterCap, robots, allowInternal, resolver, sslContext, interests,
        defaultZone, clock, archive);
  }

  public CrawlerConfig withClock(Clock newClock) {
    return new CrawlerConfig(userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, hostDelay,
        maxConcurrency, retryAfterCap, robots, allowInternal, resolver, sslContext, vocabulary,
        defaultZone, newClock, archive);
  }

  /** Replays responses from a web archive instead of the network, or records a live crawl to one. */
  public CrawlerConfig withArchive(ArchiveSettings settings) {
    return new CrawlerConfig(userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, hostDelay,
        maxConcurrency, retryAfterCap, robots, allowInternal, resolver, sslContext, vocabulary, defaultZone, clock,
        settings);
  }
}
