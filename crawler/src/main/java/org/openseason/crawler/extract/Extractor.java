package org.openseason.crawler.extract;

import org.openseason.crawler.parse.ParsedDocument;

/**
 * The extract stage for one source kind: finds, in a parsed document, where programs, ideas, milestones or
 * announcements are written, and hands on the words as published.
 *
 * <p>Contract: never throws for anything in the document; an item that cannot be read is skipped with a {@link
 * org.openseason.crawler.Problem}, and a document of the wrong kind (a feed given to a table extractor) gives an
 * extraction with one problem. Personal data (mentors, e-mail addresses, account ids) is never passed on.
 * Thread-safe.
 */
@FunctionalInterface
public interface Extractor {

  RawExtraction extract(ParsedDocument document);
}
