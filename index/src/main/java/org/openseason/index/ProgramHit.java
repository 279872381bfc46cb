package org.openseason.index;

import java.util.List;
import java.util.Optional;
import org.openseason.domain.Eligibility;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.ProgramStatus;
import org.openseason.eligibility.ReferenceDate;

/**
 * One result: what a result card shows, read from the index without touching the database.
 *
 * @param slug the program's identifier
 * @param name its name
 * @param organizer who runs it
 * @param kind the {@link org.openseason.domain.ProgramKind} key
 * @param summary one or two sentences
 * @param status its status when it was indexed; describe it against the current time
 * @param interests interest keys
 * @param ideaCount how many project ideas it lists
 * @param lifecycle whether it still runs
 * @param eligibility its rules, to judge a profile against
 * @param referenceDate the date its rules are judged at
 * @param ideas its project ideas that match the search, when the search has words
 * @param snippet the passage where the words matched, HTML-escaped, matches in {@code <mark>}
 * @param score the relevance score
 */
public record ProgramHit(
    String slug,
    String name,
    String organizer,
    String kind,
    String summary,
    ProgramStatus status,
    List<String> interests,
    int ideaCount,
    Lifecycle lifecycle,
    Eligibility eligibility,
    ReferenceDate referenceDate,
    MatchingIdeas ideas,
    Optional<String> snippet,
    float score) {

  public ProgramHit {
    interests = List.copyOf(interests);
  }

  public ProgramHit withIdeas(MatchingIdeas matching) {
    return new ProgramHit(slug, name, organizer, kind, summary, status, interests, ideaCount, lifecycle, eligibility,
        referenceDate, matching, snippet, score);
  }

  public ProgramHit withSnippet(Optional<String> newSnippet) {
    return new ProgramHit(slug, name, organizer, kind, summary, status, interests, ideaCount, lifecycle, eligibility,
        referenceDate, ideas, newSnippet, score);
  }

  /**
   * A program's project ideas that match a search.
   *
   * @param count how many match
   * @param best the titles of the best matching, at most three
   */
  public record MatchingIdeas(int count, List<String> best) {

    public static final MatchingIdeas NONE = new MatchingIdeas(0, List.of());

    public MatchingIdeas {
      best = List.copyOf(best);
    }
  }
}
