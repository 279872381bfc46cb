package org.openseason.crawler.fetch;

/**
 * Told of every HTTP exchange {@link HttpFetcher} makes, with the bytes as they went over the wire (to record a
 * crawl in a web archive).
 *
 * <p>Contract: called on the fetching thread, once per exchange that reached a server, after the response was read
 * (or failed); must be thread-safe and must not throw (a tap that cannot write keeps its own error).
 */
@FunctionalInterface
public interface WireTap {

  /** Taps nothing. */
  WireTap NONE = exchange -> {};

  void exchanged(WireExchange exchange);
}
