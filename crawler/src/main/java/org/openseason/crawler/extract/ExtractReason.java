package org.openseason.crawler.extract;

import org.openseason.domain.Keyed;

/** Why an extractor found nothing, or skipped an item. */
public enum ExtractReason implements Keyed {
  /** The extractor reads pages and was given a feed, or the other way round. */
  WRONG_DOCUMENT_KIND,
  /** Nothing of the expected shape is in the document (no table with the named headers, no idea headings). */
  NOTHING_FOUND,
  /** One row or section lacks a required field and was skipped. */
  INCOMPLETE_ITEM,
  /** The configured CSS selector is not valid. */
  BAD_SELECTOR
}
