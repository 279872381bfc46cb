package org.openseason.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openseason.crawler.fetch.AccessRule;
import org.openseason.crawler.fetch.Disallowed;
import org.openseason.crawler.fetch.FailureReason;
import org.openseason.crawler.fetch.Failed;
import org.openseason.crawler.fetch.FetchRequest;
import org.openseason.crawler.fetch.FetchResult;
import org.openseason.crawler.fetch.Fetched;
import org.openseason.crawler.fetch.Fetcher;
import org.openseason.crawler.guard.HostPort;
import org.openseason.crawler.politeness.Politeness;

/**
 * The robots.txt access rule: one cached rule set per scheme, host and port. The robots.txt itself is fetched
 * through a fetcher that follows redirects and passes the politeness gate but does not consult this rule.
 *
 * <p>RFC 9309 2.3.1: a robots.txt that is unavailable (4xx, or more than five redirects) allows everything; one
 * that is unreachable (5xx, 429, no connection) disallows everything for now. When the host cannot be reached at
 * all (no answer, refused connection), the page could not be fetched either, so that network failure is what is
 * reported, rather than "disallowed". In a replayed crawl, a robots.txt the archive does not hold is unavailable
 * (everything allowed), as a 404 would be.
 */
public final class RobotsRules implements AccessRule {

  private static final Set<FailureReason> UNAVAILABLE = EnumSet.of(FailureReason.HTTP_4XX,
      FailureReason.TOO_MANY_REDIRECTS, FailureReason.BAD_CONTENT_TYPE, FailureReason.NOT_IN_ARCHIVE);
  private static final Set<FailureReason> NO_HOST = EnumSet.of(FailureReason.TIMEOUT, FailureReason.DNS,
      FailureReason.CONNECTION_REFUSED, FailureReason.CONNECTION_FAILED, FailureReason.TLS);

  private final Fetcher fetcher;
  private final Politeness politeness;
  private final RobotsSettings settings;
  private final Clock clock;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  public RobotsRules(Fetcher fetcher, Politeness politeness, RobotsSettings settings, Clock clock) {
    this.fetcher = fetcher;
    this.politeness = politeness;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public Optional<FetchResult> refusal(URI uri) {
    Entry entry = rulesFor(uri);
    if (entry.unreachable().isPresent()) {
      Failed failed = entry.unreachable().get();
      return Optional.of(Failed.of(uri, failed.reason(), "robots.txt could not be fetched: " + failed.detail()));
    }
    if (entry.rules().isAllowed(uri.getScheme() + "://" + HostPort.of(uri) + pathOf(uri))) {
      return Optional.empty();
    }
    return Optional.of(new Disallowed(uri, entry.why()));
  }

  private Entry rulesFor(URI uri) {
    String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + HostPort.of(uri);
    Entry cached = cache.get(origin);
    if (cached != null && clock.instant().isBefore(cached.expires())) {
      return cached;
    }
    synchronized (locks.computeIfAbsent(origin, o -> new Object())) {
      cached = cache.get(origin);
      if (cached != null && clock.instant().isBefore(cached.expires())) {
        return cached;
      }
      Entry fresh = read(uri, origin);
      cache.put(origin, fresh);
      return fresh;
    }
  }

  private Entry read(URI page, String origin) {
    URI robots = URI.create(origin + "/robots.txt");
    FetchResult result = fetcher.fetch(new FetchRequest(robots, null, "text/plain, */*;q=0.5",
        settings.maxBytes(), true));
    Instant now = clock.instant();
    if (result instanceof Fetched fetched) {
      SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
      parser.setMaxCrawlDelay(Long.MAX_VALUE);
      BaseRobotRules rules = parser.parseContent(robots.toString(), fetched.body(),
          fetched.contentType().orElse("text/plain"), List.of(settings.agent().toLowerCase(Locale.ROOT)));
      applyCrawlDelay(page, rules);
      return new Entry(rules, Optional.empty(), now.plus(settings.ttl()),
          "robots.txt of " + origin + " disallows this path");
    }
    if (result instanceof Failed failed && UNAVAILABLE.contains(failed.reason())) {
      return new Entry(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), Optional.empty(), now.plus(settings.ttl()),
          "");
    }
    if (result instanceof Failed failed && NO_HOST.contains(failed.reason())) {
      return new Entry(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), Optional.of(failed),
          now.plus(settings.failureTtl()), "");
    }
    String why = result instanceof Failed failed ? failed.reason().key() + ": " + failed.detail() : "no answer";
    return new Entry(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), Optional.empty(),
        now.plus(settings.failureTtl()),
        "robots.txt of " + origin + " could not be read (" + why + "), so nothing may be fetched for now");
  }

  private void applyCrawlDelay(URI page, BaseRobotRules rules) {
    long delay = rules.getCrawlDelay();
    if (delay > 0) {
      Duration wanted = Duration.ofMillis(delay);
      Duration honoured = wanted.compareTo(settings.crawlDelayCap()) > 0 ? settings.crawlDelayCap() : wanted;
      politeness.raiseDelay(HostPort.of(page).toString(), honoured);
    }
  }

  private static String pathOf(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  /**
   * The rules for one origin until {@code expires}: parsed rules, or "disallow all" with the network failure that
   * made the host unreachable.
   */
  private record Entry(BaseRobotRules rules, Optional<Failed> unreachable, Instant expires, String why) {}
}
