package org.openseason.crawler.fetch;

import java.time.Duration;

/** The instant by which a whole exchange (connect, request, response, body) must be over. */
final class Deadline {

  private final long endNanos;

  private Deadline(long endNanos) {
    this.endNanos = endNanos;
  }

  static Deadline after(Duration total) {
    return new Deadline(System.nanoTime() + total.toNanos());
  }

  /** Milliseconds left, at least 1 while time remains, 0 once it is over. */
  long remainingMillis() {
    long left = endNanos - System.nanoTime();
    return left <= 0 ? 0 : Math.max(1, left / 1_000_000);
  }

  void check() throws FetchFailure {
    if (remainingMillis() == 0) {
      throw new FetchFailure(FailureReason.TIMEOUT, "the response took longer than the total timeout");
    }
  }
}
