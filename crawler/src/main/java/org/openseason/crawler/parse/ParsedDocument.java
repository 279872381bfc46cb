package org.openseason.crawler.parse;

import java.net.URI;

/** A document after parsing: a page (HTML, or Markdown rendered to HTML) or a feed. */
public sealed interface ParsedDocument permits HtmlPage, FeedDocument {

  /** The URL the document was read from, against which its relative links resolve. */
  URI base();
}
