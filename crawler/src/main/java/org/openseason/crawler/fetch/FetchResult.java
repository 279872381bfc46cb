package org.openseason.crawler.fetch;

import java.net.URI;

/**
 * What fetching one URL gave. Every outcome is a value: a fetcher never throws for a page that cannot be read.
 */
public sealed interface FetchResult permits Fetched, NotModified, Redirected, Disallowed, Failed {

  /** The URL this result is about (for a redirected fetch, the last one requested). */
  URI uri();
}
