package org.openseason.crawler.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;

/**
 * The server confirmed, with {@code 304}, that the document has not changed since the validators were issued.
 *
 * @param uri the URL
 * @param validators the validators still valid (the server's, or those sent)
 * @param fetchedAt when the answer arrived
 */
public record NotModified(URI uri, Validators validators, Instant fetchedAt) implements FetchResult {

  public NotModified {
    requireNonNull(uri, "uri is null");
    requireNonNull(validators, "validators is null");
    requireNonNull(fetchedAt, "fetchedAt is null");
  }
}
