package org.openseason.crawler;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openseason.crawler.fetch.Validators;
import org.openseason.domain.Keyed;

/**
 * What the fetch of a source gave, for the crawl report and the next conditional request.
 *
 * @param outcome fetched, not modified, disallowed or failed
 * @param finalUrl the URL finally read, after redirects (or the one that failed)
 * @param status the HTTP status, when the server answered
 * @param validators the validators to send next time
 * @param fetchedAt when it happened
 * @param contentType the {@code Content-Type} of what was read
 * @param redirects the URLs redirected through
 * @param retryAfter how long to wait before asking again, for 429 and 503 (capped)
 */
public record FetchInfo(Outcome outcome, URI finalUrl, Optional<Integer> status, Validators validators,
    Instant fetchedAt, Optional<String> contentType, List<URI> redirects, Optional<Duration> retryAfter) {

  /** The outcome of a fetch. */
  public enum Outcome implements Keyed {
    FETCHED, NOT_MODIFIED, DISALLOWED, FAILED
  }

  public FetchInfo {
    requireNonNull(outcome, "outcome is null");
    requireNonNull(finalUrl, "finalUrl is null");
    status = status == null ? Optional.empty() : status;
    validators = validators == null ? Validators.NONE : validators;
    requireNonNull(fetchedAt, "fetchedAt is null");
    contentType = contentType == null ? Optional.empty() : contentType;
    redirects = redirects == null ? List.of() : List.copyOf(redirects);
    retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
  }
}
