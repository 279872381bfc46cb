package org.openseason.index;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;

/**
 * The answers of the latest searches on the current searcher: a search asked again before the index changes is
 * answered without running it (a popular query, a page reloaded, a facet clicked back).
 *
 * <p>Every change to the index opens a new searcher, and a search on a new searcher starts an empty cache: a cached
 * answer is never older than the searcher the search would run on, so a change is searchable as soon as it is
 * without a cache. A search's answer depends on its instant only through the day the eligibility filter is judged
 * at (statuses are those indexed, described against the instant by the caller), so that day is part of the key.
 * Concurrent searches of one key run once ({@link KeptAnswers}).
 */
final class ResultCache {

  /** Answers kept per searcher. */
  static final int CAPACITY = 256;

  /** A search, less what does not change its answer. */
  private record Key(
      String text,
      Map<Facet, Set<String>> filters,
      SortOrder sort,
      int offset,
      int limit,
      Optional<EligibilityFilter> eligibility,
      LocalDate day) {

    static Key of(SearchRequest r) {
      LocalDate day = r.now().atZone(ZoneOffset.UTC).toLocalDate();
      return new Key(r.text(), r.filters(), r.sort(), r.offset(), r.limit(), r.eligibility(), day);
    }
  }

  /** How a search is run when its answer is not kept. */
  @FunctionalInterface
  interface Search {
    SearchResult run(IndexSearcher searcher, SearchRequest request) throws IOException;
  }

  private final Search search;
  private final KeptAnswers<Key, SearchResult> answers = new KeptAnswers<>(CAPACITY);

  ResultCache(Search search) {
    this.search = search;
  }

  /** The answer on {@code searcher}: its reader is the version the answer belongs to. */
  SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    return answers.get(searcher.getIndexReader(), Key.of(request), () -> search.run(searcher, request));
  }
}
