package org.openseason.crawler.fetch;

import org.openseason.domain.Keyed;

/** Why a fetch failed, classified so that a crawl report can count failures by reason. */
public enum FailureReason implements Keyed {
  /** The connection, the response or the whole exchange took longer than allowed. */
  TIMEOUT,
  /** The body is larger than the limit. */
  TOO_LARGE,
  /** The host name does not resolve. */
  DNS,
  CONNECTION_REFUSED,
  /** Any other network failure: reset, unreachable network. */
  CONNECTION_FAILED,
  /** The TLS handshake failed or the certificate does not match the host. */
  TLS,
  /** A 4xx status other than 429. */
  HTTP_4XX,
  /** A 5xx status. */
  HTTP_5XX,
  /** 429 Too Many Requests. */
  RATE_LIMITED,
  TOO_MANY_REDIRECTS,
  REDIRECT_LOOP,
  /** A redirect without a usable {@code Location}, or a 3xx status that is not a redirect. */
  BAD_REDIRECT,
  /** The host resolves to a loopback, private, link-local or otherwise internal address. */
  FORBIDDEN_ADDRESS,
  /** A scheme other than http and https. */
  UNSUPPORTED_SCHEME,
  /** A media type that is not text (an image, an archive, a PDF). */
  BAD_CONTENT_TYPE,
  /** A compressed body that expands past the limit far beyond any real page. */
  DECOMPRESSION_BOMB,
  /** A {@code Content-Encoding} that is unknown or whose data is corrupt. */
  BAD_CONTENT_ENCODING,
  /** The connection closed before the announced body was complete. */
  TRUNCATED,
  /** The response is not HTTP/1.x as the specification writes it. */
  MALFORMED_RESPONSE,
  /** A 304 answered a request that carried no validator. */
  UNEXPECTED_NOT_MODIFIED,
  /** The crawl was stopped while this fetch waited. */
  INTERRUPTED,
  /** A replayed crawl: the web archive holds no response for this URL. */
  NOT_IN_ARCHIVE,
  /** A replayed crawl: the archive's record for this URL cannot be read whole (truncated, corrupt, wrong length). */
  BAD_ARCHIVE_RECORD
}
