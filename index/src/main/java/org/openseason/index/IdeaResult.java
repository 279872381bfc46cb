package org.openseason.index;

import java.util.List;

/**
 * The answer to a search of project ideas.
 *
 * @param total how many ideas match
 * @param hits the requested page of them
 */
public record IdeaResult(long total, List<IdeaHit> hits) {

  public IdeaResult {
    hits = List.copyOf(hits);
  }
}
