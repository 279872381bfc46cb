package org.openseason.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total how many programs match
 * @param hits the requested page of them
 * @param facets per facet, the values with their counts; a selected facet counts as if its own selection were
 *     not made, so a person can widen it
 */
public record SearchResult(long total, List<ProgramHit> hits, Map<Facet, List<FacetCount>> facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
