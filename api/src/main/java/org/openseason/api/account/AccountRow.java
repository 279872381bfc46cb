package org.openseason.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code account} table. */
@MappedEntity("account")
record AccountRow(
    @Id @GeneratedValue @Nullable Long id,
    String name,
    String nameKey,
    String passwordHash,
    Instant createdAt,
    boolean disabled) {

  Moderator moderator() {
    return new Moderator(id, name);
  }
}
