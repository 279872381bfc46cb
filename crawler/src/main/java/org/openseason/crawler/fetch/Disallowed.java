package org.openseason.crawler.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * The site does not want this URL crawled (robots.txt, or robots.txt could not be read and so, for now, nothing
 * may be). Nothing was requested.
 *
 * @param uri the URL
 * @param reason why, in words
 */
public record Disallowed(URI uri, String reason) implements FetchResult {

  public Disallowed {
    requireNonNull(uri, "uri is null");
    requireNonNull(reason, "reason is null");
  }
}
