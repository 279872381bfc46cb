package org.openseason.api.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

/** The {@code account_session} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionRepository extends CrudRepository<SessionRow, String> {

  @Query("UPDATE account_session SET last_seen_at = :lastSeenAt WHERE token_hash = :tokenHash")
  void touch(String tokenHash, Instant lastSeenAt);

  @Query("DELETE FROM account_session WHERE expires_at <= :now OR last_seen_at <= :idleBefore")
  void deleteEnded(Instant now, Instant idleBefore);
}
