package org.openseason.api.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * The JSON answer of {@code GET /api/v1/programs}.
 *
 * @param total how many programs match
 * @param page the 1-based page
 * @param size results per page
 * @param results the page of programs
 * @param facets per facet, its values with counts and whether they are selected
 * @param didYouMean the query with misspelt words corrected, when the words as typed found nothing
 * @param corrected true when the results answer the corrected or typo-tolerant query
 */
@Serdeable
public record SearchResponse(
    long total,
    int page,
    int size,
    List<Result> results,
    Map<String, List<FacetValue>> facets,
    @com.fasterxml.jackson.annotation.JsonProperty("did_you_mean") @Nullable String didYouMean,
    boolean corrected) {

  /**
   * One program of the results.
   *
   * @param slug its identifier
   * @param name its name
   * @param organizer who runs it
   * @param kind its kind key
   * @param summary one or two sentences
   * @param status where it stands now
   * @param nextDeadline the next application deadline, ISO-8601 UTC, when one is ahead
   * @param interests interest keys
   * @param ideas how many project ideas it lists
   * @param url its page
   * @param eligibility the verdict for the profile given, if one was
   * @param matchingIdeas its project ideas that match the words searched for
   * @param snippet where the words matched, HTML-escaped with the matches in {@code <mark>}, when they did
   */
  @Serdeable
  public record Result(
      String slug,
      String name,
      String organizer,
      String kind,
      String summary,
      Status status,
      @Nullable String nextDeadline,
      List<String> interests,
      int ideas,
      String url,
      @Nullable Eligibility eligibility,
      @com.fasterxml.jackson.annotation.JsonProperty("matching_ideas") MatchingIdeas matchingIdeas,
      @Nullable String snippet) {}

  /**
   * A program's project ideas that match the search.
   *
   * @param count how many match
   * @param best the titles of the best matching
   */
  @Serdeable
  public record MatchingIdeas(int count, List<String> best) {}

  /**
   * Whether the person can apply, and why.
   *
   * @param verdict eligible, maybe or not_eligible
   * @param referenceDate the date the rules are judged at (ISO-8601)
   * @param reasons one per criterion
   * @param alsoCheck rules in words only the person or the program can judge
   */
  @Serdeable
  public record Eligibility(
      String verdict,
      @com.fasterxml.jackson.annotation.JsonProperty("reference_date") String referenceDate,
      List<Reason> reasons,
      @com.fasterxml.jackson.annotation.JsonProperty("also_check") List<String> alsoCheck) {}

  /**
   * How one criterion was judged.
   *
   * @param criterion age, student, country, audience, hours, past participation, status, rules
   * @param verdict eligible, maybe or not_eligible
   * @param text the explanation
   */
  @Serdeable
  public record Reason(String criterion, String verdict, String text) {}

  /**
   * A status as a key, a label and a sentence.
   *
   * @param key open, rolling, upcoming, expected, in-progress, tba, closed
   * @param label "Applications open"
   * @param text "Applications close in 5 days"
   * @param cycle the round it is about: "2027", "2026 Term 3"
   * @param expected true when its dates are forecast from earlier rounds, not announced
   */
  @Serdeable
  public record Status(String key, String label, String text, String cycle, boolean expected) {}

  /**
   * One value of a facet.
   *
   * @param value the key to filter by
   * @param label how it reads
   * @param count matching programs
   * @param selected whether the search filters by it
   */
  @Serdeable
  public record FacetValue(String value, String label, int count, boolean selected) {}
}
