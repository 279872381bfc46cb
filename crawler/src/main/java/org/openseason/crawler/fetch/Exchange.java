package org.openseason.crawler.fetch;

/**
 * One hop of a fetch: a request and its response, no redirect followed (that is {@link FetchChain}'s job). The live
 * exchange ({@link LiveExchange}) checks the address, the access rule and the politeness gate before asking the
 * server; a replay answers from a web archive instead.
 *
 * <p>Contract: never throws for anything a server, an archive or a document does; every outcome is a value. A
 * {@link Redirected} is returned, not followed. Thread-safe.
 */
@FunctionalInterface
public interface Exchange {

  FetchResult exchange(FetchRequest request);
}
