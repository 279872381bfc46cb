/**
 * Fetching over HTTP/1.1 on plain sockets: one request per connection, made to the very address the
 * {@link org.openseason.crawler.guard.AddressGuard} checked (so a DNS answer that changes between check and connect
 * cannot point a crawl at an internal address), with byte-exact limits on the body while it is read and after it
 * is decompressed, connect and total deadlines, and redirects followed one checked hop at a time by
 * {@link org.openseason.crawler.fetch.FetchChain}. {@code java.net.http} was not used because it resolves host
 * names itself and offers no way to connect to a pre-checked address. Each hop is an
 * {@link org.openseason.crawler.fetch.Exchange} (live here, or replayed from a web archive by the {@code archive}
 * package), and a response is read by {@link org.openseason.crawler.fetch.HttpMessages} wherever its bytes come
 * from; a {@link org.openseason.crawler.fetch.WireTap} sees the bytes of every live exchange (to record a crawl).
 */
package org.openseason.crawler.fetch;
