package org.openseason.api.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * One decision, as the audit log shows it.
 *
 * @param id its number
 * @param at when
 * @param actor the moderator
 * @param action approve, reject or request-changes
 * @param subject what was decided on ("submission 12")
 * @param slug the program concerned, if known
 * @param reason why, as the moderator wrote it
 * @param detail the fields an approval changed, one per line
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record AuditEntry(long id, Instant at, String actor, String action, String subject, @Nullable String slug,
    @Nullable String reason, @Nullable String detail) {

  static AuditEntry of(AuditRow row) {
    return new AuditEntry(row.id(), row.at(), row.actor(), row.action(), row.subject(), row.slug(), row.reason(),
        row.detail());
  }
}
