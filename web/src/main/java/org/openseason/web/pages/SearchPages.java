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
import org.openseason.api.search.SearchView;
import org.openseason.api.system.ApiException;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Keyed;
import org.openseason.domain.ProgramKind;
import org.openseason.eligibility.Judgement;
import org.openseason.eligibility.Profile;
import org.openseason.eligibility.Reason;
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
      List.of(Facet.STATUS, Facet.KIND, Facet.INTEREST, Facet.COMPENSATION, Facet.PARTICIPATION, Facet.REGION,
          Facet.LIFECYCLE);

  private static final Set<String> PROFILE =
      Set.of("age", "birthdate", "student", "country", "hours", "underrepresented", "participated", "eligibility", "page");

  private final Labels labels;
  private final InterestVocabulary vocabulary;
  private final SearchView view;
  private final List<SearchPage.Choice> countries;

  SearchPages(Labels labels, InterestVocabulary vocabulary, SearchView view) {
    this.labels = labels;
    this.vocabulary = vocabulary;
    this.view = view;
    this.countries = org.openseason.domain.CountryNames.codesByName().stream()
        .map(c -> new SearchPage.Choice(c, org.openseason.domain.CountryNames.of(c)))
        .toList();
  }

  SearchPage of(
      Map<String, List<String>> params,
      SearchParameters.Query query,
      SearchResult result,
      List<SearchPage.Choice> programs) {
    Links links = new Links(params);
    Instant now = query.request().now();
    List<SearchPage.Card> cards = result.hits().stream().map(hit -> card(hit, query.profile(), now)).toList();
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
      String label = switch (order) {
        case RELEVANCE -> "Best match";
        case DEADLINE -> "Closing soonest";
        case NEWEST -> "Newest";
        case STIPEND -> "Highest stipend";
      };
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
        List.of(),
        form(params, programs),
        result.didYouMean().map(d -> new SearchPage.Option(d, -1, false, links.query(d))),
        result.corrected());
  }

  SearchPage invalid(ApiException e, Map<String, List<String>> params, List<SearchPage.Choice> programs) {
    List<String> errors = new ArrayList<>();
    e.invalidParams().forEach(p -> errors.add(p.name() + " " + p.reason()));
    if (errors.isEmpty()) {
      errors.add(e.getMessage());
    }
    return new SearchPage("", 0, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), "", errors,
        form(params, programs), Optional.empty(), false);
  }

  private SearchPage.ProfileForm form(Map<String, List<String>> params, List<SearchPage.Choice> programs) {
    List<SearchPage.Hidden> hidden = new ArrayList<>();
    params.forEach((name, values) -> {
      if (!PROFILE.contains(name)) {
        values.forEach(v -> hidden.add(new SearchPage.Hidden(name, v)));
      }
    });
    return new SearchPage.ProfileForm(
        first(params, "age"),
        first(params, "student"),
        first(params, "country").toUpperCase(java.util.Locale.ROOT),
        first(params, "hours"),
        first(params, "underrepresented"),
        first(params, "eligibility").isEmpty() ? "any" : first(params, "eligibility"),
        countries,
        programs,
        params.getOrDefault("participated", List.of()),
        hidden);
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.get(0);
  }

  private SearchPage.Card card(ProgramHit hit, Profile profile, Instant now) {
    // An expected deadline is a day at best: no exact time (and no conversion to the reader's zone) is shown.
    Optional<Instant> deadline = hit.status().nextDeadline(now).filter(d -> !hit.status().expected());
    Optional<Judgement> judgement = view.judge(hit, profile, now);
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
        hit.ideaCount(),
        judgement.map(j -> SearchView.verdictKey(j.verdict())).orElse(""),
        judgement.map(j -> j.verdict().label()).orElse(""),
        judgement.map(j -> j.reasons().stream().map(Reason::text).toList()).orElse(List.of()),
        hit.ideas().count() == 0 ? ""
            : hit.ideas().count() + " matching project " + (hit.ideas().count() == 1 ? "idea" : "ideas"),
        hit.ideas().best(),
        hit.snippet().orElse(""));
  }
}
