package org.openseason.crawler.robots;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How robots.txt is read and kept.
 *
 * @param agent the product token matched against {@code User-agent} lines, for example {@code OpenSeasonBot}
 * @param ttl how long rules are kept; RFC 9309 asks for at most 24 hours
 * @param failureTtl how long "disallow everything" is kept after a 5xx or an unreachable host
 * @param maxBytes how much of a robots.txt is parsed; RFC 9309 asks for at least 500 KiB
 * @param crawlDelayCap the longest {@code Crawl-delay} honoured
 */
public record RobotsSettings(String agent, Duration ttl, Duration failureTtl, int maxBytes, Duration crawlDelayCap) {

  public static final int RFC_MINIMUM_BYTES = 500 * 1024;
  public static final Duration RFC_MAXIMUM_TTL = Duration.ofHours(24);

  public RobotsSettings {
    requireNonNull(agent, "agent is null");
    if (!agent.matches("[A-Za-z_-]+")) {
      throw new IllegalArgumentException("robots agent '" + agent + "' must be letters, '_' and '-' (RFC 9309)");
    }
    if (ttl.compareTo(RFC_MAXIMUM_TTL) > 0 || ttl.isNegative()) {
      throw new IllegalArgumentException("robots.txt may be cached for at most 24 hours");
    }
    if (maxBytes < RFC_MINIMUM_BYTES) {
      throw new IllegalArgumentException("at least 500 KiB of robots.txt must be parsed");
    }
    requireNonNull(failureTtl, "failureTtl is null");
    requireNonNull(crawlDelayCap, "crawlDelayCap is null");
  }
}
