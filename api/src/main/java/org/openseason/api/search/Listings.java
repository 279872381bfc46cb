package org.openseason.api.search;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.program.StoredProgram;
import org.openseason.domain.InterestVocabulary;
import org.openseason.index.ProgramHit;
import org.openseason.index.SearchResult;

/**
 * Any search of {@code GET /api/v1/programs} as whole listings, for the outputs that need more than a result card
 * (calendars need every milestone, feeds the rounds): the same parameters, the same validation and the same order.
 */
@Singleton
public final class Listings {

  private final SearchService search;
  private final SearchView view;
  private final ProgramStore store;
  private final InterestVocabulary vocabulary;

  Listings(SearchService search, SearchView view, ProgramStore store, InterestVocabulary vocabulary) {
    this.search = search;
    this.view = view;
    this.store = store;
    this.vocabulary = vocabulary;
  }

  /**
   * A validated search and its page of results.
   *
   * @param query what was asked
   * @param result what the index found
   */
  public record Found(SearchParameters.Query query, SearchResult result) {

    public List<String> slugs() {
      return result.hits().stream().map(ProgramHit::slug).toList();
    }
  }

  /**
   * Reads a search from query parameters, without running it (a conditional request may not need it run).
   *
   * @throws org.openseason.api.system.ApiException 400 naming every invalid parameter
   */
  public SearchParameters.Query query(Map<String, List<String>> params, Instant now) {
    return SearchParameters.parse(params, vocabulary, now);
  }

  /** Runs a search. */
  public Found find(SearchParameters.Query query) {
    return new Found(query, search.search(query.request()));
  }

  /**
   * The parameters with the page size at its largest when none is given: a calendar or a feed is read whole.
   */
  public static Map<String, List<String>> whole(Map<String, List<String>> params) {
    if (params.containsKey("size")) {
      return params;
    }
    Map<String, List<String>> all = new java.util.LinkedHashMap<>(params);
    all.put("size", List.of(String.valueOf(SearchParameters.MAX_SIZE)));
    return all;
  }

  /** The listings of a search's page, in its order. */
  public List<StoredProgram> programs(Found found) {
    Map<String, StoredProgram> bySlug = store.findAll(found.slugs()).stream()
        .collect(Collectors.toMap(s -> s.program().slug(), Function.identity()));
    return found.slugs().stream().filter(bySlug::containsKey).map(bySlug::get).toList();
  }

  /** The search's answer as the JSON API gives it: status sentences, links, verdicts. */
  public SearchResponse response(Found found) {
    return view.respond(found.query(), found.result());
  }

  /** Changes whenever the index does: part of every validator. */
  public long generation() {
    return search.generation();
  }
}
