package org.openseason.api.search;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import org.openseason.domain.Interest;
import org.openseason.domain.InterestVocabulary;

/** {@code GET /api/v1/programs}: search with facets; {@code GET /api/v1/interests}: the vocabulary. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {

  private final ProgramAnswers answers;
  private final InterestVocabulary vocabulary;

  SearchController(ProgramAnswers answers, InterestVocabulary vocabulary) {
    this.answers = answers;
    this.vocabulary = vocabulary;
  }

  /** A {@link SearchResponse}, written as JSON once per search while the index stays the same. */
  @Get(uri = "/programs", produces = MediaType.APPLICATION_JSON)
  HttpResponse<byte[]> programs(HttpRequest<?> request) {
    return HttpResponse.ok(answers.json(request.getParameters().asMap())).contentType(MediaType.APPLICATION_JSON_TYPE);
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
