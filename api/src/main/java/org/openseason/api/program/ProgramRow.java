package org.openseason.api.program;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** A row of the {@code program} table: the listing as JSON plus the columns needed to list and reconcile it. */
@MappedEntity("program")
record ProgramRow(
    @Id String slug,
    String name,
    String organizer,
    String kind,
    String lifecycle,
    String homepage,
    String summary,
    String listing,
    String source,
    @Nullable String catalogHash,
    Instant createdAt,
    Instant updatedAt,
    @Version @Nullable Long version) {}
