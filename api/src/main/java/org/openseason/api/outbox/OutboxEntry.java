package org.openseason.api.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * One event as administrators see it.
 *
 * @param id its number
 * @param event its name
 * @param payload the JSON sent
 * @param createdAt when it happened
 * @param state pending, delivered or failed (given up)
 * @param attempts deliveries tried
 * @param nextAttemptAt when the next try is due, while pending
 * @param lastError why the last try failed
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record OutboxEntry(long id, String event, String payload, Instant createdAt, String state, int attempts,
    @Nullable Instant nextAttemptAt, @Nullable String lastError) {

  static OutboxEntry of(OutboxRow row) {
    String state = row.deliveredAt() != null ? "delivered" : row.failedAt() != null ? "failed" : "pending";
    return new OutboxEntry(row.id(), row.event(), row.payload(), row.createdAt(), state, row.attempts(),
        "pending".equals(state) ? row.nextAttemptAt() : null, row.lastError());
  }
}
