package org.openseason.api.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** The {@code outbox} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRepository extends CrudRepository<OutboxRow, Long> {

  /**
   * Claims due events for one instance: one statement, so two instances claiming at once get different events
   * (the second waits for the first's row locks, then sees them claimed).
   */
  @Query("""
      UPDATE outbox SET claimed_by = :instance, claimed_until = :until
      WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= :now
        AND (claimed_until IS NULL OR claimed_until < :now)
        AND id IN (SELECT id FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL
                   AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)
                   ORDER BY id LIMIT 20)""")
  int claim(String instance, Instant until, Instant now);

  List<OutboxRow> findByClaimedByAndClaimedUntilGreaterThanAndDeliveredAtIsNullOrderById(String claimedBy,
      Instant now);

  List<OutboxRow> findAllOrderByIdDesc(Pageable page);

  @Query("UPDATE outbox SET delivered_at = :at, attempts = attempts + 1, claimed_until = NULL WHERE id = :id")
  void delivered(long id, Instant at);

  @Query("""
      UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error,
        failed_at = :failedAt, claimed_until = NULL WHERE id = :id""")
  void failed(long id, Instant next, String error, @io.micronaut.core.annotation.Nullable Instant failedAt);
}
