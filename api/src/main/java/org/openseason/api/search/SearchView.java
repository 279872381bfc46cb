package org.openseason.api.search;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openseason.domain.ProgramStatus;
import org.openseason.index.Facet;
import org.openseason.index.FacetCount;
import org.openseason.index.ProgramHit;
import org.openseason.index.SearchResult;

/** Turns an index result into the response people and programs read: labels, status sentences, links. */
@Singleton
public final class SearchView {

  private final Labels labels;

  SearchView(Labels labels) {
    this.labels = labels;
  }

  public SearchResponse respond(SearchParameters.Query query, SearchResult result) {
    Instant now = query.request().now();
    List<SearchResponse.Result> results =
        result.hits().stream().map(hit -> toResult(hit, now)).toList();
    Map<String, List<SearchResponse.FacetValue>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      Set<String> selected = query.request().filters().getOrDefault(facet, Set.of());
      List<SearchResponse.FacetValue> values = new ArrayList<>();
      for (FacetCount count : result.facets().getOrDefault(facet, List.of())) {
        values.add(
            new SearchResponse.FacetValue(
                count.value(), labels.of(facet, count.value()), count.count(), selected.contains(count.value())));
      }
      for (String value : selected) {
        if (values.stream().noneMatch(v -> v.value().equals(value))) {
          values.add(new SearchResponse.FacetValue(value, labels.of(facet, value), 0, true));
        }
      }
      facets.put(facet.key(), values);
    }
    return new SearchResponse(result.total(), query.page(), query.size(), results, facets);
  }

  public static SearchResponse.Status status(ProgramStatus status, Instant now) {
    return new SearchResponse.Status(status.kind().key(), status.kind().label(), status.describe(now));
  }

  private SearchResponse.Result toResult(ProgramHit hit, Instant now) {
    return new SearchResponse.Result(
        hit.slug(),
        hit.name(),
        hit.organizer(),
        hit.kind(),
        hit.summary(),
        status(hit.status(), now),
        hit.status().nextDeadline(now).map(Instant::toString).orElse(null),
        hit.interests(),
        hit.ideaCount(),
        "/programs/" + hit.slug());
  }
}
