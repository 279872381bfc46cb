package org.openseason.api.crawl;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code program_candidate} table: a program a list names that matches no listing. */
@MappedEntity("program_candidate")
record CandidateRow(
    @Id String id,
    String name,
    @Nullable String homepage,
    String sourceId,
    Instant firstSeenAt,
    Instant lastSeenAt) {}
