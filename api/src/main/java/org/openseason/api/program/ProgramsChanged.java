package org.openseason.api.program;

import java.util.List;

/**
 * Published after a transaction that changed programs commits, so that the search index follows the database.
 *
 * @param slugs the programs that changed
 */
public record ProgramsChanged(List<String> slugs) {

  public ProgramsChanged {
    slugs = List.copyOf(slugs);
  }
}
