package org.openseason.web.moderation;

import java.util.List;
import org.openseason.api.moderation.AuditEntry;
import org.openseason.api.outbox.OutboxEntry;

/**
 * The audit log and the outbox.
 *
 * @param entries the latest decisions, newest first
 * @param events the latest events and their delivery, newest first
 */
public record AuditPage(List<AuditEntry> entries, List<OutboxEntry> events) {}
