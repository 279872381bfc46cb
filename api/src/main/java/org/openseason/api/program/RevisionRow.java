package org.openseason.api.program;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code program_revision} table: one past or present state of a listing. */
@MappedEntity("program_revision")
record RevisionRow(
    @Id @GeneratedValue @Nullable Long id,
    String slug,
    String source,
    String listing,
    Instant changedAt,
    @Nullable String note) {}
