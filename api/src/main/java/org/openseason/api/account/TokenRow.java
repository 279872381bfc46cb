package org.openseason.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code api_token} table: a script's token, by its hash. */
@MappedEntity("api_token")
record TokenRow(
    @Id @GeneratedValue @Nullable Long id,
    long accountId,
    String label,
    String tokenHash,
    Instant createdAt,
    @Nullable Instant lastUsedAt,
    @Nullable Instant revokedAt) {}
