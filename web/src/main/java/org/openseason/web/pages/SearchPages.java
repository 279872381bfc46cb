package org.openseason.web.pages;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openseason.api.search.Labels;
import org.openseason.api.search.SearchParameters;
import org.openseason.api.system.ApiException;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Keyed;
import org.openseason.domain.ProgramKind;
import org.openseason.index.Facet;
import org.openseason.index.FacetCount;
import org.openseason.index.ProgramHit;
import org.openseason.index.SearchResult;
import org.openseason.index.SortOrder;

/** Builds a {@link SearchPage} from a search and its result. */
@Singleton
final class SearchPages {

  /** The facets shown on the page, in order; organizer is in the API only, it has too many values to list. */
  private static final List<Facet> SHOWN =
      List.of(Facet.STATUS, Facet.KIND, Facet.INTEREST, Facet.COMPENSATION, Facet.PARTICIPATION, Facet.LIFECYCLE);

  private final Labels labels;
  private final InterestVocabulary vocabulary;

  SearchPages(Labels labels, InterestVocabulary vocabulary) {
    this.labels = labels;
    this.vocabulary = vocabulary;
  }

  SearchPage of(Map<String, List<String>> params, SearchParameters.Query query, SearchResult result) {
    Links links = new Links(params);
    Instant now = query.request().now();
    List<SearchPage.Card> cards = result.hits().stream().map(hit -> card(hit, now)).toList();
    List<SearchPage.FacetGroup> groups = new ArrayList<>();
    for (Facet facet : SHOWN) {
      Set<String> selected = query.request().filters().getOrDefault(facet, Set.of());
      List<SearchPage.Option> options = new ArrayList<>();
      for (FacetCount count : result.facets().getOrDefault(facet, List.of())) {
        if (count.count() > 0 || selected.contains(count.value())) {
          options.add(
              new SearchPage.Option(
                  labels.of(facet, count.value()),
                  count.count(),
                  selected.contains(count.value()),
                  links.toggle(facet.key(), count.value())));
        }
      }
      if (!options.isEmpty()) {
        groups.add(new SearchPage.FacetGroup(facet.key(), labels.facetName(facet), options));
      }
    }
    List<SearchPage.Option> sorts = new ArrayList<>();
    for (SortOrder order : SortOrder.values()) {
      String label = order == SortOrder.RELEVANCE ? "Best match" : "Closing soonest";
      sorts.add(new SearchPage.Option(label, -1, query.request().sort() == order, links.sort(order.key())));
    }
    int pages = (int) Math.max(1, (result.total() + query.size() - 1) / query.size());
    int lastReachable = Math.min(pages, org.openseason.index.SearchRequest.MAX_WINDOW / query.size());
    return new SearchPage(
        query.request().text(),
        result.total(),
        cards,
        groups,
        sorts,
        query.page() > 1 ? Optional.of(links.page(query.page() - 1)) : Optional.empty(),
        query.page() < lastReachable ? Optional.of(links.page(query.page() + 1)) : Optional.empty(),
        "Page " + query.page() + " of " + pages,
        List.of());
  }

  SearchPage invalid(ApiException e) {
    List<String> errors = new ArrayList<>();
    e.invalidParams().forEach(p -> errors.add(p.name() + " " + p.reason()));
    if (errors.isEmpty()) {
      errors.add(e.getMessage());
    }
    return new SearchPage("", 0, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), "", errors);
  }

  private SearchPage.Card card(ProgramHit hit, Instant now) {
    Optional<Instant> deadline = hit.status().nextDeadline(now);
    return new SearchPage.Card(
        "/programs/" + hit.slug(),
        hit.name(),
        hit.organizer(),
        Keyed.byKey(ProgramKind.class, hit.kind()).map(Keyed::label).orElse(hit.kind()),
        hit.summary(),
        hit.status().kind().key(),
        hit.status().describe(now),
        deadline.map(Instant::toString).orElse(""),
        deadline.map(Dates::utc).orElse(""),
        hit.interests().stream().map(vocabulary::labelOf).toList(),
        hit.ideaCount());
  }
}
