package org.openseason.crawler.parse;

import org.openseason.crawler.DocumentKind;
import org.openseason.crawler.fetch.Fetched;

/**
 * The parse stage: fetched bytes to a document of the expected kind.
 *
 * <p>Contract: never throws for anything in the bytes; a document that cannot be read gives a result without a
 * document and with a fatal {@link org.openseason.crawler.Problem}. Thread-safe.
 */
@FunctionalInterface
public interface DocumentParser {

  ParseResult parse(Fetched fetched, DocumentKind kind);
}
