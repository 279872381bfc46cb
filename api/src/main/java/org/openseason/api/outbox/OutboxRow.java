package org.openseason.api.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code outbox} table: one event and the state of its delivery. */
@MappedEntity("outbox")
record OutboxRow(
    @Id @GeneratedValue @Nullable Long id,
    String event,
    String payload,
    Instant createdAt,
    int attempts,
    Instant nextAttemptAt,
    @Nullable Instant deliveredAt,
    @Nullable Instant failedAt,
    @Nullable String lastError,
    @Nullable String claimedBy,
    @Nullable Instant claimedUntil) {}
