package org.openseason.api.guard;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Leases on work that one instance at a time should do, such as a scheduled crawl: the instance that takes the
 * lease does the work, the others skip it. A lease runs out by itself, so an instance that dies holding one
 * blocks the work only until then.
 */
@Singleton
public class Leases {

  private final LeaseRepository leases;
  private final Clock clock;
  private final String holder = UUID.randomUUID().toString();

  Leases(LeaseRepository leases, Clock clock) {
    this.leases = leases;
    this.clock = clock;
  }

  /** Whether this instance now holds the lease for this long (it may already have held it). */
  public boolean acquire(String name, Duration length) {
    Instant now = clock.instant();
    Instant until = now.plus(length);
    return leases.insertIfAbsent(name, holder, until) == 1 || leases.takeOver(name, holder, until, now) == 1;
  }

  /** Gives the lease back early, when the work is done. */
  public void release(String name) {
    leases.giveBack(name, holder, clock.instant());
  }
}
