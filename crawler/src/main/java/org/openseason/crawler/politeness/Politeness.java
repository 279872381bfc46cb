package org.openseason.crawler.politeness;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The gate every request passes. A request to a host waits, holding that host's lock, until the host's delay has
 * passed since the previous request to it started and since it ended (so the server, which saw the previous request
 * before answering it, also sees the delay between the two); then it takes one of the global slots and records its
 * start.
 * Because the start is recorded under the host's lock, on the same monotonic clock the wait uses, consecutive
 * starts to one host are never closer than the delay: the property {@link RequestLog#violations} checks.
 */
public final class Politeness {

  private final Duration minimumDelay;
  private final Semaphore slots;
  private final RequestLog log = new RequestLog();
  private final Map<String, HostGate> gates = new ConcurrentHashMap<>();

  /**
   * @param minimumDelay the least time between the starts of two requests to one host ({@link Duration#ZERO} for
   *     benchmarks)
   * @param maxConcurrency the most requests in flight at once, over all hosts
   */
  public Politeness(Duration minimumDelay, int maxConcurrency) {
    if (minimumDelay.isNegative() || maxConcurrency < 1) {
      throw new IllegalArgumentException("delay must not be negative and concurrency must be at least 1");
    }
    this.minimumDelay = minimumDelay;
    this.slots = new Semaphore(maxConcurrency, true);
  }

  /**
   * Waits until a request to {@code host} may start, and takes a global slot for it.
   *
   * @param host the key of the host, {@code host:port}
   * @return the permit, to close when the response has been read
   * @throws InterruptedException when the crawl is stopped while waiting
   */
  public Permit enter(String host) throws InterruptedException {
    HostGate gate = gates.computeIfAbsent(host, h -> new HostGate(minimumDelay.toNanos()));
    gate.lock.lockInterruptibly();
    try {
      long earliest = gate.earliestStart();
      for (long now = System.nanoTime(); now < earliest; now = System.nanoTime()) {
        TimeUnit.NANOSECONDS.sleep(earliest - now);
      }
      slots.acquire();
      long start = System.nanoTime();
      gate.lastStart = start;
      log.record(host, start);
      return () -> {
        gate.lastEnd = System.nanoTime();
        slots.release();
      };
    } finally {
      gate.lock.unlock();
    }
  }

  /** Raises the delay for {@code host}, for a robots.txt {@code Crawl-delay}; never lowers it below the minimum. */
  public void raiseDelay(String host, Duration delay) {
    HostGate gate = gates.computeIfAbsent(host, h -> new HostGate(minimumDelay.toNanos()));
    gate.delayNanos = Math.max(minimumDelay.toNanos(), delay.toNanos());
  }

  /** Keeps every request to {@code host} waiting until {@code wait} from now, for a {@code Retry-After}. */
  public void backOff(String host, Duration wait) {
    HostGate gate = gates.computeIfAbsent(host, h -> new HostGate(minimumDelay.toNanos()));
    long until = System.nanoTime() + wait.toNanos();
    gate.notBefore = Math.max(gate.notBefore, until);
  }

  /** The start of every request so far. */
  public RequestLog log() {
    return log;
  }

  /** A global slot, held while one request is in flight. */
  @FunctionalInterface
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private static final class HostGate {
    final ReentrantLock lock = new ReentrantLock(true);
    volatile long delayNanos;
    volatile long notBefore = Long.MIN_VALUE;
    long lastStart = Long.MIN_VALUE;
    volatile long lastEnd = Long.MIN_VALUE;

    HostGate(long delayNanos) {
      this.delayNanos = delayNanos;
    }

    long earliestStart() {
      long afterStart = lastStart == Long.MIN_VALUE ? Long.MIN_VALUE : lastStart + delayNanos;
      long afterEnd = lastEnd == Long.MIN_VALUE ? Long.MIN_VALUE : lastEnd + delayNanos;
      return Math.max(Math.max(afterStart, afterEnd), notBefore);
    }
  }
}
