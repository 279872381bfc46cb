package org.openseason.index;

import java.util.List;
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
    float score) {

  public ProgramHit {
    interests = List.copyOf(interests);
  }
}
