package org.openseason.api.search;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.openseason.domain.InterestVocabulary;
import org.openseason.index.KeptAnswers;

/**
 * The JSON of {@code GET /api/v1/programs}, kept for a search asked again while the index and the second stay the
 * same: a popular search is then answered without judging its twenty results for the profile and writing 50 KB of
 * JSON again, which cost more than the search once its hits are kept ({@link KeptAnswers}, in the index).
 *
 * <p>The answer is worked out as of the start of the current second: status sentences ("closes in 5 hours") and
 * verdicts depend on the time, and an answer a second old reads the same to a person.
 */
@Singleton
final class ProgramAnswers {

  /** Answers kept per version of the index. */
  private static final int CAPACITY = 256;

  private final SearchService search;
  private final InterestVocabulary vocabulary;
  private final SearchJson json;
  private final Clock clock;
  private final KeptAnswers<SearchParameters.Query, byte[]> kept = new KeptAnswers<>(CAPACITY);

  ProgramAnswers(SearchService search, InterestVocabulary vocabulary, SearchJson json, Clock clock) {
    this.search = search;
    this.vocabulary = vocabulary;
    this.json = json;
    this.clock = clock;
  }

  /**
   * The answer to the search the parameters describe, as JSON.
   *
   * @throws org.openseason.api.system.ApiException 400 naming every invalid parameter
   */
  byte[] json(Map<String, List<String>> params) {
    SearchParameters.Query query =
        SearchParameters.parse(params, vocabulary, clock.instant().truncatedTo(ChronoUnit.SECONDS));
    long generation = search.generation();
    try {
      return kept.get(generation, query, () -> json.write(query, search.search(query.request()), generation));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search", e);
    }
  }
}
