package org.openseason.api.guard;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

/** The {@code rate_limit} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RateRepository extends CrudRepository<RateRow, String> {

  /** Makes the row unless it exists, in one statement, so that two instances starting a window never clash. */
  @Query("INSERT INTO rate_limit (id, window_start, hits) VALUES (:id, :windowStart, 0) ON CONFLICT DO NOTHING")
  void insertIfAbsent(String id, Instant windowStart);

  /** The row, locked until the transaction ends, so that two instances never count the same hit twice. */
  Optional<RateRow> findByIdForUpdate(String id);

  void deleteByWindowStartLessThan(Instant before);
}
