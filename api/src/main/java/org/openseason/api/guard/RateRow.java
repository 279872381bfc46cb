package org.openseason.api.guard;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code rate_limit} table: one client's hits in one bucket's current window. */
@MappedEntity("rate_limit")
record RateRow(@Id String id, Instant windowStart, int hits) {}
