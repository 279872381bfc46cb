package org.openseason.crawler.fetch;

/**
 * The fetch stage: one document in, one {@link FetchResult} out.
 *
 * <p>Contract: never throws for anything a remote server does (timeouts, limits, bad status, bad redirects); every
 * such outcome is a {@link Failed}, {@link Disallowed} or {@link NotModified} value. Thread-safe.
 */
@FunctionalInterface
public interface Fetcher {

  FetchResult fetch(FetchRequest request);
}
