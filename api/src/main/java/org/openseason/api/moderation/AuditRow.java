package org.openseason.api.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code audit_log} table: one decision. */
@MappedEntity("audit_log")
record AuditRow(
    @Id @GeneratedValue @Nullable Long id,
    Instant at,
    String actor,
    String action,
    String subject,
    @Nullable String slug,
    @Nullable String reason,
    @Nullable String detail) {}
