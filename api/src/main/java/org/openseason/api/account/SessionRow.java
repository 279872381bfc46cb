package org.openseason.api.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code account_session} table: a signed-in browser, by the hash of its cookie's token. */
@MappedEntity("account_session")
record SessionRow(@Id String tokenHash, long accountId, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {}
