package org.openseason.api.moderation;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Every moderation decision, written in the decision's own transaction: a decision and its record stand or fall together. */
@Singleton
public class AuditLog {

  private final AuditRepository rows;
  private final Clock clock;

  AuditLog(AuditRepository rows, Clock clock) {
    this.rows = rows;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void record(String actor, String action, String subject, String slug, String reason, String detail) {
    rows.save(new AuditRow(null, clock.instant(), actor, action, subject, slug, clip(reason, 2000), detail));
  }

  /** The latest decisions, newest first. */
  public List<AuditEntry> latest(int limit) {
    return rows.findAllOrderByIdDesc(Pageable.from(0, limit)).stream().map(AuditEntry::of).toList();
  }

  /** The decisions on one subject, oldest first. */
  public List<AuditEntry> about(String subject) {
    return rows.findBySubjectOrderById(subject).stream().map(AuditEntry::of).toList();
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
