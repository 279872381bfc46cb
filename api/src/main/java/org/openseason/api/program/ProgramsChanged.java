package org.openseason.api.program;

import java.util.List;

/**
 * Published after a transaction that changed programs commits, so that the search index follows the database.
 *
 * @param slugs the programs that changed
 * @param firstRevision the change log's first revision the transaction wrote
 * @param lastRevision its last: writers take turns, so every revision in between is this transaction's
 */
public record ProgramsChanged(List<String> slugs, long firstRevision, long lastRevision) {

  public ProgramsChanged {
    slugs = List.copyOf(slugs);
  }
}
