package org.openseason.api.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code submission}: one proposed revision of a listing. */
@MappedEntity("submission")
record SubmissionRow(
    @Id @GeneratedValue @Nullable Long id,
    String receipt,
    Long keyId,
    String kind,
    @Nullable String targetSlug,
    String proposedSlug,
    String state,
    String listing,
    String typed,
    String descriptionHtml,
    Instant createdAt,
    @Nullable Instant decidedAt,
    @Nullable String decidedBy,
    @Nullable String reason) {

  SubmissionRow decided(SubmissionState newState, Instant at, String by, @Nullable String why) {
    return new SubmissionRow(id, receipt, keyId, kind, targetSlug, proposedSlug, newState.key(), listing, typed,
        descriptionHtml, createdAt, at, by, why);
  }
}
