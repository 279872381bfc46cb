package org.openseason.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total how many programs match
 * @param hits the requested page of them
 * @param facets per facet, the values with their counts; a selected facet counts as if its own selection were
 *     not made, so a person can widen it
 * @param didYouMean the query with misspelt words corrected, when the words as typed found nothing
 * @param corrected true when the hits answer a corrected or fuzzy query rather than the words as typed
 */
public record SearchResult(
    long total,
    List<ProgramHit> hits,
    Map<Facet, List<FacetCount>> facets,
    Optional<String> didYouMean,
    boolean corrected) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
    didYouMean = didYouMean == null ? Optional.empty() : didYouMean;
  }
}
