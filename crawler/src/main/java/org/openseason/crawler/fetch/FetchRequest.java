package org.openseason.crawler.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * One document to fetch.
 *
 * @param uri the address
 * @param validators validators from the last fetch, for a conditional request
 * @param accept the {@code Accept} header
 * @param maxBytes the most body bytes to keep, counted after decompression
 * @param truncate true to keep the first {@code maxBytes} of a longer body (robots.txt); false to fail
 */
public record FetchRequest(URI uri, Validators validators, String accept, long maxBytes, boolean truncate) {

  public static final String ANY = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
      + "application/xml;q=0.9, text/markdown;q=0.9, text/plain;q=0.8, */*;q=0.5";

  public FetchRequest {
    requireNonNull(uri, "uri is null");
    validators = validators == null ? Validators.NONE : validators;
    requireNonNull(accept, "accept is null");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
  }

  public static FetchRequest of(URI uri, long maxBytes) {
    return new FetchRequest(uri, Validators.NONE, ANY, maxBytes, false);
  }

  public FetchRequest withUri(URI other) {
    return new FetchRequest(other, validators, accept, maxBytes, truncate);
  }

  public FetchRequest withValidators(Validators other) {
    return new FetchRequest(uri, other, accept, maxBytes, truncate);
  }
}
