package org.openseason.crawler.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A document that was read.
 *
 * @param uri the final URL, after redirects
 * @param status the HTTP status (2xx)
 * @param contentType the {@code Content-Type} header, if sent
 * @param body the decoded body bytes (not copied: treat as read-only)
 * @param validators the validators to send next time
 * @param redirects the URLs redirected through, in order, the first one requested excluded
 * @param fetchedAt when the response arrived
 * @param truncated true when the body was cut at the limit (only when the request asked for that)
 */
public record Fetched(
    URI uri,
    int status,
    Optional<String> contentType,
    byte[] body,
    Validators validators,
    List<URI> redirects,
    Instant fetchedAt,
    boolean truncated)
    implements FetchResult {

  public Fetched {
    requireNonNull(uri, "uri is null");
    contentType = contentType == null ? Optional.empty() : contentType;
    requireNonNull(body, "body is null");
    validators = validators == null ? Validators.NONE : validators;
    redirects = redirects == null ? List.of() : List.copyOf(redirects);
    requireNonNull(fetchedAt, "fetchedAt is null");
  }

  /** The media type without parameters, lower-case: {@code text/html}. */
  public Optional<String> mediaType() {
    return contentType.map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty());
  }

  /** The {@code charset} parameter of the content type, if any. */
  public Optional<String> charsetParameter() {
    return contentType.flatMap(MediaTypes::charset);
  }

  Fetched withRedirects(List<URI> chain) {
    return new Fetched(uri, status, contentType, body, validators, chain, fetchedAt, truncated);
  }
}
