package org.openseason.api.guard;

import java.time.Duration;

/**
 * How many hits a client may make in a bucket per window.
 *
 * @param bucket what is limited ("submit", "login")
 * @param hits the most hits per window
 * @param window how long a window lasts
 */
public record Limit(String bucket, int hits, Duration window) {

  public Limit {
    if (bucket.isBlank() || bucket.length() > 40 || hits < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a limit needs a short bucket name, at least one hit and a window");
    }
  }
}
