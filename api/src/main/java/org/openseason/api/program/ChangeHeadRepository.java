package org.openseason.api.program;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The {@code change_head} row that writers of programs take turns on. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChangeHeadRepository extends GenericRepository<RevisionRow, Long> {

  /**
   * Locks the row until the transaction ends: a second writer, on this instance or another, waits here, so the
   * revisions of the first are committed before the second allocates any.
   */
  @Query("UPDATE change_head SET writes = writes + 1 WHERE id = 1")
  void takeTurn();
}
