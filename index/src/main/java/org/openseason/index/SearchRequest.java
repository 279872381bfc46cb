package org.openseason.index;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One search.
 *
 * @param text what the person typed; words, "quoted phrases" and -excluded words, never Lucene syntax
 * @param filters selected values per facet: values of one facet are OR-ed, facets are AND-ed
 * @param sort the order of results
 * @param offset how many results to skip
 * @param limit how many results to return
 * @param now the instant deadlines are compared with
 * @param eligibility keep only the programs a profile can apply to
 * @param programs when not empty, only these programs (by slug): a hand-picked list
 */
public record SearchRequest(
    String text,
    Map<Facet, Set<String>> filters,
    SortOrder sort,
    int offset,
    int limit,
    Instant now,
    Optional<EligibilityFilter> eligibility,
    Set<String> programs) {

  /** The deepest result a search can reach; deeper paging is refused before it costs anything. */
  public static final int MAX_WINDOW = 10_000;

  public SearchRequest {
    text = text == null ? "" : text;
    EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    if (filters != null) {
      filters.forEach((facet, values) -> {
        if (!values.isEmpty()) {
          copy.put(facet, Set.copyOf(values));
        }
      });
    }
    filters = Map.copyOf(copy);
    requireNonNull(sort, "sort is null");
    if (offset < 0 || limit < 0 || (long) offset + limit > MAX_WINDOW) {
      throw new IllegalArgumentException("offset and limit must stay within the first " + MAX_WINDOW + " results");
    }
    requireNonNull(now, "now is null");
    eligibility = eligibility == null ? Optional.empty() : eligibility;
    programs = programs == null ? Set.of() : Set.copyOf(programs);
  }

  public SearchRequest(String text, Map<Facet, Set<String>> filters, SortOrder sort, int offset, int limit, Instant now,
      Optional<EligibilityFilter> eligibility) {
    this(text, filters, sort, offset, limit, now, eligibility, Set.of());
  }

  public SearchRequest(String text, Map<Facet, Set<String>> filters, SortOrder sort, int offset, int limit, Instant now) {
    this(text, filters, sort, offset, limit, now, Optional.empty());
  }

  public static SearchRequest all(Instant now) {
    return new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 0, 20, now);
  }
}
