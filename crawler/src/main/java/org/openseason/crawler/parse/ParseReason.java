package org.openseason.crawler.parse;

import org.openseason.domain.Keyed;

/** Why a document, or part of it, could not be parsed. */
public enum ParseReason implements Keyed {
  /** The body is empty. */
  EMPTY_BODY,
  /** The declared charset is unknown to the platform; the bytes were decoded by sniffing. */
  UNKNOWN_CHARSET,
  /** The bytes are not valid in the declared charset; another one was used. */
  CHARSET_MISMATCH,
  /** The page is so broken that what a browser would show may differ from what was read. */
  MALFORMED_MARKUP,
  /** The page stops before its end: an opening {@code <html>} or {@code <body>} is never closed. */
  TRUNCATED_DOCUMENT,
  /** A feed that is not well-formed XML, or not RSS or Atom. */
  MALFORMED_FEED,
  /** A feed with a DOCTYPE, which could carry external entities (XXE) or entity expansion (billion laughs). */
  DOCTYPE_FORBIDDEN,
  /** An HTML page (typically an error page) where a feed was expected. */
  NOT_A_FEED,
  /** The front matter is not valid YAML or TOML; the rest of the file was read. */
  BAD_FRONT_MATTER,
  /** A JSON-LD block is not valid JSON; the rest of the page was read. */
  BAD_STRUCTURED_DATA
}
