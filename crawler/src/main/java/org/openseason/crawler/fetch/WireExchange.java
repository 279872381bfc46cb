package org.openseason.crawler.fetch;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;

/**
 * One HTTP exchange as it went over the wire.
 *
 * @param uri the URL requested
 * @param address the address connected to
 * @param at when the request was sent (the fetch time of what it gave)
 * @param request the request's bytes (line and headers)
 * @param response the response's bytes as received, framing and content encoding intact (maybe none)
 * @param completeness whether {@code response} is the whole response
 */
public record WireExchange(URI uri, InetAddress address, Instant at, byte[] request, byte[] response,
    Completeness completeness) {

  /** Whether the bytes of a response are all of it. */
  public enum Completeness {
    COMPLETE,
    /** The exchange failed (timeout, limit, malformed) or was cut at the recording limit. */
    PARTIAL
  }

  public WireExchange {
    requireNonNull(uri, "uri is null");
    requireNonNull(address, "address is null");
    requireNonNull(at, "at is null");
    requireNonNull(request, "request is null");
    requireNonNull(response, "response is null");
    requireNonNull(completeness, "completeness is null");
  }
}
