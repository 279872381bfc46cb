package org.openseason.api.submission;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.Optional;
import org.openseason.domain.Keyed;

/**
 * One proposed revision as moderators see it, without the organizer's contact ({@link Submissions#contact}).
 *
 * @param id the revision's number
 * @param receipt the public receipt id the organizer was given
 * @param kind new program, new cycle or edit
 * @param targetSlug the listed program it changes, for a new cycle or an edit
 * @param proposedSlug the slug the listing has once approved
 * @param state pending, approved, rejected, changes-requested or superseded
 * @param createdAt when it was sent
 * @param decidedAt when it left the pending state
 * @param decidedBy the moderator, or "organizer" when a newer revision superseded it
 * @param reason why, in the moderator's words
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record Submission(
    long id,
    String receipt,
    SubmissionKind kind,
    Optional<String> targetSlug,
    String proposedSlug,
    SubmissionState state,
    Instant createdAt,
    Optional<Instant> decidedAt,
    Optional<String> decidedBy,
    Optional<String> reason) {

  static Submission of(SubmissionRow row) {
    return new Submission(row.id(), row.receipt(), Keyed.byKey(SubmissionKind.class, row.kind()).orElseThrow(),
        Optional.ofNullable(row.targetSlug()), row.proposedSlug(),
        Keyed.byKey(SubmissionState.class, row.state()).orElseThrow(), row.createdAt(),
        Optional.ofNullable(row.decidedAt()), Optional.ofNullable(row.decidedBy()), Optional.ofNullable(row.reason()));
  }
}
