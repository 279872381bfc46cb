package org.openseason.api.guard;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts hits per client in fixed windows, in the database, so that the limit holds however many instances share
 * the load. A denied hit is not counted (a client that waits out the window gets its full allowance back).
 */
@Singleton
public class RateLimits {

  /** Rows of windows that ended this long ago are deleted. */
  private static final Duration KEEP = Duration.ofDays(2);

  private final RateRepository rows;
  private final Clock clock;

  RateLimits(RateRepository rows, Clock clock) {
    this.rows = rows;
    this.clock = clock;
  }

  /**
   * Counts one hit of a client, if its limit allows it.
   *
   * @param limit the bucket and its allowance
   * @param client who hits: an address, an account name
   * @return allowed, or denied with how long until the window ends
   */
  @Transactional
  public Verdict hit(Limit limit, String client) {
    String id = id(limit, client);
    Instant now = clock.instant();
    rows.insertIfAbsent(id, now);
    RateRow row = rows.findByIdForUpdate(id).orElseThrow();
    Instant windowEnd = row.windowStart().plus(limit.window());
    if (!now.isBefore(windowEnd)) {
      rows.update(new RateRow(id, now, 1));
      return Verdict.ALLOWED;
    }
    if (row.hits() >= limit.hits()) {
      return new Verdict(false, Duration.between(now, windowEnd));
    }
    rows.update(new RateRow(id, row.windowStart(), row.hits() + 1));
    return Verdict.ALLOWED;
  }

  /** Forgets a client's hits in a bucket (after a successful login, its failures). */
  @Transactional
  public void reset(Limit limit, String client) {
    rows.deleteById(id(limit, client));
  }

  private static String id(Limit limit, String client) {
    return limit.bucket() + ":" + (client.length() > 250 ? client.substring(0, 250) : client);
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "10m")
  void forgetOldWindows() {
    rows.deleteByWindowStartLessThan(clock.instant().minus(KEEP));
  }

  /**
   * Whether a hit may go ahead.
   *
   * @param allowed yes or no
   * @param retryAfter when denied, how long until the client may try again (zero when allowed)
   */
  public record Verdict(boolean allowed, Duration retryAfter) {
    static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

    /** Whole seconds for a {@code Retry-After} header, at least one. */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }
}
