package org.openseason.api.search;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.openseason.domain.Interest;
import org.openseason.domain.InterestVocabulary;

/** {@code GET /api/v1/programs}: search with facets; {@code GET /api/v1/interests}: the vocabulary. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {

  private final SearchService search;
  private final SearchView view;
  private final InterestVocabulary vocabulary;
  private final Clock clock;

  SearchController(SearchService search, SearchView view, InterestVocabulary vocabulary, Clock clock) {
    this.search = search;
    this.view = view;
    this.vocabulary = vocabulary;
    this.clock = clock;
  }

  @Get(uri = "/programs", produces = MediaType.APPLICATION_JSON)
  SearchResponse programs(HttpRequest<?> request) {
    Map<String, List<String>> params = request.getParameters().asMap();
    SearchParameters.Query query = SearchParameters.parse(params, vocabulary, clock.instant());
    return view.respond(query, search.search(query.request()));
  }

  @Get(uri = "/interests", produces = MediaType.APPLICATION_JSON)
  List<InterestView> interests() {
    return vocabulary.all().stream().map(InterestView::of).toList();
  }

  /**
   * One interest of the vocabulary.
   *
   * @param key the tag
   * @param label how it reads
   * @param kind technology or topic
   * @param aliases other spellings that find it
   */
  @io.micronaut.serde.annotation.Serdeable
  record InterestView(String key, String label, String kind, List<String> aliases) {
    static InterestView of(Interest i) {
      return new InterestView(i.key(), i.label(), i.technology() ? "technology" : "topic", i.aliases());
    }
  }
}
