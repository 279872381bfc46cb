package org.openseason.api.search;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openseason.domain.ProgramStatus;
import org.openseason.eligibility.EligibilityJudge;
import org.openseason.eligibility.Judgement;
import org.openseason.eligibility.Profile;
import org.openseason.eligibility.Verdict;
import org.openseason.index.Facet;
import org.openseason.index.FacetCount;
import org.openseason.index.ProgramHit;
import org.openseason.index.SearchResult;

/** Turns an index result into the response people and programs read: labels, status sentences, links. */
@Singleton
public final class SearchView {

  private final Labels labels;
  private final SearchService search;

  SearchView(Labels labels, SearchService search) {
    this.labels = labels;
    this.search = search;
  }

  public SearchResponse respond(SearchParameters.Query query, SearchResult result) {
    Instant now = query.request().now();
    List<SearchResponse.Result> results =
        result.hits().stream().map(hit -> toResult(hit, query.profile(), now)).toList();
    return new SearchResponse(result.total(), query.page(), query.size(), results, facets(query, result),
        result.didYouMean().orElse(null), result.corrected());
  }

  /** Per facet key, its values with labels and counts; a selected value the result has no count for reads 0. */
  Map<String, List<SearchResponse.FacetValue>> facets(SearchParameters.Query query, SearchResult result) {
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
    return facets;
  }

  public static SearchResponse.Status status(ProgramStatus status, Instant now) {
    return new SearchResponse.Status(status.kind().key(), status.kind().label(), status.describe(now),
        status.cycle().orElse(null), status.expected());
  }

  /** The verdict on a hit for a profile; none without a profile. */
  public Optional<Judgement> judge(ProgramHit hit, Profile profile, Instant now) {
    if (profile.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(EligibilityJudge.judge(
        hit.eligibility(), hit.lifecycle(), hit.referenceDate(), profile, now, search::nameOf));
  }

  private static SearchResponse.Eligibility toView(Judgement j) {
    return new SearchResponse.Eligibility(
        verdictKey(j.verdict()),
        j.referenceDate().toString(),
        j.reasons().stream().map(r -> new SearchResponse.Reason(r.criterion(), verdictKey(r.verdict()), r.text())).toList(),
        j.alsoCheck());
  }

  /** Verdicts in JSON as the API documents them: eligible, maybe, not_eligible. */
  public static String verdictKey(Verdict verdict) {
    return VERDICT_KEYS[verdict.ordinal()];
  }

  private static final String[] VERDICT_KEYS = java.util.Arrays.stream(Verdict.values())
      .map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

  /** The verdict on a hit for a profile as the API writes it; none without a profile. */
  Optional<SearchResponse.Eligibility> eligibility(ProgramHit hit, Profile profile, Instant now) {
    return judge(hit, profile, now).map(SearchView::toView);
  }

  /** The program's page. */
  static String url(ProgramHit hit) {
    return "/programs/" + hit.slug();
  }

  /** The next application deadline ahead of {@code now}, ISO-8601, if any. */
  static String nextDeadline(ProgramHit hit, Instant now) {
    return hit.status().nextDeadline(now).map(Instant::toString).orElse(null);
  }

  private SearchResponse.Result toResult(ProgramHit hit, Profile profile, Instant now) {
    return new SearchResponse.Result(
        hit.slug(),
        hit.name(),
        hit.organizer(),
        hit.kind(),
        hit.summary(),
        status(hit.status(), now),
        nextDeadline(hit, now),
        hit.interests(),
        hit.ideaCount(),
        url(hit),
        eligibility(hit, profile, now).orElse(null),
        new SearchResponse.MatchingIdeas(hit.ideas().count(), hit.ideas().best()),
        hit.snippet().orElse(null));
  }
}
