package org.openseason.api.guard;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code server_secret} table. */
@MappedEntity("server_secret")
record SecretRow(@Id String name, String secret, Instant createdAt) {}
