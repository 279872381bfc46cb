package org.openseason.api.guard;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

/** The {@code server_secret} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SecretRepository extends CrudRepository<SecretRow, String> {

  /** Stores the secret unless another instance stored one first (the caller then reads theirs). */
  @Query("INSERT INTO server_secret (name, secret, created_at) VALUES (:name, :secret, :createdAt) ON CONFLICT DO NOTHING")
  void insertIfAbsent(String name, String secret, Instant createdAt);
}
