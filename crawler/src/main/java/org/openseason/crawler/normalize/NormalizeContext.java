package org.openseason.crawler.normalize;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What normalization needs to know about the document.
 *
 * @param fetchDate the day the document was fetched, the last resort for a missing year
 */
public record NormalizeContext(LocalDate fetchDate) {

  public NormalizeContext {
    requireNonNull(fetchDate, "fetchDate is null");
  }
}
