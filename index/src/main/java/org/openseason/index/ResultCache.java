package org.openseason.index;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The answers of the latest searches on the current searcher: a search asked again before the index changes is
 * answered without running it (a popular query, a page reloaded, a facet clicked back).
 *
 * <p>Every change to the index opens a new searcher, and a search on a new searcher starts an empty cache: a cached
 * answer is never older than the searcher the search would run on, so a change is searchable as soon as it is
 * without a cache. A search's answer depends on its instant only through the day the eligibility filter is judged
 * at (statuses are those indexed, described against the instant by the caller), so that day is part of the key.
 */
final class ResultCache {

  /**
   * Answers kept per searcher. When it is full, an arbitrary answer makes room: a lock to drop the least recently
   * used one would serialize every search, and many threads asking at once then wait on it.
   */
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

  /** The answers on one searcher. */
  private record Generation(IndexReader reader, Map<Key, SearchResult> answers) {}

  /** How a search is run when its answer is not kept. */
  @FunctionalInterface
  interface Search {
    SearchResult run(IndexSearcher searcher, SearchRequest request) throws IOException;
  }

  private final Search search;
  private volatile Generation current = new Generation(null, Map.of());

  ResultCache(Search search) {
    this.search = search;
  }

  SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    Map<Key, SearchResult> answers = answersOn(searcher.getIndexReader());
    Key key = Key.of(request);
    SearchResult kept = answers.get(key);
    if (kept != null) {
      return kept;
    }
    SearchResult result = search.run(searcher, request);
    if (answers.size() >= CAPACITY) {
      Iterator<Key> any = answers.keySet().iterator();
      if (any.hasNext()) {
        answers.remove(any.next());
      }
    }
    answers.put(key, result);
    return result;
  }

  private Map<Key, SearchResult> answersOn(IndexReader reader) {
    Generation g = current;
    if (g.reader() != reader) {
      synchronized (this) {
        g = current;
        if (g.reader() != reader) {
          g = new Generation(reader, new ConcurrentHashMap<>());
          current = g;
        }
      }
    }
    return g.answers();
  }
}
