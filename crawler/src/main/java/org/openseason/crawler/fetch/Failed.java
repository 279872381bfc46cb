package org.openseason.crawler.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The document could not be fetched.
 *
 * @param uri the URL at fault (for a redirect to a forbidden address, the target)
 * @param reason the classified reason
 * @param detail what happened, in words
 * @param status the HTTP status, when the server answered
 * @param retryAfter how long to wait before asking again ({@code Retry-After}, capped), for 429 and 503
 */
public record Failed(URI uri, FailureReason reason, String detail, Optional<Integer> status,
    Optional<Duration> retryAfter) implements FetchResult {

  public Failed {
    requireNonNull(uri, "uri is null");
    requireNonNull(reason, "reason is null");
    detail = detail == null ? "" : detail;
    status = status == null ? Optional.empty() : status;
    retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
  }

  public static Failed of(URI uri, FailureReason reason, String detail) {
    return new Failed(uri, reason, detail, Optional.empty(), Optional.empty());
  }

  Failed withRetryAfter(Optional<Duration> delay) {
    return new Failed(uri, reason, detail, status, delay);
  }
}
