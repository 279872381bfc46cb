package org.openseason.api.guard;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/** The {@code job_lease} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LeaseRepository extends GenericRepository<SecretRow, String> {

  @Query("INSERT INTO job_lease (name, holder, until) VALUES (:name, :holder, :until) ON CONFLICT DO NOTHING")
  int insertIfAbsent(String name, String holder, Instant until);

  /** Takes the lease when it has run out or is already this holder's: one statement, so only one instance wins. */
  @Query("UPDATE job_lease SET holder = :holder, until = :until WHERE name = :name AND (until < :now OR holder = :holder)")
  int takeOver(String name, String holder, Instant until, Instant now);

  @Query("UPDATE job_lease SET until = :now WHERE name = :name AND holder = :holder")
  int giveBack(String name, String holder, Instant now);
}
