/**
 * Fetching over HTTP/1.1 on plain sockets: one request per connection, made to the very address the
 * {@link org.openseason.crawler.guard.AddressGuard} checked (so a DNS answer that changes between check and connect
 * cannot point a crawl at an internal address), with byte-exact limits on the body while it is read and after it
 * is decompressed, connect and total deadlines, and redirects followed one checked hop at a time by
 * {@link org.openseason.crawler.fetch.FetchChain}. {@code java.net.http} was not used because it resolves host
 * names itself and offers no way to connect to a pre-checked address.
 */
package org.openseason.crawler.fetch;
