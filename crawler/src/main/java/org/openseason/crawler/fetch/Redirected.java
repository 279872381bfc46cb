package org.openseason.crawler.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * One hop answered with a redirect. {@link FetchChain} follows it after checking the target again, so callers of
 * the chain never see this result; it is what a single hop of {@link HttpFetcher} returns.
 *
 * @param uri the URL that redirected
 * @param status 301, 302, 303, 307 or 308
 * @param location the absolute target
 */
public record Redirected(URI uri, int status, URI location) implements FetchResult {

  public Redirected {
    requireNonNull(uri, "uri is null");
    requireNonNull(location, "location is null");
  }
}
